package se.samverkansgrafen.ingest;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import se.samverkansgrafen.ingest.UnreadableMinutesException.Reason;

/**
 * Inflates a ZIP container (DOCX, ODT) once, counting, before any parser opens it: a damaged
 * archive is refused as corrupt, and one that expands far beyond its size (a zip bomb) as too
 * large. POI's own guard ({@code ZipSecureFile}) covers DOCX again inside the parser.
 */
final class ZipSafety {

    /** An entry that inflates more than this many times its compressed size is suspect. */
    static final int MAX_RATIO = 100;
    /** Small entries may compress very well (an empty styles part); only larger ones are checked. */
    private static final long RATIO_GRACE_BYTES = 1L << 20;
    private static final int MAX_ENTRIES = 10_000;

    private ZipSafety() {
    }

    static void check(String fileName, byte[] content, long maxExpandedBytes) {
        long total = 0;
        int entries = 0;
        byte[] buffer = new byte[64 * 1024];
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(content))) {
            ZipEntry entry;
            while ((entry = zip.getNextEntry()) != null) {
                if (++entries > MAX_ENTRIES) {
                    throw new UnreadableMinutesException(fileName, Reason.TOO_LARGE,
                            "the document holds more than " + MAX_ENTRIES + " parts; refused as unsafe");
                }
                long size = 0;
                int read;
                while ((read = zip.read(buffer)) > 0) {
                    size += read;
                    total += read;
                    if (total > maxExpandedBytes) {
                        throw new UnreadableMinutesException(fileName, Reason.TOO_LARGE,
                                "the document expands to more than " + maxExpandedBytes / (1024 * 1024) + " MB; refused as unsafe");
                    }
                }
                long compressed = entry.getCompressedSize();
                if (size > RATIO_GRACE_BYTES && compressed > 0 && size / compressed > MAX_RATIO) {
                    throw new UnreadableMinutesException(fileName, Reason.TOO_LARGE,
                            "part " + entry.getName() + " expands " + size / compressed
                                    + "-fold (" + size + " bytes from " + compressed + "); refused as a possible zip bomb");
                }
            }
        } catch (IOException e) {
            throw new UnreadableMinutesException(fileName, Reason.CORRUPT,
                    "the document's ZIP container is damaged (" + e.getMessage() + ")", e);
        }
        if (entries == 0) {
            throw new UnreadableMinutesException(fileName, Reason.CORRUPT, "the document's ZIP container is damaged (no entries)");
        }
    }
}
