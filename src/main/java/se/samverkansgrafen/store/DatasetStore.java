package se.samverkansgrafen.store;

import java.time.Duration;
import java.util.function.UnaryOperator;

import org.apache.jena.query.ARQ;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.rdfconnection.RDFConnection;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.tdb2.TDB2;

/**
 * A store this JVM holds: a TDB2 dataset whose default graph is the union of its named
 * graphs, with the query timeout and the name index, read and loaded in process.
 */
abstract class DatasetStore implements TripleStore {

    private final DatasetGraph dataset;

    /** Prepares the TDB2 dataset (union default graph, timeout) and keeps it, wrapped by {@code index}. */
    DatasetStore(DatasetGraph tdb2, Duration queryTimeout, UnaryOperator<DatasetGraph> index) {
        tdb2.getContext().set(TDB2.symUnionDefaultGraph, true);
        tdb2.getContext().set(ARQ.queryTimeout, Long.toString(queryTimeout.toMillis()));
        this.dataset = index.apply(tdb2);
    }

    /** The dataset, for in-process queries and the embedded server. */
    DatasetGraph dataset() {
        return dataset;
    }

    @Override
    public RDFConnection connect() {
        return RDFConnection.connect(DatasetFactory.wrap(dataset));
    }

    @Override
    public void close() {
        dataset.close();
    }
}
