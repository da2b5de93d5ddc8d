package se.samverkansgrafen.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.apache.tika.detect.DefaultDetector;
import org.apache.tika.detect.Detector;
import org.apache.tika.io.TikaInputStream;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.mime.MediaType;

import se.samverkansgrafen.ingest.MinutesText.Line;
import se.samverkansgrafen.ingest.UnreadableMinutesException.Reason;

/**
 * Reads a file of minutes (PDF, DOCX, ODT or plain text) into {@link MinutesText}. The type
 * comes from the content (Tika's detector), never from the file name. Page furniture is
 * dropped, hyphenation at line ends rejoined, and in a PDF the words a drawn line strikes
 * through are marked. A file that cannot be read is refused with an
 * {@link UnreadableMinutesException} naming it and why.
 *
 * <p>Thread-safe; build one and share it.
 */
public final class MinutesReader implements MinutesSource {

    public static final long DEFAULT_MAX_BYTES = 50L * 1024 * 1024;
    public static final long DEFAULT_MAX_CHARACTERS = 5_000_000;
    /** A ZIP container may expand to this many times the size limit before it is refused. */
    private static final int MAX_EXPANSION = 20;

    private static final MediaType PDF = MediaType.application("pdf");
    private static final MediaType DOCX = MediaType.application("vnd.openxmlformats-officedocument.wordprocessingml.document");
    private static final MediaType DOCM = MediaType.application("vnd.ms-word.document.macroenabled.12");
    private static final MediaType ODT = MediaType.application("vnd.oasis.opendocument.text");
    private static final List<MediaType> ZIP = List.of(MediaType.APPLICATION_ZIP, MediaType.application("x-tika-ooxml"));
    private static final List<MediaType> LEGACY_OFFICE = List.of(MediaType.application("msword"),
            MediaType.application("x-tika-msoffice"), MediaType.application("rtf"));

    /** How Tika names a password-protected DOCX (an encrypted OLE2 package around it). */
    private static final MediaType PROTECTED_OOXML = MediaType.application("x-tika-ooxml-protected");

    private static final Detector DETECTOR = new DefaultDetector();

    private final long maxBytes;
    private final long maxCharacters;

    /** A reader with the default limits: 50 MB per file and 5 million characters of text. */
    public MinutesReader() {
        this(DEFAULT_MAX_BYTES, DEFAULT_MAX_CHARACTERS);
    }

    /**
     * @param maxBytes      files larger than this are refused before they are parsed
     * @param maxCharacters extraction stops, and the file is refused, past this much text
     */
    public MinutesReader(long maxBytes, long maxCharacters) {
        if (maxBytes <= 0 || maxCharacters <= 0) {
            throw new IllegalArgumentException("limits must be positive");
        }
        this.maxBytes = maxBytes;
        this.maxCharacters = maxCharacters;
    }

    public long maxBytes() {
        return maxBytes;
    }

    /** Reads a file; its name (not its path) names it in the result and in refusals. */
    @Override
    public MinutesText read(Path file) {
        String fileName = file.getFileName().toString();
        try {
            long size = Files.size(file);
            if (size > maxBytes) {
                throw tooLarge(fileName, size);
            }
            try (InputStream in = Files.newInputStream(file)) {
                return read(fileName, in);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + file, e);
        }
    }

