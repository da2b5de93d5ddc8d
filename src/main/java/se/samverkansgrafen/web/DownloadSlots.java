package se.samverkansgrafen.web;

import java.io.IOException;
import java.net.URI;
import java.util.concurrent.Semaphore;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.stereotype.Component;
import org.springframework.web.ErrorResponseException;

/**
 * How many exports and dumps run at once. Each reads everything of its kind, a minute or more
 * of a core at the national scale, and anyone may ask for one: beyond the slots a request is
 * refused with 429 and Retry-After at once, before anything is read, rather than queued.
 */
@Component
public class DownloadSlots {

    /** A download's work, which writes the response. */
    public interface Download {
        void run() throws IOException;
    }

    private final Semaphore slots;
    private final DownloadsProperties properties;

    DownloadSlots(DownloadsProperties properties) {
        this.properties = properties;
        this.slots = new Semaphore(properties.effectiveConcurrency());
    }

    public void run(Download download) throws IOException {
        if (!slots.tryAcquire()) {
            throw busy();
        }
        try {
            download.run();
        } finally {
            slots.release();
        }
    }

    private ErrorResponseException busy() {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.TOO_MANY_REQUESTS, "All "
                + properties.effectiveConcurrency() + " download slots (exports and dumps) are busy; retry later");
        problem.setType(URI.create("https://w3id.org/samverkan/problem/too-many-downloads"));
        problem.setTitle(HttpStatus.TOO_MANY_REQUESTS.getReasonPhrase());
        ErrorResponseException busy = new ErrorResponseException(HttpStatus.TOO_MANY_REQUESTS, problem, null);
        busy.getHeaders().set(HttpHeaders.RETRY_AFTER, Long.toString(properties.retryAfter().toSeconds()));
        return busy;
    }
}
