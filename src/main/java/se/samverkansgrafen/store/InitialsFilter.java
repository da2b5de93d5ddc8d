package se.samverkansgrafen.store;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.apache.lucene.analysis.tokenattributes.TypeAttribute;

/**
 * Adds, after the words of a label, the initials of each run of three to five of its
 * words, so that a name people shorten to its initials is found by them: "social välfärd
 * samt vård och omsorg" gives svvo, "hälso- och sjukvård" gives hsv. Small words (och,
 * samt, för, i…) are left out of the run; a compound counts by its own initial or by the
 * initials of its parts (sjukvård: s, or sv). Expects lower-case words followed by their
 * compound parts (position increment 0, type {@link SwedishNameAnalyzer#PART}).
 */
final class InitialsFilter extends TokenFilter {

    static final String TYPE = "<INITIALS>";

    private static final int MIN = 3;
    private static final int MAX = 5;
    /** Long texts are not names; their initials would only add noise. */
    private static final int MAX_WORDS = 24;
    private static final Set<String> SMALL_WORDS = Set.of("och", "samt", "eller", "för", "i", "om", "av", "med",
            "till", "på", "vid", "inom", "kring", "mellan", "under", "den", "det", "de", "en", "ett", "från", "som");

    private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
    private final PositionIncrementAttribute increment = addAttribute(PositionIncrementAttribute.class);
    private final TypeAttribute type = addAttribute(TypeAttribute.class);
    private final OffsetAttribute offset = addAttribute(OffsetAttribute.class);

    /** Per word: the ways it can be shortened (its initial, and its parts' initials). */
    private final List<List<String>> words = new ArrayList<>();
    /** Per word: its start and end offset, so that initials can say which words they stand for. */
    private final List<int[]> spans = new ArrayList<>();
    /** Per word: the index in {@link #out} after which the initials starting at it go. */
    private final List<Integer> slots = new ArrayList<>();
    private int currentStart;
    private int currentEnd;
    private final List<String> currentParts = new ArrayList<>();
    private String currentWord;
    /** The input's tokens, then the initials inserted after the word each run starts at. */
    private final List<Object> out = new ArrayList<>();
    private int next;
    private boolean read;

    private record Run(String initials, int start, int end) {
    }

    InitialsFilter(TokenStream input) {
        super(input);
    }

    @Override
    public boolean incrementToken() throws IOException {
        if (!read) {
            readAll();
        }
        if (next >= out.size()) {
            return false;
        }
        Object token = out.get(next++);
        if (token instanceof State state) {
            restoreState(state);
        } else {
            // Offsets must not go backwards: a run goes right after the word it starts at,
            // at that word's position.
            Run run = (Run) token;
            clearAttributes();
            term.setEmpty().append(run.initials());
            type.setType(TYPE);
            increment.setPositionIncrement(0);
            offset.setOffset(run.start(), run.end());
        }
        return true;
    }

    private void readAll() throws IOException {
        read = true;
        List<State> tokens = new ArrayList<>();
        while (input.incrementToken()) {
            collect();
            tokens.add(captureState());
        }
        closeWord(tokens.size());
        Map<Integer, List<Run>> byFirst = initials();
        int word = 0;
        for (int i = 0; i < tokens.size(); i++) {
            out.add(tokens.get(i));
            while (word < slots.size() && slots.get(word) == i + 1) {
                out.addAll(byFirst.getOrDefault(word, List.of()));
                word++;
            }
        }
    }

    private int seen;

    private void collect() {
        String text = term.toString();
        if (increment.getPositionIncrement() == 0 && SwedishNameAnalyzer.PART.equals(type.type())) {
            currentParts.add(text);
            seen++;
            return;
        }
        closeWord(seen);
        seen++;
        currentWord = text;
        currentStart = offset.startOffset();
        currentEnd = offset.endOffset();
    }

    /** Ends the current word; {@code after} is the number of tokens read up to its end. */
    private void closeWord(int after) {
        if (currentWord == null) {
            return;
        }
        if (!isSmallWord(currentWord) && Character.isLetter(currentWord.charAt(0))) {
            Set<String> ways = new LinkedHashSet<>();
            ways.add(currentWord.substring(0, 1));
            String parts = partInitials(currentWord, currentParts);
            if (parts.length() >= 2) {
                ways.add(parts);
            }
            words.add(List.copyOf(ways));
            spans.add(new int[] {currentStart, currentEnd});
            slots.add(after);
        }
        currentWord = null;
        currentParts.clear();
    }

    /** The initials of the parts that cover the word left to right without overlapping. */
    private static String partInitials(String word, List<String> parts) {
        StringBuilder initials = new StringBuilder();
        int at = 0;
        while (at < word.length()) {
            String longest = null;
            for (String part : parts) {
                if (word.startsWith(part, at) && (longest == null || part.length() > longest.length())) {
                    longest = part;
                }
            }
            if (longest != null) {
                initials.append(longest.charAt(0));
                at += longest.length();
            } else {
                at++; // a linking -s- or a letter no part covers
            }
        }
        return initials.toString();
    }

    /** Words such as och, samt, för that names leave out of their initials. */
    static boolean isSmallWord(String word) {
        return SMALL_WORDS.contains(word);
    }

    private Map<Integer, List<Run>> initials() {
        Map<Integer, List<Run>> byFirst = new LinkedHashMap<>();
        if (words.size() > MAX_WORDS) {
            return byFirst;
        }
        Set<String> done = new HashSet<>();
        for (int first = 0; first < words.size(); first++) {
            Map<String, Run> runs = new LinkedHashMap<>();
            extend(first, first, "", runs);
            runs.values().removeIf(r -> !done.add(r.initials()));
            byFirst.put(first, List.copyOf(runs.values()));
        }
        return byFirst;
    }

    private void extend(int first, int index, String prefix, Map<String, Run> out) {
        if (prefix.length() >= MIN) {
            // The first and shortest run wins: it says most exactly which words the initials stand for.
            out.putIfAbsent(prefix, new Run(prefix, spans.get(first)[0], spans.get(index - 1)[1]));
        }
        if (index >= words.size() || prefix.length() >= MAX) {
            return;
        }
        for (String way : words.get(index)) {
            if (prefix.length() + way.length() <= MAX) {
                extend(first, index + 1, prefix + way, out);
            }
        }
    }

    @Override
    public void reset() throws IOException {
        super.reset();
        words.clear();
        spans.clear();
        slots.clear();
        currentParts.clear();
        currentWord = null;
        out.clear();
        next = 0;
        seen = 0;
        read = false;
    }
}
