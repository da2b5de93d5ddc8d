package se.samverkansgrafen.store;

import java.io.IOException;
import java.io.UncheckedIOException;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.query.text.Entity;
import org.apache.jena.query.text.EntityDefinition;
import org.apache.jena.query.text.TextIndex;
import org.apache.jena.query.text.TextIndexLucene;
import org.apache.jena.query.text.TextQueryFuncs;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.loader.DataLoader;
import org.apache.jena.tdb2.loader.LoaderFactory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The first load into an empty TDB2 database through TDB2's sequential bulk loader: every
 * file's graph and its load record go in as quads of one write transaction, so a kill
 * leaves the database empty or whole (the faster phased and parallel loaders write the
 * indexes outside transactions and may leave a database "in a strange state" after a
 * crash). The loader writes beneath the name index, which is rebuilt afterwards.
 */
final class BulkLoad implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(BulkLoad.class);

    private final DataLoader loader;
    private final StreamRDF quads;
    private boolean finished;

    private BulkLoad(DatasetGraph tdb2) {
        this.loader = LoaderFactory.sequentialLoader(tdb2, (format, args) -> log.debug(format.formatted(args)));
        loader.startBulk();
        this.quads = loader.stream();
        quads.start();
    }

    /** Whether the database holds nothing at all, so the bulk loader may fill it. */
    static boolean isEmpty(DatasetGraph tdb2) {
        return Txn.calculateRead(tdb2, () -> !tdb2.find().hasNext());
    }

    static BulkLoad start(DatasetGraph tdb2) {
        return new BulkLoad(tdb2);
    }

    /** Adds {@code content} as the named graph {@code graph}. */
    void add(Node graph, Graph content) {
        content.find().forEachRemaining(t -> quads.quad(Quad.create(graph, t)));
    }

    void add(Quad quad) {
        quads.quad(quad);
    }

    /** Commits everything added. */
    void commit() {
        quads.finish();
        loader.finishBulk();
        finished = true;
    }

    /** Without {@link #commit()}, nothing added is kept. */
    @Override
    public void close() {
        if (!finished) {
            loader.finishException(new IllegalStateException("Bulk load abandoned"));
        }
    }

    /**
     * Builds the name index afresh from what the database holds: the bulk loader bypasses
     * it, and a first load cut short may have left it behind the database.
     */
    static long rebuildNameIndex(DatasetGraph tdb2, TextIndex index) {
        EntityDefinition definition = index.getDocDef();
        try {
            if (index instanceof TextIndexLucene lucene) {
                lucene.getIndexWriter().deleteAll();
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot clear the name index", e);
        }
        long[] entries = {0};
        Txn.executeRead(tdb2, () -> {
            for (String field : definition.fields()) {
                for (Node predicate : definition.getPredicates(field)) {
                    tdb2.find(Node.ANY, Node.ANY, predicate, Node.ANY).forEachRemaining(quad -> {
                        Entity entity = TextQueryFuncs.entityFromQuad(definition, quad);
                        if (entity != null) {
                            index.addEntity(entity);
                            entries[0]++;
                        }
                    });
                }
            }
        });
        index.prepareCommit();
        index.commit();
        return entries[0];
    }
}
