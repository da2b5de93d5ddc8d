package se.samverkansgrafen.store;

import java.io.IOException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashSet;
import java.util.List;
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
    private final List<String> currentParts = new ArrayList<>();
    private String currentWord;
    private final Deque<String> pending = new ArrayDeque<>();
    private int endOffset;
    private boolean drained;

    InitialsFilter(TokenStream input) {
        super(input);
    }

    @Override
    public boolean incrementToken() throws IOException {
        if (!drained) {
            if (input.incrementToken()) {
                collect();
                return true;
            }
            drained = true;
            closeWord();
            pending.addAll(initials());
        }
        if (pending.isEmpty()) {
            return false;
        }
        clearAttributes();
        term.setEmpty().append(pending.poll());
        type.setType(TYPE);
        increment.setPositionIncrement(1);
        offset.setOffset(0, endOffset);
        return true;
    }

    private void collect() {
        endOffset = Math.max(endOffset, offset.endOffset());
        String text = term.toString();
        if (increment.getPositionIncrement() == 0 && SwedishNameAnalyzer.PART.equals(type.type())) {
            currentParts.add(text);
            return;
        }
        closeWord();
        currentWord = text;
    }

    private void closeWord() {
        if (currentWord == null) {
            return;
        }
        if (!SMALL_WORDS.contains(currentWord) && Character.isLetter(currentWord.charAt(0))) {
            Set<String> ways = new LinkedHashSet<>();
            ways.add(currentWord.substring(0, 1));
            String parts = partInitials(currentWord, currentParts);
            if (parts.length() >= 2) {
                ways.add(parts);
            }
            words.add(List.copyOf(ways));
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

    private List<String> initials() {
        Set<String> out = new LinkedHashSet<>();
        if (words.size() > MAX_WORDS) {
            return List.of();
        }
        for (int start = 0; start < words.size(); start++) {
            extend(start, "", out);
        }
        return List.copyOf(out);
    }

    private void extend(int index, String prefix, Set<String> out) {
        if (prefix.length() >= MIN) {
            out.add(prefix);
        }
        if (index >= words.size() || prefix.length() >= MAX) {
            return;
        }
        for (String way : words.get(index)) {
            if (prefix.length() + way.length() <= MAX) {
                extend(index + 1, prefix + way, out);
            }
        }
    }

    @Override
    public void reset() throws IOException {
        super.reset();
        words.clear();
        currentParts.clear();
        currentWord = null;
        pending.clear();
        endOffset = 0;
        drained = false;
    }
}
