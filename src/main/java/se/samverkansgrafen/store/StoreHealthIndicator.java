package se.samverkansgrafen.store;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.apache.jena.query.Query;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.rdfconnection.RDFConnection;
import org.apache.jena.system.Txn;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.boot.health.contributor.Status;
import org.springframework.stereotype.Component;

/**
 * Reports the store under /actuator/health (and in the readiness probe). The status and its
 * description, shown to anyone, name the problem: DOWN when the store does not answer,
 * OUT_OF_SERVICE until a complete load is in the store, DEGRADED when files were refused
 * (the rest is served). The details (mode, endpoint, error text, graphs, refused files)
 * are internals, shown only where health shows details.
 */
@Component("store")
class StoreHealthIndicator implements HealthIndicator {

    static final Status DEGRADED = new Status("DEGRADED", "Some files were refused or the data breaks the shapes; the rest is served");

    /** A health check should answer quickly even when the store hangs. */
    static final Duration PING_TIMEOUT = Duration.ofSeconds(5);

    /** A SELECT, not an ASK: Virtuoso 7 answers ASK with a result set, which is no boolean to a client. */
    private static final Query PING = QueryFactory.create("SELECT (1 AS ?alive) {}");

    private final TripleStore store;
    private final LoadStatus loadStatus;

    StoreHealthIndicator(TripleStore store, LoadStatus loadStatus) {
        this.store = store;
        this.loadStatus = loadStatus;
    }

    @Override
    public Health health() {
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("mode", store.mode());
        details.put("queryEndpoint", store.queryEndpoint());
        boolean reachable = ping(details);
        details.put("reachable", reachable);
        details.put("completeLoad", loadStatus.servesCompleteLoad());
        details.put("loading", loadStatus.loading());
        Health.Builder health = Health.status(status(reachable));
        loadStatus.latest().ifPresentOrElse(report -> {
            details.put("graphs", report.graphs());
            details.put("lastLoad", Map.of(
                    "loaded", report.loaded().size(),
                    "unchanged", report.unchanged().size(),
                    "removed", report.removed().size(),
                    "tookMillis", report.took().toMillis()));
            details.put("refused", report.refused().stream().map(LoadReport.RefusedFile::toString).toList());
            details.put("shapeViolations", report.violations());
        }, () -> details.put("graphs", "not loaded yet"));
        return health.withDetails(details).build();
    }

    private Status status(boolean reachable) {
        if (!reachable) {
            return new Status(Status.DOWN.getCode(), "external".equals(store.mode())
                    ? "The external store is unreachable" : "The store does not answer");
        }
        if (!loadStatus.servesCompleteLoad()) {
            return new Status(Status.OUT_OF_SERVICE.getCode(), loadStatus.loading()
                    ? "The first load of the data is running; requests get 503 until it has finished"
                    : "The store holds no complete load of the data");
        }
        boolean refusedOrViolations = loadStatus.latest()
                .map(report -> !report.refused().isEmpty() || !report.violations().isEmpty())
                .orElse(false);
        return refusedOrViolations ? DEGRADED : Status.UP;
    }

    private boolean ping(Map<String, Object> details) {
        try (RDFConnection conn = store.connect()) {
            return Txn.calculateRead(conn, () -> {
                try (QueryExecution ping = conn.newQuery().query(PING)
                        .timeout(PING_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS).build()) {
                    return ping.execSelect().hasNext();
                }
            });
        } catch (RuntimeException e) {
            details.put("error", e.getMessage());
            return false;
        }
    }
}
