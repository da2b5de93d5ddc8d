package se.samverkansgrafen.ingest;

import java.nio.charset.StandardCharsets;

/** Minutes from a text the test holds, read as an uploaded UTF-8 file would be. */
final class TextMinutes {

    private TextMinutes() {
    }

    static MinutesText of(String fileName, String content) {
        return new MinutesReader().read(fileName, content.getBytes(StandardCharsets.UTF_8));
    }
}
