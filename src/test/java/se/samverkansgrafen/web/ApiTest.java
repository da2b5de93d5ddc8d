package se.samverkansgrafen.web;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/**
 * Base of the API tests: the whole service on a random port with embedded Fuseki on a
 * free port over its own TDB2 database, loaded from the project's ontology/ and data/.
 * All subclasses share one Spring context. Requests go over real HTTP. The source texts
 * the pages show come from a temporary directory the tests write ({@link #SOURCE_TEXTS}),
 * so no test needs a folder outside the repository.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
public abstract class ApiTest {

    private static final HttpClient CLIENT = HttpClient.newHttpClient();
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Map<String, Path> STORES = new HashMap<>();
    private static Path sources;

    /**
     * The source texts the tests bring, by the file name the graph gives the document
     * (sg:fileName): the opening lines of the minutes 000 and 004, enough for the pages to show.
     */
    protected static final Map<String, String> SOURCE_TEXTS = Map.of(
            "000_dcf7ba001d6ee689.txt", """
                    Protokoll Chefsgrupp för samverkan social välfärd samt vård och omsorg
                    Tid: 11 november 2022
                    (Text written by the tests in place of the source minutes.)
                    """,
            "004_77f2909e1ce3d84a.txt", """
                    Minnesanteckningar Specifika samverkansrådet för folkhälsa
                    Tid: 17 maj 2024
                    (Text written by the tests in place of the source minutes.)
                    """);

    @LocalServerPort
    protected int port;

    @DynamicPropertySource
    static void embeddedStore(DynamicPropertyRegistry registry) {
        registry.add("samverkan.fuseki.port", () -> "0");
        registry.add("samverkan.store.location", () -> storeLocation("api"));
        registry.add("samverkan.sources.directory", ApiTest::sourcesDirectory);
    }

    private static synchronized String sourcesDirectory() {
        if (sources == null) {
            try {
                sources = Files.createTempDirectory("api-sources");
                for (Map.Entry<String, String> text : SOURCE_TEXTS.entrySet()) {
                    Files.writeString(sources.resolve(text.getKey()), text.getValue(), StandardCharsets.UTF_8);
                }
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
        }
        return sources.toString();
    }

    /**
     * A TDB2 directory of its own for each name, made once per test JVM. A subclass that
     * needs a Spring context of its own (other properties) must also use a store of its own:
     * a TDB2 database and its name index are opened by one context at a time.
     */
    protected static synchronized String storeLocation(String name) {
        return STORES.computeIfAbsent(name, key -> {
            try {
                return Files.createTempDirectory(key + "-tdb2").resolve("db");
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
        }).toString();
    }

    protected HttpResponse<String> get(String pathAndQuery, String accept) {
        return send(HttpRequest.newBuilder(uri(pathAndQuery)).header("Accept", accept).GET().build());
    }

    protected HttpResponse<String> get(String pathAndQuery) {
        return get(pathAndQuery, "application/json");
    }

    protected HttpResponse<String> post(String path, String contentType, String body, String accept) {
        return send(HttpRequest.newBuilder(uri(path)).header("Content-Type", contentType).header("Accept", accept)
                .POST(HttpRequest.BodyPublishers.ofString(body)).build());
    }

    /** GET expecting 200 and JSON. */
    protected JsonNode json(String pathAndQuery) {
        HttpResponse<String> response = get(pathAndQuery);
        if (response.statusCode() != 200) {
            throw new AssertionError("GET " + pathAndQuery + " -> " + response.statusCode() + ": " + response.body());
        }
        return JSON.readTree(response.body());
    }

    protected static JsonNode parse(String body) {
        return JSON.readTree(body);
    }

    private URI uri(String pathAndQuery) {
        return URI.create("http://localhost:" + port + pathAndQuery);
    }

    /** A request as built by the test (any method and headers), to the service's port. */
    protected HttpRequest.Builder request(String pathAndQuery) {
        return HttpRequest.newBuilder(uri(pathAndQuery));
    }

    protected static HttpResponse<String> send(HttpRequest request) {
        try {
            return CLIENT.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException | InterruptedException e) {
            throw new IllegalStateException(e);
        }
    }
}
