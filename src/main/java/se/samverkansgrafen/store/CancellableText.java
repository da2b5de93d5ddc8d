package se.samverkansgrafen.store;

import java.util.concurrent.atomic.AtomicBoolean;

import org.apache.jena.query.QueryCancelledException;

/**
 * A string that a regular-expression match reads through, and that stops the match
 * once the query it belongs to is cancelled (by its timeout). java.util.regex backtracks
 * without ever returning to the query engine, so without this a pattern such as
 * {@code ^(a+)+\1$} holds a core long past the query timeout.
 */
final class CancellableText implements CharSequence {

    /** How many character reads pass between looks at the cancel flag. */
    private static final int CHECK_EVERY = 1 << 12;

    private final String text;
    private final AtomicBoolean cancelled;
    private final int[] reads;

    CancellableText(String text, AtomicBoolean cancelled) {
        this(text, cancelled, new int[1]);
    }

    private CancellableText(String text, AtomicBoolean cancelled, int[] reads) {
        this.text = text;
        this.cancelled = cancelled;
        this.reads = reads;
    }

    @Override
    public char charAt(int index) {
        if (++reads[0] % CHECK_EVERY == 0 && cancelled.get()) {
            throw new QueryCancelledException();
        }
        return text.charAt(index);
    }

    @Override
    public int length() {
        return text.length();
    }

    @Override
    public CharSequence subSequence(int start, int end) {
        return new CancellableText(text.substring(start, end), cancelled, reads);
    }

    @Override
    public String toString() {
        return text;
    }
}
