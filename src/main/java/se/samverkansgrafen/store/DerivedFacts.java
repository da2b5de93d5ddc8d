package se.samverkansgrafen.store;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;

import java.util.Optional;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.ResultSet;
import org.apache.jena.rdfconnection.RDFConnection;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.modify.request.QuadDataAcc;
import org.apache.jena.sparql.modify.request.UpdateDataInsert;
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

    /** The data version ({@link DataVersion}) the derived facts were computed from, kept with them. */
    public static final String COMPUTED_FOR = "https://w3id.org/samverkan/derived#computedFor";

    private static final String COMPUTED_FROM = "SELECT ?version WHERE { GRAPH <" + GraphNames.DERIVED_GRAPH
            + "> { <" + GraphNames.DERIVED_GRAPH + "> <" + COMPUTED_FOR + "> ?version } }";

    private final TripleStore store;

    public DerivedFacts(TripleStore store) {
        this.store = store;
    }

    /**
     * Recomputes the derived facts unless they were computed from the data the store holds
     * now: after a change, on a store without them, and after a crash that came between a
     * load and their recomputation (their recorded version then differs from the store's).
     */
    void afterLoad(LoadReport report) {
        String version = new DataVersion(store).refresh();
        if (!report.loaded().isEmpty() || !report.removed().isEmpty() || !computedFrom().equals(Optional.ofNullable(version))) {
            recompute(version);
        }
    }

    /** Computes every derived fact afresh from the graphs as they are now. */
    public void recompute() {
        recompute(new DataVersion(store).refresh());
    }

    /** The facts and the version they come from, in one update request (one transaction in this JVM). */
    private void recompute(String version) {
        Instant start = Instant.now();
        UpdateRequest update = UpdateFactory.create(UPDATE.toString());
        if (version != null) {
            QuadDataAcc marker = new QuadDataAcc();
            Node graph = NodeFactory.createURI(GraphNames.DERIVED_GRAPH);
            marker.addQuad(Quad.create(graph, graph, NodeFactory.createURI(COMPUTED_FOR), NodeFactory.createLiteralString(version)));
            update.add(new UpdateDataInsert(marker));
        }
        try (RDFConnection conn = store.connect()) {
            conn.update(update);
        }
        log.info("Derived facts computed in {} ms", Duration.between(start, Instant.now()).toMillis());
    }

    private Optional<String> computedFrom() {
        try (RDFConnection conn = store.connect()) {
            return Txn.calculateRead(conn, () -> {
                try (QueryExecution exec = conn.query(COMPUTED_FROM)) {
                    ResultSet rows = exec.execSelect();
                    return rows.hasNext() ? Optional.of(rows.next().getLiteral("version").getLexicalForm()) : Optional.empty();
                }
            });
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
