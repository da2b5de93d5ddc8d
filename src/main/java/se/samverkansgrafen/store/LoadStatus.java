package se.samverkansgrafen.store;

import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;

import org.springframework.stereotype.Component;

/**
 * Whether the store holds a complete load (and so may be served), whether a load is
 * running, and the report of the latest load, for health, diagnostics and the gate that
 * answers 503 until the first load has finished.
 */
@Component
public class LoadStatus {

    private final AtomicReference<LoadReport> latest = new AtomicReference<>();
    private volatile boolean complete;
    private volatile boolean loading;

    /** The store was found to hold a complete load from an earlier run. */
    void completeLoadFound() {
        complete = true;
    }

    void loadStarted() {
        loading = true;
    }

    /** A load ran to its end; from now on the store holds a complete load. */
    public void record(LoadReport report) {
        latest.set(report);
        complete = true;
        loading = false;
    }

    /** A load stopped on an error; the store is as complete as it was before. */
    void loadFailed() {
        loading = false;
    }

    /** True once a load of every file has finished, in this run or an earlier one. */
    public boolean servesCompleteLoad() {
        return complete;
    }

    public boolean loading() {
        return loading;
    }

    public Optional<LoadReport> latest() {
        return Optional.ofNullable(latest.get());
    }
}
