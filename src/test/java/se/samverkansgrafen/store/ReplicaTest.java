package se.samverkansgrafen.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.apache.jena.riot.RDFLanguages;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

import se.samverkansgrafen.SamverkansgrafenApplication;

/**
 * Replicas with a store each (README, "Beyond one machine"): two instances of the service,
 * each loading its own copy of the same data files into its own TDB2 store, answer every
 * named query of the catalogue, with the example parameters the catalogue gives, identically
 * over HTTP; their load records hold the same content hash for every file, the SHA-256 of
 * the file itself, and their graphs the same number of triples.
 */
class ReplicaTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String NO_PARAMETERS = "(no parameters)";

    @TempDir
    static Path work;

    private static ConfigurableApplicationContext replicaA;
    private static ConfigurableApplicationContext replicaB;

    @BeforeAll
    static void startTwoReplicas() throws IOException {
        replicaA = start("replica-a");
        replicaB = start("replica-b");
    }

    @AfterAll
    static void stopReplicas() {
        for (ConfigurableApplicationContext replica : new ConfigurableApplicationContext[] {replicaA, replicaB}) {
            if (replica != null) {
                replica.close();
            }
        }
    }

    /** One instance with its own copy of ontology/ and data/ and its own store; returns once its load is done. */
    private static ConfigurableApplicationContext start(String name) throws IOException {
        Path home = Files.createDirectories(work.resolve(name));
        Path root = Files.createDirectories(home.resolve("project"));
        ProjectFiles.copyTo(root);
        return new SpringApplicationBuilder(SamverkansgrafenApplication.class).run(
                "--server.port=0", "--samverkan.fuseki.port=0",
                "--samverkan.store.location=" + home.resolve("tdb2"),
                "--samverkan.data.root=" + root,
                "--samverkan.query.directory=" + ProjectFiles.ROOT.resolve("queries"),
                "--samverkan.drafts.directory=" + home.resolve("drafts"),
                "--spring.main.banner-mode=off");
    }

    private static String base(ConfigurableApplicationContext replica) {
        return "http://localhost:" + replica.getEnvironment().getProperty("local.server.port");
    }

    private static JsonNode getJson(String url) {
        HttpResponse<String> response = SparqlHttp.get(url, "application/json");
        assertThat(response.statusCode()).as("GET %s: %s", url, response.body()).isEqualTo(200);
        return JSON.readTree(response.body());
    }

    @Test
    void everyNamedQueryWithItsExampleAnswersIdenticallyOnBothReplicas() {
        JsonNode catalogue = getJson(base(replicaA) + "/api/queries");
        assertThat(getJson(base(replicaB) + "/api/queries")).as("the catalogues").isEqualTo(catalogue);
        assertThat(catalogue.size()).as("named queries in the catalogue").isGreaterThanOrEqualTo(20);

        List<String> different = new ArrayList<>();
        List<String> withRows = new ArrayList<>();
        for (JsonNode entry : catalogue) {
            String name = entry.path("name").asString();
            String path = "/api/queries/" + name + queryString(entry.path("example").asString());
            JsonNode a = getJson(base(replicaA) + path);
            JsonNode b = getJson(base(replicaB) + path);
            if (!a.equals(b)) {
                different.add(path + "\n  A: " + a + "\n  B: " + b);
            }
            if (!a.path("results").isEmpty()) {
                withRows.add(name);
            }
        }
        assertThat(different).as("named queries answered differently by the two replicas").isEmpty();
        // Identical answers prove something only when the answers hold something.
        assertThat(withRows).as("named queries whose example finds rows").hasSizeGreaterThan(catalogue.size() / 2)
                .contains("groups", "person-memberships", "group-members-on-date", "agreement-trace", "structure");
    }

    /** "a=b&c=d …" as the catalogue's example gives it, encoded; nothing for "(no parameters) …". */
    private static String queryString(String example) {
        if (example.startsWith(NO_PARAMETERS)) {
            return "";
        }
        return "?" + Stream.of(example.split("\\s+")[0].split("&")).map(pair -> pair.split("=", 2))
                .map(kv -> encode(kv[0]) + "=" + encode(kv[1])).collect(Collectors.joining("&"));
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    @Test
    void loadRecordsHoldTheSameContentHashesTheFilesThemselvesHave() throws IOException {
        Map<String, String> files = fileHashes(ProjectFiles.ROOT);
        assertThat(files).containsKeys("ontology/shapes.ttl", "data/reference/regions-and-municipalities.ttl");

        Map<String, String> recordsA = loadRecordHashes(base(replicaA));
        Map<String, String> recordsB = loadRecordHashes(base(replicaB));
        assertThat(recordsA).isEqualTo(files);
        assertThat(recordsB).isEqualTo(recordsA);
    }

    @Test
    void everyGraphHoldsTheSameNumberOfTriplesOnBothReplicas() {
        Map<String, Long> sizesA = new TreeMap<>(SparqlHttp.graphSizes(base(replicaA) + "/sparql"));
        Map<String, Long> sizesB = new TreeMap<>(SparqlHttp.graphSizes(base(replicaB) + "/sparql"));
        Map<String, Long> expected = new TreeMap<>();
        ProjectFiles.tripleCounts(ProjectFiles.ROOT).forEach((path, count) -> expected.put(GraphNames.forPath(path), count));

        assertThat(sizesA).containsAllEntriesOf(expected);
        assertThat(sizesB).isEqualTo(sizesA);
    }

    /** Path of every loaded file mapped to its SHA-256, as each replica's load record (read over /sparql) states it. */
    private static Map<String, String> loadRecordHashes(String base) {
        HttpResponse<String> response = SparqlHttp.postForm(base + "/sparql", "query", """
                PREFIX sg: <https://w3id.org/samverkan/def#>
                SELECT ?path ?hash WHERE {
                  GRAPH <%s> { ?graph sg:sourcePath ?path ; sg:sha256 ?hash }
                }""".formatted(GraphNames.LOAD_RECORD_GRAPH), "application/sparql-results+json");
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        Map<String, String> hashes = new TreeMap<>();
        for (JsonNode row : JSON.readTree(response.body()).path("results").path("bindings")) {
            hashes.put(row.path("path").path("value").asString(), row.path("hash").path("value").asString());
        }
        return hashes;
    }

    /** Relative path of every RDF file under ontology/ and data/ mapped to the SHA-256 of its bytes. */
    private static Map<String, String> fileHashes(Path root) throws IOException {
        Map<String, String> hashes = new TreeMap<>();
        for (String directory : ProjectFiles.DIRECTORIES) {
            try (Stream<Path> walk = Files.walk(root.resolve(directory))) {
                walk.filter(Files::isRegularFile)
                        .filter(f -> RDFLanguages.filenameToLang(f.toString()) != null)
                        .forEach(f -> hashes.put(root.relativize(f).toString().replace('\\', '/'), sha256(f)));
            }
        }
        return hashes;
    }

    private static String sha256(Path file) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
