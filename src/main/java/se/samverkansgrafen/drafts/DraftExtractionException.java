package se.samverkansgrafen.drafts;

/** An upload that cannot become a draft (answered 422 naming why); nothing was kept. */
public class DraftExtractionException extends RuntimeException {

    public DraftExtractionException(String message) {
        super(message);
    }

    public DraftExtractionException(String message, Throwable cause) {
        super(message, cause);
    }
}
