package se.samverkansgrafen.ingest;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Minutes from plain UTF-8 text: one line per line, pages split at form feeds. */
public final class PlainTextMinutes implements MinutesSource {

    /** Larger than any text minutes; a bigger file is refused rather than read. */
    static final long MAX_BYTES = 10L * 1024 * 1024;

    /** The text split into lines; a form feed starts a new page. */
    public static MinutesText of(String fileName, String content) {
        List<MinutesText.Line> lines = new ArrayList<>();
        int page = 1;
        int number = 1;
        String normalised = content.replace("\r\n", "\n").replace('\r', '\n');
        if (normalised.startsWith("\uFEFF")) {
            normalised = normalised.substring(1);
        }
        for (String raw : normalised.split("\n", -1)) {
            String[] pages = raw.split("\f", -1);
            for (int k = 0; k < pages.length; k++) {
                if (k > 0) {
                    page++;
                }
            }
            lines.add(new MinutesText.Line(number++, page, raw.replace("\f", "")));
        }
        if (!lines.isEmpty() && lines.get(lines.size() - 1).text().isEmpty()) {
            lines.remove(lines.size() - 1);
        }
        return new MinutesText(fileName, "text/plain", page, lines);
    }

    @Override
    public MinutesText read(Path file) throws IngestException {
        String name = file.getFileName().toString();
        try {
            if (!Files.isRegularFile(file)) {
                throw new IngestException(name, 0, "no such file");
            }
            long size = Files.size(file);
            if (size == 0) {
                throw new IngestException(name, 0, "the file is empty");
            }
            if (size > MAX_BYTES) {
                throw new IngestException(name, 0, "the file is " + size / (1024 * 1024) + " MB, more than the "
                        + MAX_BYTES / (1024 * 1024) + " MB accepted for text minutes");
            }
            byte[] bytes = Files.readAllBytes(file);
            String content;
            try {
                content = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                        .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
            } catch (CharacterCodingException e) {
                throw new IngestException(name, lineOf(bytes), "not UTF-8 text (" + e.getMessage() + "); is it a PDF or Word file?");
            }
            if (content.indexOf('\0') >= 0) {
                throw new IngestException(name, 0, "binary content, not text");
            }
            return of(name, content);
        } catch (IOException e) {
            throw new IngestException(name, 0, "cannot be read: " + e.getMessage());
        }
    }

    /** The first line that is not valid UTF-8. */
    private static int lineOf(byte[] bytes) {
        int line = 1;
        int start = 0;
        for (int i = 0; i <= bytes.length; i++) {
            if (i == bytes.length || bytes[i] == '\n') {
                try {
                    StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                            .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes, start, i - start));
                } catch (CharacterCodingException e) {
                    return line;
                }
                line++;
                start = i + 1;
            }
        }
        return 0;
    }
}
