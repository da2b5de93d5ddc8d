package se.samverkansgrafen.store;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;

import org.apache.jena.rdfconnection.RDFConnection;
import org.apache.jena.system.Txn;
import org.apache.jena.update.UpdateFactory;
import org.apache.jena.update.UpdateRequest;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Facts derived from the loaded graphs, computed at load time so that no request aggregates
 * over the whole graph: each fact's roles, each meeting's item and decision counts, each
 * item's presenters, and the dates the minutes cover (derived-facts.ru). They live in their
 * own named graph ({@link GraphNames#DERIVED_GRAPH}), written by one SPARQL Update request
 * (one transaction), and are recomputed whole after any load or reload that changed a file.
 */
public final class DerivedFacts {

    private static final Logger log = LoggerFactory.getLogger(DerivedFacts.class);

    private static final UpdateRequest UPDATE = UpdateFactory.create(resource("derived-facts.ru"));

    private static final String PRESENT = "ASK { GRAPH <" + GraphNames.DERIVED_GRAPH + "> { ?s ?p ?o } }";

    private final TripleStore store;

    public DerivedFacts(TripleStore store) {
        this.store = store;
    }

    /** Recomputes the derived facts when a file's graph changed, or when the store has none yet. */
    void afterLoad(LoadReport report) {
        if (!report.loaded().isEmpty() || !report.removed().isEmpty() || !present()) {
            recompute();
        }
    }

    /** Computes every derived fact afresh from the graphs as they are now. */
    public void recompute() {
        Instant start = Instant.now();
        try (RDFConnection conn = store.connect()) {
            conn.update(UPDATE);
        }
        log.info("Derived facts computed in {} ms", Duration.between(start, Instant.now()).toMillis());
    }

    private boolean present() {
        try (RDFConnection conn = store.connect()) {
            return Txn.calculateRead(conn, () -> conn.queryAsk(PRESENT));
        }
    }

    private static String resource(String name) {
        try (InputStream in = DerivedFacts.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("Missing " + name + " beside " + DerivedFacts.class.getName());
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
