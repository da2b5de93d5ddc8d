package se.samverkansgrafen.ingest;

import java.nio.file.Path;

/**
 * Reads a file into the text of minutes ({@link MinutesReader} for PDF, DOCX, ODT and text).
 * Refusals are {@link UnreadableMinutesException}s or {@link IngestException}s naming the file.
 */
@FunctionalInterface
public interface MinutesSource {

    MinutesText read(Path file) throws IngestException;
}
