package se.samverkansgrafen.faults;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.GraphUtil;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.DatabaseMgr;
import org.apache.jena.tdb2.sys.TDBInternal;

import se.samverkansgrafen.store.DataVersion;
import se.samverkansgrafen.store.DerivedFacts;
import se.samverkansgrafen.store.GraphNames;

/**
 * What a TDB2 database holds after a crash, read by opening it as the service does on a
 * restart (TDB2 replays or discards its journal then): every named graph and the load
 * records. {@link #check} tells whether each file's graph is one whole version of the file
 * and its load record describes that version.
 */
final class StoreState {

    private static final String SG = "https://w3id.org/samverkan/def#";
    private static final Node SOURCE_PATH = NodeFactory.createURI(SG + "sourcePath");
    private static final Node SHA256 = NodeFactory.createURI(SG + "sha256");
    private static final Node TRIPLE_COUNT = NodeFactory.createURI(SG + "tripleCount");
    private static final Node LOAD_COMPLETED_AT = NodeFactory.createURI(SG + "loadCompletedAt");
    private static final Node LOAD_GRAPH = NodeFactory.createURI(GraphNames.LOAD_RECORD_GRAPH);

    private final Map<String, Graph> graphs;
    private final Graph records;

    private StoreState(Map<String, Graph> graphs, Graph records) {
        this.graphs = graphs;
        this.records = records;
    }

    /** Opens the database, copies what it holds, and lets go of it so the service can open it again. */
    static StoreState read(Path tdb2) {
        DatasetGraph dataset = DatabaseMgr.connectDatasetGraph(tdb2.toString());
        try {
            return Txn.calculateRead(dataset, () -> {
                Map<String, Graph> graphs = new HashMap<>();
                dataset.listGraphNodes().forEachRemaining(name -> {
                    if (!name.equals(LOAD_GRAPH)) {
                        graphs.put(name.getURI(), copy(dataset.getGraph(name)));
                    }
                });
                return new StoreState(graphs, copy(dataset.getGraph(LOAD_GRAPH)));
            });
        } finally {
            TDBInternal.expel(dataset);
        }
    }

    private static Graph copy(Graph graph) {
        Graph copy = GraphFactory.createDefaultGraph();
        GraphUtil.addInto(copy, graph);
        return copy;
    }

    /**
     * A store serving a complete load, once its service has started, holds the derived facts
     * of exactly that load: they name the version of the load record they were computed from
     * ({@link DataVersion}). Right after a kill they may lag behind; the restart recomputes them.
     */
    Optional<String> derivedFactsViolation() {
        if (!marksCompleteLoad()) {
            return Optional.empty();
        }
        SortedMap<String, String> hashes = new TreeMap<>();
        records.find(Node.ANY, SHA256, Node.ANY)
                .forEachRemaining(t -> hashes.put(t.getSubject().getURI(), t.getObject().getLiteralLexicalForm()));
        String expected = DerivedFacts.stamp(DataVersion.versionOf(hashes));
        Node derived = NodeFactory.createURI(GraphNames.DERIVED_GRAPH);
        Graph facts = graphs.getOrDefault(GraphNames.DERIVED_GRAPH, GraphFactory.createDefaultGraph());
        List<String> computedFor = facts.find(derived, NodeFactory.createURI(DerivedFacts.COMPUTED_FOR), Node.ANY)
                .mapWith(t -> t.getObject().getLiteralLexicalForm()).toList();
        return computedFor.equals(List.of(expected)) ? Optional.empty()
                : Optional.of("derived facts computed for " + computedFor + ", not for the load record's version " + expected);
    }

    boolean marksCompleteLoad() {
        return records.contains(LOAD_GRAPH, LOAD_COMPLETED_AT, Node.ANY);
    }

    /**
     * Checks every file against the versions it may have: its graph must be exactly one of
     * them (never a part), its load record must name that version's hash and triple count
     * (and be absent with the graph), nothing else may be in the store, and a store marked
     * complete must hold a record for every file.
     *
     * @param allowed per file path, the versions its graph may hold
     * @param found   filled with the version each file's graph holds
     * @return the violations, empty when the store is consistent
     */
    List<String> check(Map<String, Set<FileVersion>> allowed, Map<String, FileVersion> found) {
        List<String> violations = new ArrayList<>();
        Set<String> expectedGraphs = new HashSet<>();
        for (Map.Entry<String, Set<FileVersion>> file : allowed.entrySet()) {
            String path = file.getKey();
            String graphName = GraphNames.forPath(path);
            expectedGraphs.add(graphName);
            Graph stored = graphs.getOrDefault(graphName, GraphFactory.createDefaultGraph());
            FileVersion match = file.getValue().stream().filter(v -> v.matches(stored)).findFirst().orElse(null);
            if (match == null) {
                violations.add("%s: its graph (%d triples) is none of %s".formatted(path, stored.size(),
                        file.getValue().stream().map(v -> v + " (" + v.graph().size() + " triples)").toList()));
                continue;
            }
            found.put(path, match);
            Map<Node, Node> record = record(NodeFactory.createURI(graphName));
            if (match.absent()) {
                if (!record.isEmpty()) {
                    violations.add(path + ": no graph, but a load record " + record.values());
                }
                continue;
            }
            if (!record.containsKey(SOURCE_PATH) || !path.equals(record.get(SOURCE_PATH).getLiteralLexicalForm())) {
                violations.add(path + ": graph is " + match + " but its load record names no or another path: " + record);
            } else if (!record.containsKey(SHA256) || !match.sha256().equals(record.get(SHA256).getLiteralLexicalForm())) {
                violations.add(path + ": graph is " + match + " but its load record has another hash: " + record.get(SHA256));
            } else if (!record.containsKey(TRIPLE_COUNT)
                    || Long.parseLong(record.get(TRIPLE_COUNT).getLiteralLexicalForm()) != match.graph().size()) {
                violations.add(path + ": graph is " + match + " but its load record counts " + record.get(TRIPLE_COUNT));
            }
        }
        graphs.keySet().stream().filter(g -> !expectedGraphs.contains(g) && !g.equals(GraphNames.DERIVED_GRAPH))
                .forEach(g -> violations.add("a graph no file accounts for: " + g));
        records.find(Node.ANY, SOURCE_PATH, Node.ANY).forEachRemaining(t -> {
            if (!expectedGraphs.contains(t.getSubject().getURI())) {
                violations.add("a load record no file accounts for: " + t.getSubject());
            }
        });
        if (marksCompleteLoad()) {
            allowed.keySet().stream().filter(path -> found.get(path) != null && found.get(path).absent())
                    .forEach(path -> violations.add(path + ": the store is marked complete but holds no graph for it"));
        }
        return violations;
    }

    private Map<Node, Node> record(Node graph) {
        Map<Node, Node> record = new LinkedHashMap<>();
        records.find(graph, Node.ANY, Node.ANY).forEachRemaining((Triple t) -> {
            if (record.put(t.getPredicate(), t.getObject()) != null) {
                record.put(NodeFactory.createURI("urn:duplicate:" + t.getPredicate().getURI()), t.getObject());
            }
        });
        return record;
    }
}
