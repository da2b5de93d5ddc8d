package se.samverkansgrafen.store;

import java.time.Duration;
import java.util.Optional;
import java.util.function.UnaryOperator;

import org.apache.jena.query.ARQ;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.rdfconnection.RDFConnection;
import org.apache.jena.query.Query;
import org.apache.jena.query.text.DatasetGraphText;
import org.apache.jena.query.text.TextIndex;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphWrapper;
import org.apache.jena.sparql.core.DynamicDatasets;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.TDB2;

/**
 * A store this JVM holds: a TDB2 dataset whose default graph is the union of its named
 * graphs, with the query timeout and the name index, read and loaded in process.
 */
abstract class DatasetStore implements TripleStore {

    private final DatasetGraph tdb2;
    private final DatasetGraph dataset;

    static {
        // Also for datasets built in this JVM outside a store (e.g. DynamicDatasets views).
        QueryEngineGuards.applyGlobally();
    }

    /** Prepares the TDB2 dataset (union default graph, timeout, engine guards) and keeps it, wrapped by {@code index}. */
    DatasetStore(DatasetGraph tdb2, Duration queryTimeout, UnaryOperator<DatasetGraph> index) {
        tdb2.getContext().set(TDB2.symUnionDefaultGraph, true);
        tdb2.getContext().set(ARQ.queryTimeout, Long.toString(queryTimeout.toMillis()));
        QueryEngineGuards.apply(tdb2.getContext());
        this.tdb2 = tdb2;
        this.dataset = index.apply(tdb2);
        QueryEngineGuards.apply(dataset.getContext());
    }

    /** The dataset, for in-process queries and the embedded server. */
    DatasetGraph dataset() {
        return dataset;
    }

    /** The TDB2 dataset under the name index, for the bulk loader (which bypasses the index). */
    DatasetGraph tdb2() {
        return tdb2;
    }

    /** The name index, to rebuild it after a bulk load; empty when the dataset has none. */
    Optional<TextIndex> nameIndex() {
        return dataset instanceof DatasetGraphText text ? Optional.of(text.getTextIndex()) : Optional.empty();
    }

    @Override
    public RDFConnection connect() {
        return RDFConnection.connect(DatasetFactory.wrap(dataset));
    }

    /**
     * With FROM or FROM NAMED, the query runs on a view of exactly those graphs (ARQ does
     * not apply a query's dataset description to a dataset it is given), without them.
     */
    @Override
    public PreparedQuery prepare(Query query) {
        if (!query.hasDatasetDescription()) {
            return TripleStore.super.prepare(query);
        }
        // Building the view looks graphs up, which TDB2 allows only inside a transaction.
        DatasetGraph view = Txn.calculateRead(dataset,
                () -> DynamicDatasets.dynamicDataset(query.getDatasetDescription(), dataset, false));
        Query withoutDescription = query.cloneQuery();
        withoutDescription.getGraphURIs().clear();
        withoutDescription.getNamedGraphURIs().clear();
        return new PreparedQuery(RDFConnection.connect(DatasetFactory.wrap(new TransactionsOf(view, dataset))),
                withoutDescription);
    }

    /** A view whose transactions are those of the dataset it views (a dynamic dataset has none of its own). */
    private static final class TransactionsOf extends DatasetGraphWrapper {

        private final DatasetGraph transactional;

        TransactionsOf(DatasetGraph view, DatasetGraph transactional) {
            super(view);
            this.transactional = transactional;
        }

        @Override
        protected DatasetGraph getT() {
            return transactional;
        }
    }

    @Override
    public void close() {
        dataset.close();
    }
}
