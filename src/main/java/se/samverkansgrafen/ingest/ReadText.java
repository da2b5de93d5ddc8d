package se.samverkansgrafen.ingest;

import java.util.List;

import se.samverkansgrafen.ingest.MinutesText.Line;

/**
 * What a format reader found, before page furniture is dropped and hyphenation rejoined.
 * Blank lines are left out, but line numbers count them, so that a plain text's line
 * numbers are the file's.
 *
 * @param pageCount the number of pages (1 when the format has none)
 * @param paged     whether the pages are real (a PDF, or form feeds in a text)
 * @param lines     the non-blank lines in reading order
 */
record ReadText(int pageCount, boolean paged, List<Line> lines) {

    ReadText {
        lines = List.copyOf(lines);
    }
}
