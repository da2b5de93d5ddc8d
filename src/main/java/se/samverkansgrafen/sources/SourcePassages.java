package se.samverkansgrafen.sources;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Places a source text's anchors: where each agenda item begins and where a quoted passage
 * stands, so that a fact's source link lands on the sentence it came from. Matching ignores
 * case, diacritics, whitespace, punctuation and line-end hyphens, as minutes read from PDF
 * or OCR break lines and lose å/ä/ö.
 */
final class SourcePassages {

    /** The part of a title or quote that is looked for; long ones are cut, OCR slips grow with length. */
    private static final int TITLE_PREFIX = 40;
    private static final int QUOTE_PREFIX = 60;

    /** An agenda item: its number (the anchor id), title and the quotes of the facts cited to it. */
    record Item(String number, String title, List<String> quotes) {
    }

    /** A run of the text; {@code id} names an anchor at its start, {@code highlighted} marks the asked-for quote. */
    record Segment(String text, String id, boolean highlighted) {
    }

    private final String text;
    private final StringBuilder folded = new StringBuilder();
    /** For each character of {@link #folded}, its offset in {@link #text}. */
    private final List<Integer> offsets = new ArrayList<>();

    SourcePassages(String text) {
        this.text = text;
        for (int i = 0; i < text.length(); i++) {
            String letter = fold(text.substring(i, i + 1));
            for (int j = 0; j < letter.length(); j++) {
                folded.append(letter.charAt(j));
                offsets.add(i);
            }
        }
    }

    /**
     * The text cut at each item's start (anchor {@code item-<number>}) and around the
     * {@code highlight} quote when it is found (anchor {@code citat}).
     */
    List<Segment> segments(List<Item> items, String highlight) {
        TreeMap<Integer, String> anchors = new TreeMap<>();
        int from = 0;
        for (Item item : items) {
            Optional<Integer> start = itemStart(item, from);
            if (start.isPresent()) {
                anchors.putIfAbsent(lineStart(start.get()), "item-" + item.number().replace(' ', '-'));
                from = start.get() + 1;
            }
        }
        int[] quote = highlight == null ? null : find(highlight, 0).orElse(null);
        List<Segment> segments = new ArrayList<>();
        List<Integer> cuts = new ArrayList<>(anchors.keySet());
        if (quote != null) {
            cuts.add(quote[0]);
            cuts.add(quote[1]);
        }
        cuts.add(0);
        cuts.add(text.length());
        List<Integer> sorted = cuts.stream().distinct().sorted().toList();
        for (int i = 0; i + 1 < sorted.size(); i++) {
            int start = sorted.get(i);
            int end = sorted.get(i + 1);
            boolean highlighted = quote != null && start >= quote[0] && end <= quote[1];
            String id = highlighted && start == quote[0] ? "citat" : anchors.get(start);
            segments.add(new Segment(text.substring(start, end), id, highlighted));
        }
        return segments;
    }

    /** True when the quote stands in the text (as the matching here reads it). */
    boolean contains(String quote) {
        return find(quote, 0).isPresent();
    }

    /**
     * Where an item begins: its title's last occurrence before the first of its quotes (the
     * heading above what was said, not the agenda list at the top), else its title's first
     * occurrence after the previous item.
     */
    private Optional<Integer> itemStart(Item item, int from) {
        String title = prefix(fold(item.title() == null ? "" : item.title()), TITLE_PREFIX);
        if (title.isEmpty()) {
            return Optional.empty();
        }
        Optional<Integer> firstQuote = item.quotes().stream().map(q -> find(q, from)).flatMap(Optional::stream)
                .map(span -> span[0]).min(Integer::compare);
        int before = firstQuote.map(q -> foldedIndex(q)).orElse(folded.length());
        int start = -1;
        for (int at = folded.indexOf(title, foldedIndex(from)); at >= 0 && at < before; at = folded.indexOf(title, at + 1)) {
            start = at;
            if (firstQuote.isEmpty()) {
                break;
            }
        }
        return start < 0 ? Optional.empty() : Optional.of(offsets.get(start));
    }

    /** Start and end (exclusive) in the text of a passage, searched from {@code from}. */
    private Optional<int[]> find(String passage, int from) {
        String wanted = fold(passage);
        if (wanted.isEmpty()) {
            return Optional.empty();
        }
        String head = prefix(wanted, QUOTE_PREFIX);
        int at = folded.indexOf(head, foldedIndex(from));
        if (at < 0) {
            return Optional.empty();
        }
        int end = folded.indexOf(wanted, at) == at ? at + wanted.length() : at + head.length();
        return Optional.of(new int[] {offsets.get(at), offsets.get(end - 1) + 1});
    }

    /** The first position in {@link #folded} at or after a text offset. */
    private int foldedIndex(int textOffset) {
        int low = 0;
        int high = offsets.size();
        while (low < high) {
            int mid = (low + high) >>> 1;
            if (offsets.get(mid) < textOffset) {
                low = mid + 1;
            } else {
                high = mid;
            }
        }
        return low;
    }

    private int lineStart(int offset) {
        int newline = text.lastIndexOf('\n', Math.max(0, offset - 1));
        return offset == 0 ? 0 : newline + 1;
    }

    private static String prefix(String value, int length) {
        return value.length() > length ? value.substring(0, length) : value;
    }

    /** Lower case letters and digits only, diacritics dropped: "Hed-\nkvist" and "Hedkvist" read alike. */
    static String fold(String value) {
        String decomposed = Normalizer.normalize(value.toLowerCase(Locale.ROOT), Normalizer.Form.NFD);
        StringBuilder out = new StringBuilder(decomposed.length());
        decomposed.codePoints().filter(Character::isLetterOrDigit).forEach(out::appendCodePoint);
        return out.toString();
    }
}
