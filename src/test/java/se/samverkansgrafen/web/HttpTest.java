package se.samverkansgrafen.web;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

import org.springframework.boot.test.web.server.LocalServerPort;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/**
 * Requests over real HTTP to the service a Spring test context started on a random port,
 * and the TDB2 directories such contexts use. {@link ApiTest} is the shared context most
 * tests use; a test that needs other properties extends this with a context of its own.
 */
public abstract class HttpTest {

    private static final HttpClient CLIENT = HttpClient.newHttpClient();
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Map<String, Path> STORES = new HashMap<>();

    @LocalServerPort
    protected int port;

    /**
     * A TDB2 directory of its own for each name, made once per test JVM. A subclass that
     * needs a Spring context of its own (other properties) must also use a store of its own:
     * a TDB2 database and its name index are opened by one context at a time.
     */
    /** Deletes a directory tree if it exists (a store left by an earlier run). */
    protected static void deleteRecursively(Path directory) {
        if (!Files.exists(directory)) {
            return;
        }
        try (var paths = Files.walk(directory)) {
            for (Path path : paths.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    public static synchronized String storeLocation(String name) {
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
