package se.samverkansgrafen.sparql;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.CompletableFuture;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import se.samverkansgrafen.store.TripleStore;
import se.samverkansgrafen.web.HttpTest;

/**
 * The bounds on analysts' queries, with limits small enough to reach on the seed data:
 * a query that backtracks forever, a result that would fill the memory, a query text that
 * would take long to parse, nesting too deep for the parser, and more queries at once
 * than there are slots. Each ends with a clear 4xx or 503, and the service keeps answering.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class BoundedQueriesTest extends HttpTest {

    /** Catastrophic backtracking: (a+)+ with a back-reference on a string that almost matches. */
    static final String BACKTRACKING_REGEX = "SELECT * WHERE { BIND(\"aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa!\" AS ?s) "
            + "FILTER(REGEX(?s, \"^(a+)+\\\\1$\")) }";
    private static final String COUNT_MEETINGS = "PREFIX sg: <https://w3id.org/samverkan/def#> "
            + "SELECT (COUNT(?m) AS ?meetings) WHERE { ?m a sg:Meeting }";

    @Autowired
    TripleStore store;

    @DynamicPropertySource
    static void smallLimits(DynamicPropertyRegistry registry) {
        registry.add("samverkan.fuseki.port", () -> "0");
        registry.add("samverkan.store.location", () -> storeLocation("bounded-queries"));
        registry.add("samverkan.query.timeout", () -> "2");
        registry.add("samverkan.sparql.max-rows", () -> "50");
        registry.add("samverkan.sparql.max-result-size", () -> "20KB");
        registry.add("samverkan.sparql.max-query-size", () -> "20KB");
        registry.add("samverkan.sparql.concurrency", () -> "1");
    }

    private static String query(String text) {
        return "/sparql?query=" + URLEncoder.encode(text, StandardCharsets.UTF_8);
    }

    @Test
    void backtrackingRegexIsCutAtTheTimeout() {
        HttpResponse<String> cut = get(query(BACKTRACKING_REGEX), "application/json");
        assertThat(cut.statusCode()).isEqualTo(503);
        assertThat(cut.body()).contains("query-timeout");
        String replace = BACKTRACKING_REGEX.replace("FILTER(REGEX(?s, \"^(a+)+\\\\1$\"))",
                "BIND(REPLACE(?s, \"^(a+)+\\\\1$\", \"x\") AS ?r)");
        assertThat(get(query(replace), "application/json").statusCode()).isEqualTo(503);
        assertThat(get(query(COUNT_MEETINGS), "text/csv").body()).contains("5");
    }

    @Test
    void backtrackingRegexIsCutOnTheEmbeddedFusekiToo() throws Exception {
        HttpResponse<String> cut = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(store.queryEndpoint()
                + "?query=" + URLEncoder.encode(BACKTRACKING_REGEX, StandardCharsets.UTF_8))).GET().build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(cut.statusCode()).isEqualTo(503);
    }

    @Test
    void boundedRegexAndReplaceStillAnswerOrdinaryQueries() {
        String regex = "PREFIX foaf: <http://xmlns.com/foaf/0.1/> SELECT ?name WHERE { ?p foaf:name ?name "
                + "FILTER(REGEX(?name, \"^ingmar\", \"i\")) BIND(REPLACE(?name, \"Å\", \"A\") AS ?folded) }";
        assertThat(get(query(regex), "text/csv").body().lines().toList()).containsExactly("name", "Ingmar Ångman");
        String replace = "SELECT ?r WHERE { BIND(REPLACE(\"Ångman\"@sv, \"Å\", \"A\") AS ?r) }";
        assertThat(get(query(replace), "application/sparql-results+json").body())
                .contains("\"Angman\"").contains("\"xml:lang\"");
    }

    @Test
    void hugeResultIsCappedAndSaysSo() {
        HttpResponse<String> capped = get(query("SELECT ?s ?p ?o WHERE { ?s ?p ?o . ?x ?y ?z } LIMIT 100000000"), "text/csv");
        assertThat(capped.statusCode()).isEqualTo(200);
        assertThat(capped.body().lines().count()).isEqualTo(1 + 50);
        assertThat(capped.headers().firstValue(AnalystQueries.ROW_LIMIT_HEADER)).hasValue("50");
        assertThat(capped.headers().firstValue(AnalystQueries.TRUNCATED_HEADER)).hasValueSatisfying(
                note -> assertThat(note).startsWith("rows"));
        HttpResponse<String> whole = get(query("SELECT ?s WHERE { ?s a <http://xmlns.com/foaf/0.1/Person> } LIMIT 10"), "text/csv");
        assertThat(whole.body().lines().count()).isEqualTo(1 + 10);
        assertThat(whole.headers().firstValue(AnalystQueries.TRUNCATED_HEADER)).isEmpty();
        HttpResponse<String> graph = get(query("CONSTRUCT { ?s ?p ?o } WHERE { ?s ?p ?o }"), "application/n-triples");
        assertThat(graph.body().lines().count()).isEqualTo(50);
        assertThat(graph.headers().firstValue(AnalystQueries.TRUNCATED_HEADER)).isPresent();
    }

    @Test
    void answerOverTheByteCapIsRefused() {
        HttpResponse<String> big = get(query("SELECT (GROUP_CONCAT(STR(?o)) AS ?all) WHERE { ?s ?p ?o }"), "text/csv");
        assertThat(big.statusCode()).isEqualTo(422);
        assertThat(big.body()).contains("result-too-large");
    }

    @Test
    void queryTextOverTheSizeLimitGets413() throws Exception {
        String padding = "#" + "x".repeat(25_000) + "\n";
        String large = padding + COUNT_MEETINGS;
        HttpResponse<String> direct = post("/sparql", "application/sparql-query", large, "text/csv");
        assertThat(direct.statusCode()).isEqualTo(413);
        assertThat(direct.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        assertThat(direct.body()).contains("query-too-large");
        // A client that sends Expect: 100-continue hears the refusal before it sends 5 MB.
        String fiveMegabytes = "#" + "x".repeat(5_000_000) + "\n" + COUNT_MEETINGS;
        HttpResponse<String> huge = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(
                "http://localhost:" + port + "/sparql")).expectContinue(true).header("Content-Type", "application/sparql-query")
                .POST(HttpRequest.BodyPublishers.ofString(fiveMegabytes)).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(huge.statusCode()).isEqualTo(413);
        HttpResponse<String> form = post("/sparql", "application/x-www-form-urlencoded",
                "query=" + URLEncoder.encode(large, StandardCharsets.UTF_8), "text/csv");
        assertThat(form.statusCode()).isEqualTo(413);
        assertThat(form.body()).contains("query-too-large");
    }

    @Test
    void queriesBeyondTheSlotsAreToldToRetry() throws Exception {
        HttpResponse<String> refused = null;
        for (int attempt = 0; attempt < 5 && refused == null; attempt++) {
            CompletableFuture<HttpResponse<String>> busy = CompletableFuture.supplyAsync(
                    () -> get(query(BACKTRACKING_REGEX), "application/json"));
            Thread.sleep(500); // let it take the only slot; it holds it until the 2 s timeout
            HttpResponse<String> another = get(query(COUNT_MEETINGS), "text/csv");
            if (another.statusCode() == 429) {
                refused = another;
                assertThat(busy.get().statusCode()).isEqualTo(503);
            }
            busy.get();
        }
        assertThat(refused).as("a query sent while the only slot is busy").isNotNull();
        assertThat(refused.headers().firstValue("Retry-After")).hasValue("5");
        assertThat(refused.body()).contains("too-many-queries");
        assertThat(get(query(COUNT_MEETINGS), "text/csv").statusCode()).isEqualTo(200);
    }
}
