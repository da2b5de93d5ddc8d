package se.samverkansgrafen.ingest;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationStrikeout;

/**
 * Writes PDFs for the tests with PDFBox: lines of Helvetica text from the top of A4 pages
 * down, and marks drawn over parts of a line (strike lines, bars, underlines, annotations).
 */
final class TestPdf implements AutoCloseable {

    /** How a part of a line is marked. */
    enum Mark {
        /** A 1 pt stroke through the middle of the letters. */
        STRIKE_LINE,
        /** A thin filled rectangle through the middle of the letters. */
        STRIKE_BAR,
        /** A viewer's strike-out annotation over the words. */
        STRIKE_ANNOTATION,
        /** A 1 pt stroke under the baseline: not a strike. */
        UNDERLINE,
        /** A filled box behind the whole height of the letters (a highlight): not a strike. */
        HIGHLIGHT
    }

    static final float SIZE = 11;
    static final float LEFT = 72;
    private static final float TOP = 780;
    private static final float LEADING = 16;

    private final PDDocument document = new PDDocument();
    private final PDType1Font font = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
    private PDPage page;
    private PDPageContentStream content;
    private float y;

    TestPdf page() {
        try {
            closePage();
            page = new PDPage(PDRectangle.A4);
            document.addPage(page);
            content = new PDPageContentStream(document, page);
            y = TOP;
            return this;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A line of text at the left margin. */
    TestPdf line(String text) {
        text(LEFT, y, text);
        y -= LEADING;
        return this;
    }

    /** A page-sized image, as a scanner writes it. */
    TestPdf scanImage() {
        try {
            java.awt.image.BufferedImage scan = new java.awt.image.BufferedImage(100, 140, java.awt.image.BufferedImage.TYPE_INT_RGB);
            content.drawImage(org.apache.pdfbox.pdmodel.graphics.image.LosslessFactory.createFromImage(document, scan),
                    0, 0, PDRectangle.A4.getWidth(), PDRectangle.A4.getHeight());
            return this;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A line of invisible text over the image, as OCR software adds its text layer. */
    TestPdf invisibleLine(String text) {
        try {
            content.beginText();
            content.setRenderingMode(org.apache.pdfbox.pdmodel.graphics.state.RenderingMode.NEITHER);
            content.setFont(font, SIZE);
            content.newLineAtOffset(LEFT, y);
            content.showText(text);
            content.endText();
            y -= LEADING;
            return this;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Text in columns on one line, each starting at its x. */
    TestPdf columns(float[] xs, String... texts) {
        for (int i = 0; i < texts.length; i++) {
            text(xs[i], y, texts[i]);
        }
        y -= LEADING;
        return this;
    }

    /** A line at the bottom of the page (a footer or page number). */
    TestPdf footer(String text) {
        text(LEFT, 40, text);
        return this;
    }

    /** A line whose {@code part} is marked as {@code mark} says. */
    TestPdf marked(String text, String part, Mark mark) {
        text(LEFT, y, text);
        float x0 = LEFT + width(text.substring(0, text.indexOf(part)));
        float x1 = x0 + width(part);
        try {
            switch (mark) {
                case STRIKE_LINE -> {
                    content.setLineWidth(1);
                    content.moveTo(x0 - 1, y + 0.3f * SIZE);
                    content.lineTo(x1 + 1, y + 0.3f * SIZE);
                    content.stroke();
                }
                case STRIKE_BAR -> {
                    content.addRect(x0, y + 0.27f * SIZE, x1 - x0, 1.2f);
                    content.fill();
                }
                case UNDERLINE -> {
                    content.setLineWidth(1);
                    content.moveTo(x0, y - 2);
                    content.lineTo(x1, y - 2);
                    content.stroke();
                }
                case HIGHLIGHT -> {
                    content.addRect(x0, y - 3, x1 - x0, SIZE + 4);
                    content.fill();
                }
                case STRIKE_ANNOTATION -> {
                    PDAnnotationStrikeout strike = new PDAnnotationStrikeout();
                    float top = y + SIZE;
                    float bottom = y - 2;
                    strike.setRectangle(new PDRectangle(x0, bottom, x1 - x0, top - bottom));
                    strike.setQuadPoints(new float[] {x0, top, x1, top, x0, bottom, x1, bottom});
                    page.getAnnotations().add(strike);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        y -= LEADING;
        return this;
    }

    byte[] bytes() {
        try (document) {
            closePage();
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            document.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    PDDocument document() {
        try {
            closePage();
            return document;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() throws IOException {
        document.close();
    }

    private float width(String text) {
        try {
            return font.getStringWidth(text) / 1000 * SIZE;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void text(float x, float atY, String text) {
        try {
            content.beginText();
            content.setFont(font, SIZE);
            content.newLineAtOffset(x, atY);
            content.showText(text);
            content.endText();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void closePage() throws IOException {
        if (content != null) {
            content.close();
            content = null;
        }
    }
}
