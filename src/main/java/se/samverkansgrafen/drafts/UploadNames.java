package se.samverkansgrafen.drafts;

/**
 * The uploader's file name is kept only to show and to tell formats apart; it is never a
 * path. A name that tries to be one (separators, "..", control characters) is refused.
 */
final class UploadNames {

    private static final int MAX = 200;

    private UploadNames() {
    }

    static String check(String name) {
        if (name == null || name.isBlank()) {
            throw new DraftUploads.BadName("The upload has no file name");
        }
        String trimmed = name.strip();
        if (trimmed.length() > MAX || trimmed.contains("/") || trimmed.contains("\\") || trimmed.contains("..")
                || trimmed.startsWith(".") || trimmed.chars().anyMatch(c -> c < 0x20 || c == 0x7f)) {
            throw new DraftUploads.BadName("The file name '" + trimmed.replaceAll("\\p{Cntrl}", "?")
                    + "' is not a plain file name (no folders, '..', leading '.' or control characters, at most "
                    + MAX + " characters)");
        }
        return trimmed;
    }
}
