package se.samverkansgrafen.store;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.DatabaseMgr;
import org.eclipse.jetty.server.Connector;
import org.eclipse.jetty.server.HttpConnectionFactory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The default mode: a TDB2 database on disk, served read-only over HTTP by a Fuseki
 * server bound to 127.0.0.1 in this JVM. The service itself reads and loads the
 * dataset in process.
 */
final class EmbeddedStore extends DatasetStore {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedStore.class);

    /** Fuseki 6.0.0 allocates a 5 MiB output buffer per response (apache/jena#4084). */
    static final int OUTPUT_BUFFER_BYTES = 32 * 1024;

    private final FusekiServer server;
    private final String datasetName;

    EmbeddedStore(StoreProperties.Store store, StoreProperties.Fuseki fuseki, Duration queryTimeout) {
        super(openTdb2(store.location()), queryTimeout, tdb2 -> NameIndex.onDisk(tdb2, textIndexLocation(store.location())));
        this.datasetName = fuseki.dataset();
        this.server = FusekiServer.create()
                .port(fuseki.port())
                .loopback(true)
                .enablePing(true)
                .add("/" + datasetName, dataset(), false)
                .build();
        shrinkOutputBuffers(server);
        server.start();
        log.info("Embedded Fuseki serving TDB2 at {} on {} (read-only, query timeout {}s)",
                Path.of(store.location()).toAbsolutePath(), queryEndpoint(), queryTimeout.toSeconds());
    }

    private static DatasetGraph openTdb2(String location) {
        DatasetGraph tdb2 = DatabaseMgr.connectDatasetGraph(location);
        NameIndex.discardIfStale(textIndexLocation(location));
        if (!Files.isDirectory(textIndexLocation(location))) {
            // A new index starts empty: forget the load records so every file is loaded (and indexed) again.
            Txn.executeWrite(tdb2, () -> tdb2.removeGraph(NodeFactory.createURI(GraphNames.LOAD_RECORD_GRAPH)));
        }
        return tdb2;
    }

    /** The Lucene name index lives beside the TDB2 directory: var/tdb2 -> var/tdb2-text. */
    static Path textIndexLocation(String tdb2Location) {
        Path tdb2 = Path.of(tdb2Location).toAbsolutePath().normalize();
        return tdb2.resolveSibling(tdb2.getFileName() + "-text");
    }

    private static void shrinkOutputBuffers(FusekiServer server) {
        for (Connector connector : server.getJettyServer().getConnectors()) {
            HttpConnectionFactory http = connector.getConnectionFactory(HttpConnectionFactory.class);
            if (http != null) {
                http.getHttpConfiguration().setOutputBufferSize(OUTPUT_BUFFER_BYTES);
            }
        }
    }

    @Override
    public String mode() {
        return "embedded";
    }

    @Override
    public String queryEndpoint() {
        return server.datasetURL(datasetName) + "/query";
    }

    @Override
    public void close() {
        server.stop();
        super.close();
    }
}
