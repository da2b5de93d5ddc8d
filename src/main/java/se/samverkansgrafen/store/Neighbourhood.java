package se.samverkansgrafen.store;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.system.Txn;

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

    /** A store this JVM holds: index lookups in one read transaction. */
    record InDataset(DatasetGraph dataset) implements Neighbourhood {

        @Override
        public Graph about(Collection<Node> nodes, Set<Node> leftOut) {
            Graph found = GraphFactory.createGraphMem();
            Txn.executeRead(dataset, () -> {
                for (Node node : nodes) {
                    dataset.find(Node.ANY, node, Node.ANY, Node.ANY).forEachRemaining(quad -> {
                        if (!quad.isDefaultGraph() && !leftOut.contains(quad.getGraph())) {
                            found.add(quad.asTriple());
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
