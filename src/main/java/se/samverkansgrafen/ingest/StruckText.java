package se.samverkansgrafen.ingest;

import java.util.ArrayList;
import java.util.List;

import se.samverkansgrafen.ingest.GlyphLines.Glyph;
import se.samverkansgrafen.ingest.StrikeMarks.Mark;

/**
 * A PDF line's text and the words on it that a mark crosses through the middle: a
 * horizontal line or thin bar through the glyphs' middle band (between 25 % and 75 % of
 * the cap height above the baseline) over most of their width. An underline lies below
 * the baseline and a highlight is taller than a strike line; neither counts.
 */
final class StruckText {

    /** Share of the cap height above the baseline where a strike line may lie. */
    private static final double BAND_LOW = 0.25;
    private static final double BAND_HIGH = 0.75;
    /** A mark thicker than this share of the cap height is a box or highlight, not a line. */
    private static final double MAX_THICKNESS = 0.6;
    /** A glyph is crossed when the mark covers at least this share of its width. */
    private static final double MIN_GLYPH_COVER = 0.5;
    /** A word is struck when at least this share of its glyphs are crossed. */
    private static final double MIN_WORD_SHARE = 0.6;
    /** A gap of this many font sizes between words is a column break, written as a tab. */
    private static final double COLUMN_GAP = 1.5;

    /** The text of a line, with the struck parts (each a substring of the text). */
    record Result(String text, List<String> struck) {
    }

    private StruckText() {
    }

    static Result of(List<Glyph> glyphs, List<Mark> pageMarks) {
        List<Mark> marks = near(glyphs, pageMarks);
        List<List<Glyph>> words = new ArrayList<>();
        List<Boolean> columnBreakBefore = new ArrayList<>();
        for (int i = 0; i < glyphs.size(); i++) {
            Glyph glyph = glyphs.get(i);
            if (i == 0 || glyph.wordBreakBefore()) {
                Glyph previous = i == 0 ? null : glyphs.get(i - 1);
                columnBreakBefore.add(previous != null && glyph.x0() - previous.x1() >= COLUMN_GAP * glyph.fontSize());
                words.add(new ArrayList<>());
            }
            words.getLast().add(glyph);
        }

        StringBuilder text = new StringBuilder();
        List<String> struck = new ArrayList<>();
        StringBuilder run = new StringBuilder();
        for (int w = 0; w < words.size(); w++) {
            String word = wordText(words.get(w));
            boolean column = columnBreakBefore.get(w);
            if (w > 0) {
                text.append(column ? '\t' : ' ');
            }
            text.append(word);
            if (column || !isStruck(words.get(w), marks)) {
                addRun(run, struck);
            }
            if (isStruck(words.get(w), marks)) {
                if (!run.isEmpty()) {
                    run.append(' ');
                }
                run.append(word);
            }
        }
        addRun(run, struck);
        return new Result(text.toString(), struck);
    }

    /** The marks that reach the line at all: a page of table borders need not be checked glyph by glyph. */
    private static List<Mark> near(List<Glyph> glyphs, List<Mark> marks) {
        double bottom = Double.MAX_VALUE;
        double top = -Double.MAX_VALUE;
        double left = Double.MAX_VALUE;
        double right = -Double.MAX_VALUE;
        for (Glyph glyph : glyphs) {
            bottom = Math.min(bottom, glyph.baseline());
            top = Math.max(top, glyph.baseline() + glyph.capHeight());
            left = Math.min(left, glyph.x0());
            right = Math.max(right, glyph.x1());
        }
        List<Mark> near = new ArrayList<>();
        for (Mark mark : marks) {
            if (Math.max(mark.y1(), mark.y2()) >= bottom && Math.min(mark.y1(), mark.y2()) <= top
                    && mark.x2() >= left && mark.x1() <= right) {
                near.add(mark);
            }
        }
        return near;
    }

    private static String wordText(List<Glyph> word) {
        StringBuilder text = new StringBuilder();
        word.forEach(glyph -> text.append(glyph.text()));
        return text.toString();
    }

    private static void addRun(StringBuilder run, List<String> struck) {
        String part = trimPunctuation(run.toString());
        if (!part.isEmpty()) {
            struck.add(part);
        }
        run.setLength(0);
    }

    /** "Ida Holm," is struck as "Ida Holm": separators are not part of a name. */
    private static String trimPunctuation(String part) {
        int start = 0;
        int end = part.length();
        while (start < end && ",;:.()[]".indexOf(part.charAt(start)) >= 0) {
            start++;
        }
        while (end > start && ",;:.()[]".indexOf(part.charAt(end - 1)) >= 0) {
            end--;
        }
        return part.substring(start, end).strip();
    }

    private static boolean isStruck(List<Glyph> word, List<Mark> marks) {
        int crossed = 0;
        int letters = 0;
        for (Glyph glyph : word) {
            if (glyph.text().codePoints().noneMatch(Character::isLetterOrDigit)) {
                continue;
            }
            letters++;
            if (marks.stream().anyMatch(mark -> crosses(mark, glyph))) {
                crossed++;
            }
        }
        return letters > 0 && crossed >= MIN_WORD_SHARE * letters;
    }

    static boolean crosses(Mark mark, Glyph glyph) {
        double width = glyph.x1() - glyph.x0();
        double overlap = Math.min(mark.x2(), glyph.x1()) - Math.max(mark.x1(), glyph.x0());
        if (width <= 0 || overlap < MIN_GLYPH_COVER * width) {
            return false;
        }
        double height = glyph.capHeight();
        if (mark.thickness() > MAX_THICKNESS * height) {
            return false;
        }
        double above = mark.yAt((glyph.x0() + glyph.x1()) / 2) - glyph.baseline();
        return above >= BAND_LOW * height && above <= BAND_HIGH * height;
    }
}
