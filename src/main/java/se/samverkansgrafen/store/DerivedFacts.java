package se.samverkansgrafen.store;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.ARQ;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.ResultSet;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdfconnection.RDFConnection;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.core.Substitute;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.sparql.modify.request.QuadDataAcc;
import org.apache.jena.sparql.modify.request.UpdateDataInsert;
import org.apache.jena.sparql.modify.request.UpdateDrop;
import org.apache.jena.sparql.modify.request.UpdateModify;
import org.apache.jena.sparql.syntax.Element;
import org.apache.jena.sparql.syntax.ElementData;
import org.apache.jena.sparql.syntax.ElementSubQuery;
import org.apache.jena.sparql.syntax.ElementVisitorBase;
import org.apache.jena.sparql.syntax.ElementWalker;
import org.apache.jena.sparql.util.Context;
import org.apache.jena.update.Update;
import org.apache.jena.system.Txn;
import org.apache.jena.update.UpdateFactory;
import org.apache.jena.update.UpdateRequest;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Facts derived from the loaded graphs, computed at load time so that no request aggregates
 * over the whole graph: the roles of a fact with several, each meeting's item and decision
 * counts, each item's presenters, and the dates the minutes cover, among others
 * (derived-facts.ru). They live in their own named graph ({@link GraphNames#DERIVED_GRAPH}),
 * written in one transaction (one SPARQL Update request on an external store). After a change
 * to a store whose derived facts were up to date, only those
 * the changed files can affect are computed again (derived-facts-changed.ru, with every IRI
 * the files named before and after the change); otherwise (a first load, a crash between a
 * load and its derived facts, a change describing blank nodes) they are recomputed whole.
 */
public final class DerivedFacts {

    private static final Logger log = LoggerFactory.getLogger(DerivedFacts.class);

    private static final String WHOLE = resource("derived-facts.ru");
    private static final String CHANGED = resource("derived-facts-changed.ru");
    private static final String GROUPS_CONCERNED = resource("derived-facts-groups.rq");
    private static final Var KEY = Var.alloc("key");
    private static final Var DESCRIBED = Var.alloc("described");
    private static final Var CONCERNED_GROUP = Var.alloc("concernedGroup");
    private static final Var LINKED_GROUP = Var.alloc("linkedGroup");

    /** What the derived facts were computed for ({@link #stamp}), kept with them. */
    public static final String COMPUTED_FOR = "https://w3id.org/samverkan/derived#computedFor";

    /**
     * The derivation itself, as a hash of its files: a service whose derivation changed (a new
     * derived fact) computes them again on a store that holds the old ones.
     */
    private static final String DERIVATION = GraphLoader.sha256((WHOLE + CHANGED + GROUPS_CONCERNED)
            .getBytes(StandardCharsets.UTF_8))
            .substring(0, 16);

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
        String version = stamp(report.version());
        Optional<String> computedFrom = computedFrom();
        boolean changed = !report.loaded().isEmpty() || !report.removed().isEmpty();
        if (!changed && computedFrom.equals(Optional.ofNullable(version))) {
            return;
        }
        LoadReport.Change change = report.change();
        if (changed && change != null && change.versionBefore() != null
                && computedFrom.equals(Optional.of(stamp(change.versionBefore())))
                && !change.namesBlankNodes()) {
            try {
                recomputeFor(change, version);
                return;
            } catch (RuntimeException e) {
                // One update request: nothing of it was written. The whole computation needs less of the store.
                log.warn("Derived facts for the change failed ({}); computing them whole", e.toString());
            }
        }
        recompute(version);
    }

    /** The derived facts the change can affect, computed again, and the version, in one update request. */
    private void recomputeFor(LoadReport.Change change, String version) {
        Instant start = Instant.now();
        UpdateRequest update = UpdateFactory.create(CHANGED);
        List<Binding> keys = bindings(KEY, change.namedIris());
        GroupsConcerned groups = groupsConcerned(keys);
        Map<Var, List<Binding>> values = Map.of(KEY, keys,
                DESCRIBED, bindings(DESCRIBED, change.describedIris()),
                CONCERNED_GROUP, bindings(CONCERNED_GROUP, groups.concerned()),
                LINKED_GROUP, bindings(LINKED_GROUP, groups.linked()));
        for (Update operation : update.getOperations()) {
            if (operation instanceof UpdateModify modify) {
                fillValues(modify.getWherePattern(), values);
            }
        }
        markComputedFor(update, version);
        apply(update);
        log.info("Derived facts for a change naming {} IRIs computed in {} ms", change.namedIris().size(),
                Duration.between(start, Instant.now()).toMillis());
    }

    /** The groups concerned and the groups linked to them by a joint meeting (derived-facts-groups.rq). */
    private record GroupsConcerned(Set<String> concerned, Set<String> linked) {
    }

    /**
     * Reads the groups a change concerns once, for the many operations of the update that start
     * from them (SPARQL Update cannot name a subquery, so each would otherwise repeat it).
     */
    private GroupsConcerned groupsConcerned(List<Binding> keys) {
        Query query = QueryFactory.create(GROUPS_CONCERNED);
        fillValues(query.getQueryPattern(), Map.of(KEY, keys));
        Set<String> concerned = new TreeSet<>();
        Set<String> linked = new TreeSet<>();
        try (RDFConnection conn = store.connect()) {
            Txn.executeRead(conn, () -> {
                try (QueryExecution exec = conn.query(query)) {
                    exec.execSelect().forEachRemaining(row -> {
                        addIri(row.get("group"), concerned);
                        addIri(row.get("linked"), linked);
                    });
                }
            });
        }
        return new GroupsConcerned(concerned, linked);
    }

    private static void addIri(RDFNode node, Set<String> into) {
        if (node != null && node.isURIResource()) {
            into.add(node.asResource().getURI());
        }
    }

    private static List<Binding> bindings(Var var, Set<String> iris) {
        return iris.stream().sorted().map(iri -> Binding.builder().add(var, NodeFactory.createURI(iri)).build()).toList();
    }

    /** Fills every one-variable {@code VALUES} of the pattern whose variable has values given, in subqueries too. */
    private static void fillValues(Element pattern, Map<Var, List<Binding>> values) {
        ElementWalker.walk(pattern, new ElementVisitorBase() {
            @Override
            public void visit(ElementData data) {
                if (data.getVars().size() == 1 && values.containsKey(data.getVars().getFirst())) {
                    values.get(data.getVars().getFirst()).forEach(data::add);
                }
            }

            @Override
            public void visit(ElementSubQuery subQuery) {
                fillValues(subQuery.getQuery().getQueryPattern(), values);
            }
        });
    }

    /** Computes every derived fact afresh from the graphs as they are now. */
    public void recompute() {
        recompute(stamp(new DataVersion(store).refresh()));
    }

    /**
     * What derived facts computed from the data of {@code dataVersion} ({@link DataVersion})
     * by this derivation record as {@link #COMPUTED_FOR}; null for null.
     */
    public static String stamp(String dataVersion) {
        return dataVersion == null ? null : dataVersion + " " + DERIVATION;
    }

    /** Adds, as the request's last write, what its derived facts were computed for (nothing for null). */
    private static void markComputedFor(UpdateRequest update, String version) {
        if (version != null) {
            Node graph = NodeFactory.createURI(GraphNames.DERIVED_GRAPH);
            QuadDataAcc marker = new QuadDataAcc();
            marker.addQuad(Quad.create(graph, graph, NodeFactory.createURI(COMPUTED_FOR), NodeFactory.createLiteralString(version)));
            update.add(new UpdateDataInsert(marker));
        }
    }

    /** The facts and the version they come from, in one update request (one transaction in this JVM). */
    private void recompute(String version) {
        Instant start = Instant.now();
        UpdateRequest update = UpdateFactory.create(WHOLE);
        markComputedFor(update, version);
        apply(update);
        log.info("Derived facts computed in {} ms", Duration.between(start, Instant.now()).toMillis());
    }

    /**
     * Runs the update: as one SPARQL Update request on an external store; on a TDB2 database in
     * this JVM as one read transaction that evaluates every operation's WHERE, then one write
     * transaction with all the writes. TDB2 reads 2-5x slower inside a write transaction (its
     * writer reads through the transaction's own index and node-cache layers); the result is the
     * same as running the operations in order because none reads what another writes (each
     * DELETE reads only the derived facts of its own kind, the INSERTs only the files' graphs),
     * and the write is still all or nothing.
     */
    private void apply(UpdateRequest update) {
        if (store instanceof DatasetStore local) {
            applyInTwoTransactions(local.dataset(), update);
        } else {
            try (RDFConnection conn = store.connect()) {
                conn.update(update);
            }
        }
    }

    private static void applyInTwoTransactions(DatasetGraph dataset, UpdateRequest update) {
        List<Node> dropped = new ArrayList<>();
        List<Quad> deletes = new ArrayList<>();
        List<Quad> inserts = new ArrayList<>();
        Txn.executeRead(dataset, () -> {
            for (Update operation : update.getOperations()) {
                switch (operation) {
                    case UpdateDrop drop when drop.getGraph() != null -> dropped.add(drop.getGraph());
                    case UpdateDataInsert data -> inserts.addAll(data.getQuads());
                    case UpdateModify modify -> solutions(dataset, modify.getWherePattern()).forEach(solution -> {
                        instantiate(modify.getDeleteQuads(), solution, deletes);
                        instantiate(modify.getInsertQuads(), solution, inserts);
                    });
                    default -> throw new IllegalStateException("The derived facts' update may only drop a graph, "
                            + "insert data or DELETE/INSERT ... WHERE, not: " + operation);
                }
            }
        });
        Txn.executeWrite(dataset, () -> {
            dropped.forEach(graph -> dataset.deleteAny(graph, Node.ANY, Node.ANY, Node.ANY));
            deletes.forEach(dataset::delete);
            inserts.forEach(dataset::add);
        });
    }

    private static List<Binding> solutions(DatasetGraph dataset, Element where) {
        Query query = new Query();
        query.setQuerySelectType();
        query.setQueryResultStar(true);
        query.setQueryPattern(where);
        // The dataset's query timeout bounds requests; at L some of these run for tens of seconds.
        Context untimed = dataset.getContext().copy();
        untimed.remove(ARQ.queryTimeout);
        List<Binding> solutions = new ArrayList<>();
        try (QueryExec exec = QueryExec.dataset(dataset).context(untimed).query(query).build()) {
            exec.select().forEachRemaining(solutions::add);
        }
        return solutions;
    }

    /** The template's quads with the solution's values, as SPARQL Update does: a quad left with a variable is skipped. */
    private static void instantiate(List<Quad> template, Binding solution, List<Quad> into) {
        for (Quad quad : template) {
            Quad concrete = Substitute.substitute(quad, solution);
            if (concrete.isConcrete()) {
                into.add(concrete);
            }
        }
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
