package se.samverkansgrafen.ingest;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.apache.tika.parser.txt.CharsetDetector;
import org.apache.tika.parser.txt.CharsetMatch;

import se.samverkansgrafen.ingest.MinutesText.Line;
import se.samverkansgrafen.ingest.UnreadableMinutesException.Reason;

/**
 * Reads plain text: UTF-8 (or UTF-16 with a byte-order mark), else the legacy Windows
 * encoding that Tika's charset detection recognises. Form feeds separate pages. Line
 * numbers are the file's own.
 */
final class PlainTextReader {

    private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

    private PlainTextReader() {
    }

    static ReadText read(String fileName, byte[] content, long maxCharacters) {
        String text = decode(content);
        if (text.length() > maxCharacters) {
            throw new UnreadableMinutesException(fileName, Reason.TOO_MUCH_TEXT,
                    "the text exceeds " + maxCharacters + " characters");
        }
        List<Line> lines = new ArrayList<>();
        String[] fileLines = text.split("\r\n|\r|\n", -1);
        int page = 1;
        boolean paged = false;
        for (int i = 0; i < fileLines.length; i++) {
            String[] parts = fileLines[i].split("\f", -1);
            for (int p = 0; p < parts.length; p++) {
                if (p > 0) {
                    page++;
                    paged = true;
                }
                String part = withoutControlCharacters(parts[p]).strip();
                if (!part.isEmpty()) {
                    lines.add(new Line(i + 1, page, part));
                }
            }
        }
        int pageCount = lines.isEmpty() ? 1 : lines.getLast().page();
        return new ReadText(pageCount, paged, lines);
    }

    static String decode(byte[] content) {
        if (startsWith(content, 0xEF, 0xBB, 0xBF)) {
            return new String(content, 3, content.length - 3, StandardCharsets.UTF_8);
        }
        if (startsWith(content, 0xFF, 0xFE)) {
            return new String(content, 2, content.length - 2, StandardCharsets.UTF_16LE);
        }
        if (startsWith(content, 0xFE, 0xFF)) {
            return new String(content, 2, content.length - 2, StandardCharsets.UTF_16BE);
        }
        try {
            return StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(content)).toString();
        } catch (CharacterCodingException notUtf8) {
            return new String(content, legacyCharset(content));
        }
    }

    /**
     * The charset Tika's detector finds: ISO-8859-1 is read as its superset windows-1252 (whose
     * 0x80-0x9F range holds the quotes and dashes Word writes), and windows-1252 is also the
     * fallback when Tika names nothing Western, since Swedish text that is not UTF-8 almost
     * always comes from Windows.
     */
    static Charset legacyCharset(byte[] content) {
        CharsetDetector detector = new CharsetDetector();
        detector.setText(content);
        for (CharsetMatch match : detector.detectAll()) {
            switch (match.getName()) {
                case "ISO-8859-1", "windows-1252" -> {
                    return WINDOWS_1252;
                }
                case "ISO-8859-15", "UTF-16LE", "UTF-16BE" -> {
                    return Charset.forName(match.getName());
                }
                default -> {
                    // Not a Western charset: keep looking among the weaker matches.
                }
            }
        }
        return WINDOWS_1252;
    }

    /**
     * Whether content that Tika's type detector could not place is text in a legacy Western
     * encoding after all: the detector wants nine bytes in ten to be ASCII, which a short
     * Swedish text in windows-1252 ("Åsa Öberg, Märta Ängström") need not be. No control bytes
     * and none of windows-1252's unassigned bytes, and Tika's charset detection names a
     * Western charset.
     */
    static boolean looksLikeLegacyText(byte[] content) {
        for (byte b : content) {
            int c = b & 0xFF;
            boolean control = c < 0x20 && c != '\t' && c != '\n' && c != '\r' && c != '\f';
            boolean unassigned = c == 0x7F || c == 0x81 || c == 0x8D || c == 0x8F || c == 0x90 || c == 0x9D;
            if (control || unassigned) {
                return false;
            }
        }
        CharsetDetector detector = new CharsetDetector();
        detector.setText(content);
        for (CharsetMatch match : detector.detectAll()) {
            if (match.getName().startsWith("ISO-8859-1") || match.getName().equals("windows-1252")) {
                return true;
            }
        }
        return false;
    }

    private static boolean startsWith(byte[] content, int... prefix) {
        if (content.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if ((content[i] & 0xFF) != prefix[i]) {
                return false;
            }
        }
        return true;
    }

    private static String withoutControlCharacters(String line) {
        return line.codePoints()
                .filter(c -> c == '\t' || !Character.isISOControl(c))
                .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append)
                .toString();
    }
}
