package se.samverkansgrafen.synth;

import java.io.PrintStream;

/** A one-line progress bar on stderr, redrawn at most ten times a second. */
final class Progress {

    private static final int WIDTH = 30;

    private final PrintStream err;
    private final long total;
    private long done;
    private long lastDraw;

    Progress(PrintStream err, long total) {
        this.err = err;
        this.total = Math.max(1, total);
    }

    void step(Counts counts, String what) {
        done++;
        long now = System.nanoTime();
        if (done == total || now - lastDraw > 100_000_000L) {
            lastDraw = now;
            int filled = (int) (WIDTH * done / total);
            err.printf("\r[%s%s] %3d%%  %,d/%,d minutes  %,d triples  %-32.32s", "#".repeat(filled),
                    "-".repeat(WIDTH - filled), 100 * done / total, done, total, counts.triples, what);
            err.flush();
        }
    }

    void finish() {
        err.println();
    }
}