    /** Reads an uploaded or streamed file, reading no more than the size limit (plus one byte). */
    public MinutesText read(String fileName, InputStream content) throws IOException {
        byte[] bytes = content.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxBytes + 1));
        if (bytes.length > maxBytes) {
            throw tooLarge(fileName, -1);
        }
        return read(fileName, bytes);
    }

    public MinutesText read(String fileName, byte[] content) {
        String name = baseName(fileName);
        if (content.length == 0) {
            throw new UnreadableMinutesException(name, Reason.EMPTY, "the file is empty");
        }
        if (content.length > maxBytes) {
            throw tooLarge(name, content.length);
        }
        MediaType type = detect(content);
        Format format = format(name, type, content);
        ReadText read = switch (format) {
            case PDF -> PdfReader.read(name, content, maxCharacters);
            case DOCX -> OfficeReader.read(name, content, OfficeReader.Format.DOCX, maxCharacters, maxExpandedBytes());
            case ODT -> OfficeReader.read(name, content, OfficeReader.Format.ODT, maxCharacters, maxExpandedBytes());
            case TEXT -> PlainTextReader.read(name, content, maxCharacters);
        };
        List<Line> lines = Hyphenation.rejoin(PageFurniture.drop(read));
        if (lines.isEmpty()) {
            throw new UnreadableMinutesException(name, Reason.EMPTY, "the file contains no text");
        }
        String mediaType = format == Format.TEXT ? MediaType.TEXT_PLAIN.toString() : type.toString();
        return new MinutesText(name, mediaType, read.pageCount(), lines);
    }

    private enum Format {
        PDF, DOCX, ODT, TEXT
    }

    private Format format(String name, MediaType type, byte[] content) {
        if (type.equals(PDF)) {
            return Format.PDF;
        }
        if (type.equals(DOCX) || type.equals(DOCM)) {
            return Format.DOCX;
        }
        if (type.equals(ODT)) {
            return Format.ODT;
        }
        if (type.equals(MediaType.TEXT_PLAIN)
                || (type.equals(MediaType.OCTET_STREAM) && PlainTextReader.looksLikeLegacyText(content))) {
            return Format.TEXT;
        }
        if (type.equals(PROTECTED_OOXML)) {
            throw new UnreadableMinutesException(name, Reason.ENCRYPTED,
                    "the document is protected with a password; give an unprotected copy");
        }
        if (ZIP.contains(type)) {
            // Tika could not see a DOCX or ODT inside: a damaged one, or an archive of something else.
            ZipSafety.check(name, content, maxExpandedBytes());
        }
        throw unsupported(name, type);
    }

    private UnreadableMinutesException unsupported(String name, MediaType type) {
        String hint;
        if (type.getType().equals("image")) {
            hint = "it is an image; run OCR on it first and give the resulting PDF or text";
        } else if (LEGACY_OFFICE.contains(type)) {
            hint = "it is an older Office format; save it as DOCX or PDF";
        } else if (ZIP.contains(type)) {
            hint = "it is a ZIP archive, not a DOCX or ODT document";
        } else {
            hint = "only PDF, DOCX, ODT and plain text minutes can be read";
        }
        return new UnreadableMinutesException(name, Reason.UNSUPPORTED_TYPE, "unsupported type " + type + ": " + hint);
    }

    private static MediaType detect(byte[] content) {
        try (TikaInputStream in = TikaInputStream.get(content)) {
            return DETECTOR.detect(in, new Metadata()).getBaseType();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private long maxExpandedBytes() {
        return Math.multiplyExact(Math.max(maxBytes, 10L * 1024 * 1024), MAX_EXPANSION);
    }

    private UnreadableMinutesException tooLarge(String fileName, long size) {
        String actual = size >= 0 ? String.format(" (%.1f MB)", size / (1024.0 * 1024)) : "";
        return new UnreadableMinutesException(baseName(fileName), Reason.TOO_LARGE,
                "the file is larger than the limit of " + megabytes(maxBytes) + actual);
    }

    private static String megabytes(long bytes) {
        return bytes >= 1024 * 1024 ? bytes / (1024 * 1024) + " MB" : bytes + " bytes";
    }

    /** Only the last segment of a path: a name for messages and citations, never a path. */
    static String baseName(String fileName) {
        if (fileName == null || fileName.isBlank()) {
            return "(unnamed)";
        }
        String name = fileName.strip();
        int slash = Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\'));
        return slash >= 0 && slash < name.length() - 1 ? name.substring(slash + 1) : name;
    }
}
