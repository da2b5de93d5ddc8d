package se.samverkansgrafen.web;

import java.time.Duration;

/**
 * The data cannot be served right now: the first load is still running, or the store does
 * not answer. Answered 503 with Retry-After.
 */
public class StoreUnavailableException extends RuntimeException {

    private final Duration retryAfter;

    StoreUnavailableException(String message, Duration retryAfter, Throwable cause) {
        super(message, cause);
        this.retryAfter = retryAfter;
    }

    static StoreUnavailableException loading() {
        return new StoreUnavailableException(
                "The data is being loaded for the first time; try again when the load has finished",
                Duration.ofSeconds(10), null);
    }

    static StoreUnavailableException unreachable(Throwable cause) {
        return new StoreUnavailableException("The data store does not answer; try again shortly",
                Duration.ofSeconds(5), cause);
    }

    /** Seconds, for the Retry-After header. */
    String retryAfterSeconds() {
        return Long.toString(retryAfter.toSeconds());
    }
}
