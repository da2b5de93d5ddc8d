package se.samverkansgrafen.history;

/**
 * Optimistic locking over HTTP: a version travels as a strong ETag, and a write must send
 * the version it saw in If-Match. Missing: 428; another version: 412 (both problem details).
 */
public final class EntityTags {

    private EntityTags() {
    }

    public static String tag(String version) {
        return "\"" + version + "\"";
    }

    /** The version an If-Match header names; refuses a missing header, {@code *} and a list of several. */
    public static String required(String ifMatch, String what) {
        if (ifMatch == null || ifMatch.isBlank()) {
            throw new HistoryException(HistoryException.Kind.PRECONDITION_REQUIRED,
                    "A write needs If-Match with the ETag of the " + what + " as read (optimistic locking)");
        }
        String value = ifMatch.strip();
        if (value.startsWith("W/")) {
            value = value.substring(2);
        }
        if (value.equals("*") || value.contains(",")) {
            throw new HistoryException(HistoryException.Kind.PRECONDITION_REQUIRED,
                    "If-Match must name one version of the " + what + ", as its ETag gave it");
        }
        return value.length() >= 2 && value.startsWith("\"") && value.endsWith("\"")
                ? value.substring(1, value.length() - 1) : value;
    }

    /** Refuses with 412 unless {@code seen} is the {@code current} version. */
    public static void check(String seen, String current, String what) {
        if (!seen.equals(current)) {
            throw new HistoryException(HistoryException.Kind.PRECONDITION_FAILED,
                    "The " + what + " has changed since it was read: its version is now " + tag(current)
                            + ", not " + tag(seen) + "; read it again and redo the change");
        }
    }
}
