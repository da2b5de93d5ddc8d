package se.samverkansgrafen.store;

import java.util.LinkedHashMap;
import java.util.Map;

import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.rdfconnection.RDFConnection;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.boot.health.contributor.Status;
import org.springframework.stereotype.Component;

/**
 * Reports the store under /actuator/health: mode, endpoint, whether it answers, how many
 * graphs are loaded and which files were refused. Refused files make the status
 * DEGRADED: the rest of the data is still served.
 */
@Component("store")
class StoreHealthIndicator implements HealthIndicator {

    static final Status DEGRADED = new Status("DEGRADED", "Some files were refused or the data breaks the shapes; the rest is served");

    private static final Query ASK_ANYTHING = QueryFactory.create("ASK {}");

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
        Health.Builder health = reachable ? Health.up() : Health.down();
        loadStatus.latest().ifPresentOrElse(report -> {
            details.put("graphs", report.graphs());
            details.put("lastLoad", Map.of(
                    "loaded", report.loaded().size(),
                    "unchanged", report.unchanged().size(),
                    "removed", report.removed().size(),
                    "tookMillis", report.took().toMillis()));
            details.put("refused", report.refused().stream().map(LoadReport.RefusedFile::toString).toList());
            details.put("shapeViolations", report.violations());
            if (reachable && (!report.refused().isEmpty() || !report.violations().isEmpty())) {
                health.status(DEGRADED);
            }
        }, () -> details.put("graphs", "not loaded yet"));
        return health.withDetails(details).build();
    }

    private boolean ping(Map<String, Object> details) {
        try (RDFConnection conn = store.connect()) {
            return conn.queryAsk(ASK_ANYTHING);
        } catch (RuntimeException e) {
            details.put("error", e.getMessage());
            return false;
        }
    }
}
