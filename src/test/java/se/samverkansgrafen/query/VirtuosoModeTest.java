package se.samverkansgrafen.query;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.rdfconnection.RDFConnection;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFLanguages;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import se.samverkansgrafen.store.GraphLoader;
import se.samverkansgrafen.store.GraphNames;
import se.samverkansgrafen.store.LoadReport;
import se.samverkansgrafen.store.SeedStore;
import se.samverkansgrafen.store.StandaloneVirtuoso;
import se.samverkansgrafen.store.TripleStore;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/**
 * The service in external mode against OpenLink Virtuoso (samverkan.store.flavour=virtuoso):
 * a real virtuoso-t on free loopback ports over a database of its own, into which the service
 * loads ontology/ and data/ at start through SPARQL Update with digest authentication. Every
 * expectation of {@link NamedQueriesTest} is checked again through the service's query runner
 * on Virtuoso, and every named query with its example parameters answers through the API as
 * it does on Fuseki. Virtuoso is stopped and its database deleted after the tests.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class VirtuosoModeTest extends NamedQueriesTest {

    private static final Path ROOT = Path.of("").toAbsolutePath();
    private static final List<String> DIRECTORIES = List.of("ontology", "data");
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient CLIENT = HttpClient.newHttpClient();

    private static StandaloneVirtuoso virtuoso;

    @DynamicPropertySource
    static void virtuosoStore(DynamicPropertyRegistry registry) {
        registry.add("samverkan.store.url", () -> virtuoso().baseUrl());
        registry.add("samverkan.store.flavour", () -> "virtuoso");
        registry.add("samverkan.store.username", () -> StandaloneVirtuoso.USER);
        registry.add("samverkan.store.password", () -> StandaloneVirtuoso.PASSWORD);
        // Would fail if an embedded server were (wrongly) started.
        registry.add("samverkan.fuseki.port", () -> "1");
    }

    private static synchronized StandaloneVirtuoso virtuoso() {
        if (virtuoso == null) {
            virtuoso = StandaloneVirtuoso.start();
        }
        return virtuoso;
    }

    @AfterAll
    static void stopVirtuoso() {
        if (virtuoso != null) {
            virtuoso.close();
            virtuoso = null;
        }
    }

    @Autowired
    QueryRunner serviceRunner;

    @Autowired
    TripleStore store;

    @LocalServerPort
    int port;

    @Override
    protected QueryRunner runner() {
        return serviceRunner;
    }

    @Test
    void loadsEveryFileIntoItsOwnGraphWithItsLoadRecord() {
        Map<String, Long> expected = new TreeMap<>();
        rdfFiles().forEach(file -> expected.put(GraphNames.forPath(ROOT.relativize(file).toString().replace('\\', '/')),
                (long) RDFDataMgr.loadGraph(file.toString()).size()));
        Map<String, Long> served = new TreeMap<>();
        Map<String, Long> records = new TreeMap<>();
        try (RDFConnection conn = store.connect();
                QueryExecution exec = conn.query("""
                        SELECT ?g (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } } GROUP BY ?g""")) {
            exec.execSelect().forEachRemaining(row -> served.put(row.getResource("g").getURI(), row.getLiteral("n").getLong()));
        }
        // Virtuoso's own graphs (virtrdf:, ldp#…) are in the store too; ours are under the graph base.
        served.keySet().removeIf(g -> !g.startsWith("https://w3id.org/samverkan/graph/"));
        Long loadGraph = served.remove(GraphNames.LOAD_RECORD_GRAPH);
        // Facts derived from the files (read through sgd: properties) live in a graph of their own.
        Long derivedGraph = served.remove(GraphNames.DERIVED_GRAPH);
        try (RDFConnection conn = store.connect();
                QueryExecution exec = conn.query("""
                        PREFIX sg: <https://w3id.org/samverkan/def#>
                        SELECT ?g ?count WHERE { GRAPH <%s> { ?g sg:tripleCount ?count ; sg:sha256 ?hash } }"""
                        .formatted(GraphNames.LOAD_RECORD_GRAPH))) {
            exec.execSelect().forEachRemaining((QuerySolution row) ->
                    records.put(row.getResource("g").getURI(), row.getLiteral("count").getLong()));
        }
        assertThat(store.mode()).isEqualTo("external");
        assertThat(store.queryEndpoint()).isEqualTo(virtuoso().queryEndpoint());
        assertThat(served).isEqualTo(expected);
        assertThat(records).isEqualTo(expected);
        assertThat(loadGraph).isNotNull();
        assertThat(derivedGraph).isNotNull().isPositive();
        assertThat(new GraphLoader(store).holdsCompleteLoad()).isTrue();
    }

    @Test
    void aSecondLoadFindsEverythingUnchanged() {
        LoadReport again = new GraphLoader(store).load(ROOT, DIRECTORIES, "ontology/shapes.ttl");
        assertThat(again.loaded()).isEmpty();
        assertThat(again.refused()).isEmpty();
        assertThat(again.unchanged()).hasSize(rdfFiles().size());
    }

    @Test
    void healthReportsTheStoreUpAndReady() {
        assertThat(get("/actuator/health/readiness").statusCode()).isEqualTo(200);
        assertThat(get("/actuator/health").body()).contains("\"store\":{\"status\":\"UP\"}");
    }

    @Test
    void theCatalogueHoldsThePortableNameSearch() {
        NamedQuery search = serviceRunner.catalog().get("name-search");
        assertThat(search.text()).doesNotContain("text:query");
        assertThat(search.parameters()).extracting(QueryParameter::name).containsExactly("q", "only");
    }

    @Test
    void nameSearchThroughTheApiForgivesDiacriticsAndInflection() {
        assertThat(json("/api/search?q=Angman").toString()).contains("\"entityId\":\"ingmar-angman\"");
        assertThat(json("/api/search?q=" + encode("Nora kommunens")).toString()).contains("\"entityId\":\"kommun-nora\"");
        assertThat(json("/api/queries/name-search?q=" + encode("\" } DROP ALL # Angman")).path("results")).isEmpty();
    }

    /**
     * Each named query with its example parameters answers through the API on Virtuoso with the
     * rows the same query gives on Fuseki (the seed store); the name search, whose portable form
     * scores otherwise, must find the same first entity. A GROUP_CONCAT over no values is ""
     * on Virtuoso and no value on Fuseki; both count as no value, and the parts of a
     * concatenation are compared in any order (but each as often as it occurs), and where a
     * label joins several, the one IRI sampled beside it is left out.
     */
    @Test
    void everyNamedQueryAnswersThroughTheApiAsOnFuseki() {
        SoftAssertions softly = new SoftAssertions();
        QueryRunner fuseki = new QueryRunner(SeedStore.tripleStore(), NamedQueryCatalog.load(Path.of("queries")),
                Duration.ofSeconds(30));
        List<String> checked = new ArrayList<>();
        for (NamedQuery query : serviceRunner.catalog().all()) {
            Map<String, String> example = example(query.example());
            StringBuilder path = new StringBuilder("/api/queries/" + query.name());
            example.forEach((name, value) -> path.append(path.indexOf("?") < 0 ? '?' : '&')
                    .append(name).append('=').append(encode(value)));
            HttpResponse<String> answer = get(path.toString());
            softly.assertThat(answer.statusCode()).as("%s: %s", path, answer.body()).isEqualTo(200);
            if (answer.statusCode() != 200) {
                continue;
            }
            JsonNode actual = JSON.readTree(answer.body()).path("results");
            JsonNode expected = JSON.valueToTree(fuseki.select(query.name(), example).withIds());
            if (query.name().equals("name-search")) {
                softly.assertThat(actual.path(0).path("entity")).isEqualTo(expected.path(0).path("entity"));
            } else {
                softly.assertThat(rows(actual)).as("%s with %s", query.name(), example).isEqualTo(rows(expected));
            }
            checked.add(query.name());
        }
        softly.assertAll();
        assertThat(checked).hasSize(serviceRunner.catalog().all().size()).contains("group-members-on-date");
    }

    /** Rows as sorted text, so that queries without ORDER BY compare whatever order each store gives. */
    private static List<String> rows(JsonNode results) {
        List<String> rows = new ArrayList<>();
        results.forEach(row -> {
            Map<String, Object> values = new TreeMap<>();
            row.properties().forEach(field -> {
                JsonNode value = field.getValue();
                if (value.isString() && (value.asString().contains("; ") || value.asString().contains(" | "))) {
                    // GROUP_CONCAT's order is not defined: each store joins in its own (every part counts).
                    values.put(field.getKey(),
                            Stream.of(value.asString().split("; | \\| ")).sorted().toList().toString());
                } else if (!(value.isString() && value.asString().isEmpty())) {
                    values.put(field.getKey(), value.toString());
                }
            });
            // A step handled by several groups names one of them (SAMPLE), whichever each store
            // meets first: where the label joins several, the sampled IRI is not compared.
            row.properties().forEach(field -> {
                JsonNode label = row.path(field.getKey() + "Label");
                if (label.isString() && label.asString().contains("; ")) {
                    values.remove(field.getKey());
                    values.remove(field.getKey() + "Id");
                }
            });
            rows.add(values.toString());
        });
        rows.sort(null);
        return rows;
    }

    /** The parameters of an example line ("person=x&at=2023-03-01"); "(no parameters) curl …" has none. */
    private static Map<String, String> example(String example) {
        Map<String, String> values = new LinkedHashMap<>();
        if (!example.startsWith("(")) {
            for (String pair : example.strip().split("&")) {
                int eq = pair.indexOf('=');
                values.put(pair.substring(0, eq), pair.substring(eq + 1));
            }
        }
        return values;
    }

    private static List<Path> rdfFiles() {
        List<Path> files = new ArrayList<>();
        for (String directory : DIRECTORIES) {
            try (Stream<Path> walk = Files.walk(ROOT.resolve(directory))) {
                walk.filter(Files::isRegularFile).filter(f -> RDFLanguages.filenameToLang(f.toString()) != null)
                        .forEach(files::add);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return files;
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
    }

    private HttpResponse<String> get(String path) {
        try {
            return CLIENT.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                    .header("Accept", "application/json").GET().build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private JsonNode json(String path) {
        HttpResponse<String> response = get(path);
        assertThat(response.statusCode()).as("%s: %s", path, response.body()).isEqualTo(200);
        return JSON.readTree(response.body());
    }
}
