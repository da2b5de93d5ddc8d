package se.samverkansgrafen.ingest;

import java.nio.file.Path;

/**
 * Reads a file into the text of minutes. The ingest command takes one, so that the plain
 * text reader here can be swapped for one that reads PDF, DOCX and ODT.
 */
@FunctionalInterface
public interface MinutesSource {

    MinutesText read(Path file) throws IngestException;
}
