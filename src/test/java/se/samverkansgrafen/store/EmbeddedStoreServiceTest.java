package se.samverkansgrafen.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The service on its embedded default: Fuseki on a free loopback port over a fresh TDB2
 * database, loaded from the project's ontology/ and data/.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class EmbeddedStoreServiceTest {

    @TempDir
    static Path tdb2;

    @DynamicPropertySource
    static void store(DynamicPropertyRegistry registry) {
        registry.add("samverkan.fuseki.port", () -> "0");
        registry.add("samverkan.store.location", () -> tdb2.resolve("db").toString());
        registry.add("samverkan.query.timeout", () -> "2");
    }

    @Autowired
    TripleStore store;

    @LocalServerPort
    int port;

    @Test
    void servesEveryProjectFileAsItsOwnNamedGraphOverHttp() {
        Map<String, Long> expected = new HashMap<>();
        ProjectFiles.tripleCounts(ProjectFiles.ROOT)
                .forEach((path, count) -> expected.put(GraphNames.forPath(path), count));

        Map<String, Long> served = SparqlHttp.graphSizes(store.queryEndpoint());
        served.remove(GraphNames.LOAD_RECORD_GRAPH);

        assertThat(store.mode()).isEqualTo("embedded");
        assertThat(store.queryEndpoint()).startsWith("http://localhost:").endsWith("/samverkan/query");
        assertThat(expected).isNotEmpty();
        assertThat(served).isEqualTo(expected);
    }

    @Test
    void defaultGraphIsTheUnionOfAllGraphs() {
        HttpResponse<String> response = SparqlHttp.postForm(store.queryEndpoint(), "query",
                "ASK { <https://w3id.org/samverkan/def#Meeting> a <http://www.w3.org/2002/07/owl#Class> }",
                "application/sparql-results+json");
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).contains("\"boolean\" : true");
    }

    @Autowired
    StoreHealthIndicator storeHealth;

    @Test
    void healthNamesEachComponentsStatusButShowsAnonymousCallersNoInternals() {
        HttpResponse<String> health = SparqlHttp.get("http://localhost:" + port + "/actuator/health");
        assertThat(health.statusCode()).isEqualTo(200);
        assertThat(health.body())
                .contains("\"status\":\"UP\"")
                .contains("\"store\":{\"status\":\"UP\"}")
                .doesNotContain(store.queryEndpoint())
                .doesNotContain(tdb2.toString())
                .doesNotContain("\"details\"")
                .doesNotContain("\"mode\"");
        assertThat(SparqlHttp.get("http://localhost:" + port + "/actuator/health/readiness").statusCode()).isEqualTo(200);
        assertThat(SparqlHttp.get("http://localhost:" + port + "/actuator/health/liveness").statusCode()).isEqualTo(200);
    }

    @Test
    void healthDetailsReportTheEmbeddedStoreWithItsGraphs() {
        int files = ProjectFiles.tripleCounts(ProjectFiles.ROOT).size();
        assertThat(storeHealth.health().getStatus().getCode()).isEqualTo("UP");
        assertThat(storeHealth.health().getDetails())
                .containsEntry("mode", "embedded")
                .containsEntry("reachable", true)
                .containsEntry("completeLoad", true)
                .containsEntry("graphs", files)
                .containsEntry("refused", java.util.List.of());
    }

    @Test
    void queryEndpointRefusesUpdates() {
        String insert = "INSERT DATA { GRAPH <urn:x:g> { <urn:x:s> <urn:x:p> \"injected\" } }";
        String datasetUrl = store.queryEndpoint().replaceAll("/query$", "");
        for (String url : new String[] {datasetUrl + "/update", datasetUrl, store.queryEndpoint()}) {
            HttpResponse<String> response = SparqlHttp.postForm(url, "update", insert, "*/*");
            assertThat(response.statusCode()).as("update to %s", url).isBetween(400, 499);
        }
        HttpResponse<String> ask = SparqlHttp.postForm(store.queryEndpoint(), "query",
                "ASK { GRAPH ?g { ?s ?p \"injected\" } }", "application/sparql-results+json");
        assertThat(ask.body()).contains("\"boolean\" : false");
    }

    @Test
    void queryPastTheTimeoutIsCutWithAClearError() {
        long start = System.nanoTime();
        HttpResponse<String> response = SparqlHttp.postForm(store.queryEndpoint(), "query",
                "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i . ?j ?k ?l }",
                "application/sparql-results+json");
        long seconds = (System.nanoTime() - start) / 1_000_000_000L;
        assertThat(response.statusCode()).isEqualTo(503);
        assertThat(response.body()).containsIgnoringCase("timed out");
        assertThat(seconds).as("cut near the 2 s timeout").isLessThan(30);
    }

    @Test
    void serviceSparqlEndpointCutsAQueryPastTheTimeoutWithAProblemDetail() {
        HttpResponse<String> response = SparqlHttp.postForm("http://localhost:" + port + "/sparql", "query",
                "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i . ?j ?k ?l }",
                "application/sparql-results+json");
        assertThat(response.statusCode()).isEqualTo(503);
        assertThat(response.body()).contains("query-timeout").contains("timeout of 2 s");
    }
}
