package se.samverkansgrafen.web;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Bounds of the downloads that read everything of a kind: the exports under /exports/ and the
 * dumps under /dumps/.
 *
 * @param timeout     how long one export may take, its query and its download together: an
 *                    export reads every fact of its kind (at the national scale half a million
 *                    attendance rows, a minute or more), so the API's query timeout does not fit
 *                    it. A dump has no timeout: it reads one graph at a time
 * @param concurrency exports and dumps running at once; 0 means half the processors (at least
 *                    one). Others get 429 with Retry-After
 * @param retryAfter  what a 429 tells the client to wait
 */
@ConfigurationProperties("samverkan.downloads")
public record DownloadsProperties(@DefaultValue("10m") Duration timeout, @DefaultValue("0") int concurrency,
        @DefaultValue("30s") Duration retryAfter) {

    public DownloadsProperties {
        if (timeout.isNegative() || timeout.isZero()) {
            throw new IllegalArgumentException("samverkan.downloads.timeout must be positive, got " + timeout);
        }
        if (concurrency < 0) {
            throw new IllegalArgumentException(
                    "samverkan.downloads.concurrency must be 0 (half the processors) or more, got " + concurrency);
        }
    }

    int effectiveConcurrency() {
        return concurrency > 0 ? concurrency : Math.max(1, Runtime.getRuntime().availableProcessors() / 2);
    }
}
