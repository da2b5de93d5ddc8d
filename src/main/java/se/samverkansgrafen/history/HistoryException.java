package se.samverkansgrafen.history;

/** A history operation that cannot be done as asked (answered as a problem detail). */
public class HistoryException extends RuntimeException {

    /** What kind of refusal: decides the HTTP status. */
    public enum Kind { DISABLED, NOT_FOUND, CONFLICT, INVALID, PRECONDITION_FAILED, PRECONDITION_REQUIRED }

    private final Kind kind;

    public HistoryException(Kind kind, String message) {
        super(message);
        this.kind = kind;
    }

    public HistoryException(Kind kind, String message, Throwable cause) {
        super(message, cause);
        this.kind = kind;
    }

    public Kind kind() {
        return kind;
    }
}
