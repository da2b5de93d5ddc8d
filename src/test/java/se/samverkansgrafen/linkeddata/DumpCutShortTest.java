package se.samverkansgrafen.linkeddata;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import se.samverkansgrafen.query.QueryDirectoryCopy;
import se.samverkansgrafen.web.HttpTest;

/**
 * A dump that fails part-way is never a valid gzip file of part of the dataset. The service
 * runs with a copy of queries/ whose graph query gives the reference data's graphs ten
 * thousand generated triples each (so the dump's first bytes go out) and fails on the first
 * graph of minutes (a SERVICE call, which the service never makes).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class DumpCutShortTest {

    private static final String FAILING_GRAPH_TRIPLES = """
            # title: Triples of one named graph, failing on minutes
            # description: Test query: padded reference graphs, and a failure on the graphs of minutes.
            # param: graph iri - the named graph
            # example: graph=https://w3id.org/samverkan/graph/ontology/samverkan.ttl
            CONSTRUCT { ?s ?p ?o }
            WHERE {
              { GRAPH ?graph { ?s ?p ?o } }
              UNION
              { VALUES ?a { %1$s } VALUES ?b { %1$s }
                FILTER(CONTAINS(STR(?graph), "/data/reference/"))
                BIND(IRI(CONCAT("urn:test:", STR(?a), "-", STR(?b))) AS ?s)
                BIND(<urn:test:hash> AS ?p)
                BIND(SHA512(CONCAT(STR(?graph), STR(?a), "-", STR(?b))) AS ?o) }
              UNION
              { FILTER(CONTAINS(STR(?graph), "/data/sources/"))
                SERVICE <http://127.0.0.1:9/sparql> { ?s ?p ?o } }
            }
            """.formatted(QueryDirectoryCopy.numbersBelow(100));

    private static final Path QUERIES = QueryDirectoryCopy.with("dump-cut-short-queries",
            Map.of("linked-data/graph-triples.rq", FAILING_GRAPH_TRIPLES));
    // Not closed per request: closing a client waits for the bodies it is still to read.
    private static final HttpClient CLIENT = HttpClient.newHttpClient();

    @LocalServerPort
    int port;

    @DynamicPropertySource
    static void failingDump(DynamicPropertyRegistry registry) {
        registry.add("samverkan.fuseki.port", () -> "0");
        registry.add("samverkan.store.location", () -> HttpTest.storeLocation("dump-cut-short"));
        registry.add("samverkan.query.directory", QUERIES::toString);
    }

    @Test
    void aDumpFailingPartWayBreaksTheTransfer() throws Exception {
        HttpResponse<InputStream> response = CLIENT.send(
                HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/dumps/samverkan.nq.gz")).GET().build(),
                HttpResponse.BodyHandlers.ofInputStream());
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).hasValue("application/gzip");
        try (InputStream body = response.body()) {
            // A clean end here would be a whole gzip file of part of the dump.
            assertThatThrownBy(body::readAllBytes).isInstanceOf(IOException.class);
        }
    }
}
