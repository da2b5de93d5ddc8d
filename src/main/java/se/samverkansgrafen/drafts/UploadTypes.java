package se.samverkansgrafen.drafts;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import org.apache.tika.Tika;

/**
 * What an upload is, by its content (Tika's detector over the bytes; the name plays no
 * part): PDF, DOCX, ODT or plain text (which covers a Turtle draft). Anything else is
 * refused. A DOCX is told from other Office zips by its entry names, read without
 * unpacking anything.
 */
final class UploadTypes {

    static final String PDF = "application/pdf";
    static final String DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
    static final String ODT = "application/vnd.oasis.opendocument.text";
    static final String TEXT = "text/plain";

    private static final Map<String, String> LABELS = Map.of(PDF, "PDF", DOCX, "DOCX", ODT, "ODT", TEXT, "text");
    private static final int MAX_ENTRIES = 2000;
    private static final Tika TIKA = new Tika();

    private UploadTypes() {
    }

    /** The accepted type of the content, or an exception naming what it was taken for. */
    static String detect(byte[] content) {
        String detected = TIKA.detect(content);
        String type = switch (detected) {
            case PDF, ODT, TEXT -> detected;
            case "application/x-tika-ooxml" -> isWordDocument(content) ? DOCX : null;
            default -> null;
        };
        if (type == null) {
            throw new DraftUploads.Unsupported("The upload is " + detected
                    + " by its content; accepted are PDF, DOCX, ODT, plain text and Turtle drafts");
        }
        return type;
    }

    static String label(String type) {
        return LABELS.getOrDefault(type, type);
    }

    private static boolean isWordDocument(byte[] content) {
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(content))) {
            ZipEntry entry;
            for (int i = 0; i < MAX_ENTRIES && (entry = zip.getNextEntry()) != null; i++) {
                if (entry.getName().equals("word/document.xml")) {
                    return true;
                }
            }
        } catch (IOException | IllegalArgumentException e) {
            return false;
        }
        return false;
    }
}
