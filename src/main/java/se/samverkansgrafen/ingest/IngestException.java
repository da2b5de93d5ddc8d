package se.samverkansgrafen.ingest;

/** A file that cannot become a draft, with the file and (where it applies) the line that says why. */
public final class IngestException extends Exception {

    private final String fileName;
    private final int line;

    public IngestException(String fileName, int line, String reason) {
        super(fileName + (line > 0 ? ", line " + line : "") + ": " + reason);
        this.fileName = fileName;
        this.line = line;
    }

    public String fileName() {
        return fileName;
    }

    /** The 1-based line the problem is on, or 0 when it concerns the whole file. */
    public int line() {
        return line;
    }
}
