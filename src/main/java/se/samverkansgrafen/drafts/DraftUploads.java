package se.samverkansgrafen.drafts;

/** Refusals of an upload or a correction, each answered with its own problem detail. */
public final class DraftUploads {

    private DraftUploads() {
    }

    /** Content of a type no draft can be made from (415). */
    public static final class Unsupported extends RuntimeException {
        Unsupported(String message) {
            super(message);
        }
    }

    /** An upload past the size limit (413). */
    public static final class TooLarge extends RuntimeException {
        TooLarge(long size, long limit) {
            super("The upload is " + size + " bytes; the limit is " + limit + " bytes");
        }
    }

    /** A file name that tries to be a path (400). */
    public static final class BadName extends RuntimeException {
        BadName(String message) {
            super(message);
        }
    }

    /** A correction that cannot be applied (422). */
    public static final class BadPatch extends RuntimeException {
        BadPatch(String message) {
            super(message);
        }
    }
}
