package se.samverkansgrafen.store;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.store.NodeId;
import org.apache.jena.tdb2.store.nodetable.NodeTable;
import org.apache.jena.tdb2.store.nodetupletable.NodeTupleTable;
import org.apache.jena.tdb2.sys.TDBInternal;

/**
 * What the store holds about some nodes: every triple whose subject is one of them, from
 * every named graph but those left out (the graphs a change replaces). A shape check of a
 * change reads the rest of the graph through this, a few nodes at a time, instead of
 * holding the whole graph in memory.
 */
interface Neighbourhood {

    /** The triples about {@code nodes} in the store's named graphs, except those in {@code leftOut}. */
    Graph about(Collection<Node> nodes, Set<Node> leftOut);

    static Neighbourhood of(TripleStore store) {
        return store instanceof DatasetStore local ? new InDataset(local.tdb2()) : new OverSparql(store);
    }

    /**
     * A TDB2 database this JVM holds: index lookups in one read transaction, on the quad
     * table's node ids, so that the quads of the graphs left out (most of what a changed
     * file's own subjects have) are skipped before their nodes are decoded.
     */
    record InDataset(DatasetGraph dataset) implements Neighbourhood {

        @Override
        public Graph about(Collection<Node> nodes, Set<Node> leftOut) {
            Graph found = GraphFactory.createGraphMem();
            Txn.executeRead(dataset, () -> {
                NodeTupleTable quads = TDBInternal.getDatasetGraphTDB(dataset).getQuadTable().getNodeTupleTable();
                NodeTable nodeTable = quads.getNodeTable();
                Set<NodeId> skipped = new HashSet<>();
                for (Node graph : leftOut) {
                    NodeId id = nodeTable.getNodeIdForNode(graph);
                    if (!NodeId.isDoesNotExist(id)) {
                        skipped.add(id);
                    }
                }
                for (Node node : nodes) {
                    // Quads in graph, subject, predicate, object order; named graphs only.
                    quads.findAsNodeIds(Node.ANY, node, Node.ANY, Node.ANY).forEachRemaining(quad -> {
                        if (!skipped.contains(quad.get(0))) {
                            found.add(Triple.create(node, nodeTable.getNodeForNodeId(quad.get(2)),
                                    nodeTable.getNodeForNodeId(quad.get(3))));
                        }
                    });
                }
            });
            return found;
        }
    }

    /** An external store: one query per few hundred nodes, the nodes bound as VALUES. */
    final class OverSparql implements Neighbourhood {

        private static final int NODES_PER_QUERY = 200;
        private final TripleStore store;

        OverSparql(TripleStore store) {
            this.store = store;
        }

        @Override
        public Graph about(Collection<Node> nodes, Set<Node> leftOut) {
            Graph found = GraphFactory.createGraphMem();
            List<Node> all = new ArrayList<>(nodes);
            for (int from = 0; from < all.size(); from += NODES_PER_QUERY) {
                StoreQueries.triplesAbout(store, all.subList(from, Math.min(all.size(), from + NODES_PER_QUERY)))
                        .forEach(quad -> {
                            if (!leftOut.contains(quad.getGraph())) {
                                found.add(quad.asTriple());
                            }
                        });
            }
            return found;
        }
    }
}
