package se.samverkansgrafen.store;

import java.time.Duration;

import org.apache.jena.tdb2.DatabaseMgr;

/**
 * An in-memory TDB2 dataset with the same union default graph, name index and timeout
 * as the embedded store, for command-line tools that need the graph but no server.
 */
public final class InMemoryStore extends DatasetStore {

    public InMemoryStore(Duration queryTimeout) {
        super(DatabaseMgr.createDatasetGraph(), queryTimeout, NameIndex::inMemory);
    }

    @Override
    public String mode() {
        return "in-memory";
    }

    @Override
    public String queryEndpoint() {
        return "(none: in-process only)";
    }
}
