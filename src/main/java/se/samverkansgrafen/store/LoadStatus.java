package se.samverkansgrafen.store;

import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;

import org.springframework.stereotype.Component;

/** The report of the latest load, for health and diagnostics. */
@Component
public class LoadStatus {

    private final AtomicReference<LoadReport> latest = new AtomicReference<>();

    public void record(LoadReport report) {
        latest.set(report);
    }

    public Optional<LoadReport> latest() {
        return Optional.ofNullable(latest.get());
    }
}
