package se.samverkansgrafen.ingest;

import java.util.List;

/**
 * The text of one set of minutes as read from its file: lines in reading order, with
 * page furniture (running headers, footers, page numbers) already dropped and
 * end-of-line hyphenation rejoined. This is the contract between reading a document
 * (PDF, DOCX, ODT, text) and extracting facts from it, so that the extractor never
 * sees the file format.
 *
 * @param fileName  the uploaded or given file name, for messages and citations only (never a path)
 * @param mediaType the media type detected from the content, e.g. {@code application/pdf}
 * @param pageCount the number of pages (1 for formats without pages)
 * @param lines     the lines, numbered from 1 in reading order
 */
public record MinutesText(String fileName, String mediaType, int pageCount, List<Line> lines) {

    public MinutesText {
        lines = List.copyOf(lines);
    }

    /**
     * One line of text.
     *
     * @param number 1-based line number in the whole text; what a citation points at
     * @param page   1-based page the line stands on (1 for formats without pages)
     * @param text   the line's text, without the line break
     * @param struck the parts of the line drawn through in the original (a strike line over
     *               the glyphs in a PDF); empty when nothing was struck or the format cannot say
     */
    public record Line(int number, int page, String text, List<String> struck) {

        public Line {
            struck = List.copyOf(struck);
        }

        public Line(int number, int page, String text) {
            this(number, page, text, List.of());
        }
    }
}
