package se.samverkansgrafen.ingest;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;

import se.samverkansgrafen.ingest.GlyphLines.Glyph;
import se.samverkansgrafen.ingest.MinutesText.Line;
import se.samverkansgrafen.ingest.UnreadableMinutesException.Reason;

/**
 * Reads a PDF's text layer with PDFBox, page by page, and marks the words that a line or
 * thin bar drawn on the page strikes through.
 */
final class PdfReader {

    private PdfReader() {
    }

    static ReadText read(String fileName, byte[] content, long maxCharacters) {
        try (PDDocument document = Loader.loadPDF(content)) {
            if (document.isEncrypted() && !document.getCurrentAccessPermission().canExtractContent()) {
                throw new UnreadableMinutesException(fileName, Reason.ENCRYPTED,
                        "the PDF is encrypted and does not permit text extraction");
            }
            List<Line> lines = new ArrayList<>();
            int[] number = {0};
            boolean[] scanned = {false};
            GlyphLines stripper = new GlyphLines(maxCharacters, page -> {
                StrikeMarks marks = StrikeMarks.of(page.page());
                if (page.lines().isEmpty() && marks.hasImages()) {
                    scanned[0] = true;
                }
                for (List<Glyph> glyphs : page.lines()) {
                    StruckText.Result line = StruckText.of(glyphs, marks.marks());
                    number[0]++;
                    if (!line.text().isBlank()) {
                        lines.add(new Line(number[0], page.number(), line.text().strip(), line.struck()));
                    }
                }
            });
            stripper.getText(document);
            if (lines.isEmpty()) {
                throw scanned[0]
                        ? new UnreadableMinutesException(fileName, Reason.NEEDS_OCR,
                                "the PDF has no text layer, only page images (a scan); it needs OCR before it can be read")
                        : new UnreadableMinutesException(fileName, Reason.EMPTY, "the PDF contains no text");
            }
            return new ReadText(document.getNumberOfPages(), true, lines);
        } catch (InvalidPasswordException e) {
            throw new UnreadableMinutesException(fileName, Reason.ENCRYPTED,
                    "the PDF is encrypted with a password; give an unprotected copy", e);
        } catch (GlyphLines.TooMuchText e) {
            throw new UnreadableMinutesException(fileName, Reason.TOO_MUCH_TEXT,
                    "the PDF's text exceeds " + maxCharacters + " characters", e);
        } catch (IOException e) {
            throw new UnreadableMinutesException(fileName, Reason.CORRUPT,
                    "the PDF is damaged and cannot be read (" + e.getMessage() + ")", e);
        }
    }
}
