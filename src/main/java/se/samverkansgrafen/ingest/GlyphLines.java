package se.samverkansgrafen.ingest;

import java.io.IOException;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;

import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDFontDescriptor;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.apache.pdfbox.util.Matrix;

/**
 * PDFBox's text stripper, kept at the level of glyphs: for each page the lines in reading
 * order (sorted by position), each a list of glyphs with their place on the page, and where
 * words break. The place is in the same user space as {@link StrikeMarks}.
 */
final class GlyphLines extends PDFTextStripper {

    /**
     * One glyph: its text, horizontal extent, baseline, and cap height (all in user space units).
     * {@code wordBreakBefore} says that a word separator (a space or a gap) precedes it on its line.
     */
    record Glyph(String text, double x0, double x1, double baseline, double capHeight, double fontSize, boolean wordBreakBefore) {
    }

    /** A page's lines, each the glyphs of one line of text. */
    record Page(int number, PDPage page, List<List<Glyph>> lines) {
    }

    /** Called when a page's lines are complete. */
    interface PageListener {
        void page(Page page) throws IOException;
    }

    private final PageListener listener;
    private final long maxCharacters;
    private long characters;
    private List<List<Glyph>> pageLines = new ArrayList<>();
    private List<Glyph> line = new ArrayList<>();
    private boolean breakPending;

    GlyphLines(long maxCharacters, PageListener listener) throws IOException {
        this.maxCharacters = maxCharacters;
        this.listener = listener;
        setSortByPosition(true);
    }

    /** Thrown when the text exceeds the limit: a PDF whose text would not end. */
    static final class TooMuchText extends IOException {
        TooMuchText() {
            super("text limit reached");
        }
    }

    @Override
    protected void startPage(PDPage page) {
        pageLines = new ArrayList<>();
        line = new ArrayList<>();
        breakPending = false;
    }

    @Override
    protected void writeString(String text, List<TextPosition> positions) throws IOException {
        boolean breakBefore = !line.isEmpty();
        for (TextPosition position : positions) {
            String unicode = position.getUnicode();
            if (unicode == null || unicode.isBlank()) {
                breakBefore = breakBefore || !line.isEmpty();
                continue;
            }
            characters += unicode.length();
            if (characters > maxCharacters) {
                throw new TooMuchText();
            }
            line.add(glyph(position, normalized(unicode), breakBefore || breakPending));
            breakBefore = false;
            breakPending = false;
        }
        breakPending = breakBefore;
    }

    @Override
    protected void writeWordSeparator() {
        breakPending = !line.isEmpty();
    }

    @Override
    protected void writeLineSeparator() {
        endLine();
    }

    @Override
    protected void endPage(PDPage page) throws IOException {
        endLine();
        listener.page(new Page(getCurrentPageNo(), page, pageLines));
    }

    private void endLine() {
        if (!line.isEmpty()) {
            pageLines.add(line);
        }
        line = new ArrayList<>();
        breakPending = false;
    }

    private static Glyph glyph(TextPosition position, String text, boolean wordBreakBefore) {
        Matrix matrix = position.getTextMatrix();
        double x0 = matrix.getTranslateX();
        double fontSize = Math.abs(position.getYScale()) > 0 ? Math.abs(position.getYScale()) : position.getFontSizeInPt();
        return new Glyph(text, x0, x0 + position.getWidthDirAdj(), matrix.getTranslateY(),
                capHeightRatio(position.getFont()) * fontSize, fontSize, wordBreakBefore);
    }

    /** Ligatures and presentation forms become their letters (as PDFBox's own text output does). */
    private static String normalized(String unicode) {
        String nfc = Normalizer.normalize(unicode, Normalizer.Form.NFC);
        for (int i = 0; i < nfc.length(); i++) {
            char c = nfc.charAt(i);
            if ((c >= '\uFB00' && c <= '\uFDFF') || (c >= '\uFE70' && c <= '\uFEFF')) {
                return Normalizer.normalize(nfc, Normalizer.Form.NFKC);
            }
        }
        return nfc;
    }

    private static double capHeightRatio(PDFont font) {
        PDFontDescriptor descriptor = font == null ? null : font.getFontDescriptor();
        if (descriptor != null) {
            double ratio = descriptor.getCapHeight() / 1000.0;
            if (ratio > 0.4 && ratio < 0.95) {
                return ratio;
            }
        }
        return 0.7;
    }
}
