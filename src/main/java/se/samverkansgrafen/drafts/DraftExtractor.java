package se.samverkansgrafen.drafts;

/**
 * Turns an uploaded document into a draft graph. The upload's type has been checked by
 * its content (PDF, DOCX, ODT or plain text) and its size bounded before this is called;
 * the file name is the uploader's, for messages and for telling formats apart, never a
 * path. Refuse what cannot be read with {@link DraftExtractionException}: nothing is kept.
 */
public interface DraftExtractor {

    DraftGraph extract(String fileName, byte[] content);

    /**
     * The document's text as the extractor numbered its lines (what sg:sourceLine points
     * at; line N at index N-1), for a reviewer to read beside the facts; empty when the format has no such text.
     */
    default java.util.List<String> sourceLines(String fileName, byte[] content) {
        return java.util.List.of();
    }
}
