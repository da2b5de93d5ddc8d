package se.samverkansgrafen.sparql;

import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;

/** Passes bytes on until a cap, then refuses with {@link ResultTooLargeException}. */
final class CappedOutputStream extends FilterOutputStream {

    private final long cap;
    private long written;

    CappedOutputStream(OutputStream out, long cap) {
        super(out);
        this.cap = cap;
    }

    @Override
    public void write(int b) throws IOException {
        count(1);
        out.write(b);
    }

    @Override
    public void write(byte[] bytes, int offset, int length) throws IOException {
        count(length);
        out.write(bytes, offset, length);
    }

    /**
     * Writers flush as they go; passing that on would commit the response early, after which
     * an answer over the cap could no longer be refused cleanly. The container flushes when
     * its buffer fills and at the end.
     */
    @Override
    public void flush() {
    }

    private void count(int more) throws ResultTooLargeException {
        written += more;
        if (written > cap) {
            throw new ResultTooLargeException(cap);
        }
    }

    /** The answer outgrew the cap. */
    static final class ResultTooLargeException extends IOException {
        ResultTooLargeException(long cap) {
            super("The answer is larger than " + cap + " bytes");
        }
    }
}
