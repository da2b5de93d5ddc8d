package se.samverkansgrafen.store;

import java.time.Duration;

import org.apache.jena.query.ARQ;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.rdfconnection.RDFConnection;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.tdb2.DatabaseMgr;
import org.apache.jena.tdb2.TDB2;

/**
 * An in-memory TDB2 dataset with the same union default graph, name index and timeout
 * as the embedded store, for command-line tools that need the graph but no server.
 */
public final class InMemoryStore implements TripleStore {

    private final DatasetGraph dataset;

    public InMemoryStore(Duration queryTimeout) {
        DatasetGraph tdb2 = DatabaseMgr.createDatasetGraph();
        tdb2.getContext().set(TDB2.symUnionDefaultGraph, true);
        tdb2.getContext().set(ARQ.queryTimeout, Long.toString(queryTimeout.toMillis()));
        this.dataset = NameIndex.inMemory(tdb2);
    }

    @Override
    public RDFConnection connect() {
        return RDFConnection.connect(DatasetFactory.wrap(dataset));
    }

    @Override
    public String mode() {
        return "in-memory";
    }

    @Override
    public String queryEndpoint() {
        return "(none: in-process only)";
    }

    @Override
    public void close() {
        dataset.close();
    }
}
