package se.samverkansgrafen.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;

import org.apache.jena.atlas.web.HttpException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Loading into an external store whose Graph Store endpoint breaks connections (as Virtuoso
 * does while answering its digest challenge): the loader sends a broken PUT again, and a
 * store that keeps breaking it fails the load without recording a file it did not write.
 * A real standalone Fuseki behind a proxy that breaks the first connections it is given.
 */
class GraphStorePutRetryTest {

    @TempDir
    Path work;

    private Path root;
    private StandaloneFuseki fuseki;

    @BeforeEach
    void startFusekiOverACopyOfTheProject() throws IOException {
        root = Files.createDirectories(work.resolve("project"));
        ProjectFiles.copyTo(root);
        fuseki = StandaloneFuseki.start(Files.createDirectories(work.resolve("fuseki")));
    }

    @AfterEach
    void stopFuseki() {
        fuseki.close();
    }

    /** The store with queries and updates sent straight to Fuseki and Graph Store requests through the proxy. */
    private RemoteStore storeWithGraphStoreThrough(BreakingProxy proxy) {
        URI dataset = URI.create(fuseki.datasetUrl());
        return new RemoteStore(new StoreProperties.Store("unused", dataset, null, null,
                proxy.through(URI.create(fuseki.datasetUrl() + "/data"))), Duration.ofSeconds(10));
    }

    private Map<String, Long> expectedGraphs() {
        Map<String, Long> expected = new HashMap<>();
        ProjectFiles.tripleCounts(root).forEach((path, n) -> expected.put(GraphNames.forPath(path), n));
        return expected;
    }

    private Map<String, Long> servedGraphs() {
        Map<String, Long> served = new HashMap<>(SparqlHttp.graphSizes(fuseki.datasetUrl() + "/query"));
        served.remove(GraphNames.LOAD_RECORD_GRAPH);
        served.remove(GraphNames.DERIVED_GRAPH);
        return served;
    }

    @Test
    void aPutWhoseConnectionBrokeIsSentAgainAndTheLoadCompletes() throws IOException {
        try (BreakingProxy proxy = new BreakingProxy(URI.create(fuseki.datasetUrl()), 1);
                RemoteStore store = storeWithGraphStoreThrough(proxy)) {
            LoadReport report = new GraphLoader(store).load(root, ProjectFiles.DIRECTORIES, ProjectFiles.SHAPES);

            assertThat(proxy.broken()).isEqualTo(1);
            assertThat(report.refused()).isEmpty();
            assertThat(servedGraphs()).isEqualTo(expectedGraphs());
            assertThat(new GraphLoader(store).holdsCompleteLoad()).isTrue();
        }
    }

    @Test
    void aStoreThatKeepsBreakingThePutFailsTheLoadAndRecordsNothingItDidNotWrite() throws IOException {
        try (BreakingProxy proxy = new BreakingProxy(URI.create(fuseki.datasetUrl()), Integer.MAX_VALUE);
                RemoteStore store = storeWithGraphStoreThrough(proxy)) {
            Throwable failure = catchThrowable(
                    () -> new GraphLoader(store).load(root, ProjectFiles.DIRECTORIES, ProjectFiles.SHAPES));

            assertThat(failure).isInstanceOf(HttpException.class).hasRootCauseInstanceOf(IOException.class);
            assertThat(proxy.broken()).as("PUTs tried").isEqualTo(3);
            assertThat(SparqlHttp.graphSizes(fuseki.datasetUrl() + "/query")).isEmpty();
        }
        // With the store's endpoint whole again, the next load writes everything.
        try (BreakingProxy healthy = new BreakingProxy(URI.create(fuseki.datasetUrl()), 0);
                RemoteStore store = storeWithGraphStoreThrough(healthy)) {
            new GraphLoader(store).load(root, ProjectFiles.DIRECTORIES, ProjectFiles.SHAPES);
            assertThat(servedGraphs()).isEqualTo(expectedGraphs());
        }
    }
}
