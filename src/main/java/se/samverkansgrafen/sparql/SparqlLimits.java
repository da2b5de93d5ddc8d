package se.samverkansgrafen.sparql;

import java.time.Duration;
import java.time.temporal.ChronoUnit;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.boot.convert.DurationUnit;
import org.springframework.util.unit.DataSize;

/**
 * Bounds on the analysts' endpoint, so that no query can take the service down for
 * everyone else (samverkan.sparql.*).
 *
 * @param maxQuerySize   a query text longer than this is refused with 413 (parsing grows faster than linearly)
 * @param maxRows        at most this many solutions (or triples) are answered; a cut answer says so in a header
 * @param maxResultSize  an answer growing past this many bytes is cut off
 * @param concurrency    queries running at once; 0 means half the processors (at least one)
 * @param retryAfter     what a refused client is told to wait when all slots are busy (429)
 */
@ConfigurationProperties("samverkan.sparql")
record SparqlLimits(@DefaultValue("100KB") DataSize maxQuerySize, @DefaultValue("100000") int maxRows,
        @DefaultValue("64MB") DataSize maxResultSize, @DefaultValue("0") int concurrency,
        @DefaultValue("5") @DurationUnit(ChronoUnit.SECONDS) Duration retryAfter) {

    int effectiveConcurrency() {
        return concurrency > 0 ? concurrency : Math.max(1, Runtime.getRuntime().availableProcessors() / 2);
    }
}
