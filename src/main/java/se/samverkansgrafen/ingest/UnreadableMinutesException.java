package se.samverkansgrafen.ingest;

import java.util.OptionalInt;

/**
 * A file that cannot be read as minutes: names the file, why, and the page where one applies.
 * Nothing has been read from it; callers write nothing for it.
 */
public class UnreadableMinutesException extends RuntimeException {

    /** Why a file was refused; a stable key for messages, exit codes and problem types. */
    public enum Reason {
        EMPTY, TOO_LARGE, ENCRYPTED, NEEDS_OCR, CORRUPT, UNSUPPORTED_TYPE, TOO_MUCH_TEXT
    }

    private final String fileName;
    private final Reason reason;
    private final int page;

    UnreadableMinutesException(String fileName, Reason reason, String problem) {
        this(fileName, reason, 0, problem, null);
    }

    UnreadableMinutesException(String fileName, Reason reason, String problem, Throwable cause) {
        this(fileName, reason, 0, problem, cause);
    }

    UnreadableMinutesException(String fileName, Reason reason, int page, String problem, Throwable cause) {
        super(fileName + (page > 0 ? " (page " + page + ")" : "") + ": " + problem, cause);
        this.fileName = fileName;
        this.reason = reason;
        this.page = page;
    }

    public String fileName() {
        return fileName;
    }

    public Reason reason() {
        return reason;
    }

    /** The 1-based page the problem is on, when it is on one page. */
    public OptionalInt page() {
        return page > 0 ? OptionalInt.of(page) : OptionalInt.empty();
    }
}
