package se.samverkansgrafen.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * External mode against a standalone Fuseki process configured like docker/: no embedded
 * server starts, and the service loads the same graphs over the SPARQL protocols.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ExternalModeTest {

    private static StandaloneFuseki fuseki;

    @DynamicPropertySource
    static void externalStore(DynamicPropertyRegistry registry) {
        registry.add("samverkan.store.url", () -> fuseki().datasetUrl());
        // Would clash with anything on 3030 if an embedded server were (wrongly) started.
        registry.add("samverkan.fuseki.port", () -> "1");
    }

    private static synchronized StandaloneFuseki fuseki() {
        if (fuseki == null) {
            fuseki = StandaloneFuseki.startInTemporaryDirectory("fuseki-external");
        }
        return fuseki;
    }

    @AfterAll
    static void stopFuseki() {
        if (fuseki != null) {
            fuseki.close();
        }
    }

    @Autowired
    TripleStore store;

    @LocalServerPort
    int port;

    @Test
    void loadsTheSameGraphsIntoTheExternalStore() {
        Map<String, Long> expected = new HashMap<>();
        ProjectFiles.tripleCounts(ProjectFiles.ROOT)
                .forEach((path, count) -> expected.put(GraphNames.forPath(path), count));

        Map<String, Long> served = new HashMap<>(SparqlHttp.graphSizes(fuseki.datasetUrl() + "/query"));
        served.remove(GraphNames.LOAD_RECORD_GRAPH);

        assertThat(store.mode()).isEqualTo("external");
        assertThat(store.queryEndpoint()).isEqualTo(fuseki.datasetUrl() + "/query");
        assertThat(served).isEqualTo(expected);
    }

    @Autowired
    StoreHealthIndicator storeHealth;

    @Test
    void healthReportsTheExternalStore() {
        HttpResponse<String> health = SparqlHttp.get("http://localhost:" + port + "/actuator/health");
        assertThat(health.statusCode()).isEqualTo(200);
        assertThat(health.body()).contains("\"store\":{\"status\":\"UP\"}").doesNotContain(fuseki.datasetUrl());
        assertThat(storeHealth.health().getDetails())
                .containsEntry("mode", "external")
                .containsEntry("reachable", true)
                .containsEntry("queryEndpoint", fuseki.datasetUrl() + "/query");
    }

    @Test
    void aSecondLoadFindsEverythingUnchanged() {
        LoadReport again = new GraphLoader(store).load(ProjectFiles.ROOT, ProjectFiles.DIRECTORIES, ProjectFiles.SHAPES);
        assertThat(again.loaded()).isEmpty();
        assertThat(again.unchanged()).hasSize(ProjectFiles.tripleCounts(ProjectFiles.ROOT).size());
    }

    @Test
    void nameSearchWorksOnTheExternalStoresTextIndex() {
        HttpResponse<String> hits = SparqlHttp.get("http://localhost:" + port + "/api/search?q=Angman");
        assertThat(hits.statusCode()).isEqualTo(200);
        assertThat(hits.body()).contains("\"entityId\":\"ingmar-angman\"");
        HttpResponse<String> inflected = SparqlHttp.get("http://localhost:" + port + "/api/search?q=Nora%20kommunens");
        assertThat(inflected.body()).contains("\"entityId\":\"kommun-nora\"");
    }

    @Test
    void healthIsDownWhenTheStoreCannotBeReached() {
        RemoteStore unreachable = new RemoteStore(new StoreProperties.Store("unused",
                java.net.URI.create("http://127.0.0.1:1/samverkan"), null, null, null), java.time.Duration.ofSeconds(2));
        var health = new StoreHealthIndicator(unreachable, new LoadStatus()).health();
        assertThat(health.getStatus().getCode()).isEqualTo("DOWN");
        assertThat(health.getDetails()).containsEntry("reachable", false).containsKey("error");
    }
}
