package se.samverkansgrafen.store;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/** Plain SPARQL 1.1 Protocol requests over HTTP, as any client would send them. */
final class SparqlHttp {

    private static final HttpClient CLIENT = HttpClient.newHttpClient();
    private static final ObjectMapper JSON = new ObjectMapper();

    private SparqlHttp() {
    }

    /** POSTs a form with one field and returns the response. */
    static HttpResponse<String> postForm(String url, String field, String value, String accept) {
        String body = field + "=" + URLEncoder.encode(value, StandardCharsets.UTF_8);
        HttpRequest request = HttpRequest.newBuilder(URI.create(url))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("Accept", accept)
                .POST(HttpRequest.BodyPublishers.ofString(body))
                .build();
        try {
            return CLIENT.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException | InterruptedException e) {
            throw new IllegalStateException("HTTP request to " + url + " failed", e);
        }
    }

    static HttpResponse<String> get(String url, String accept) {
        try {
            return CLIENT.send(HttpRequest.newBuilder(URI.create(url)).header("Accept", accept).GET().build(),
                    HttpResponse.BodyHandlers.ofString());
        } catch (IOException | InterruptedException e) {
            throw new IllegalStateException("HTTP request to " + url + " failed", e);
        }
    }

    static HttpResponse<String> get(String url) {
        try {
            return CLIENT.send(HttpRequest.newBuilder(URI.create(url)).GET().build(),
                    HttpResponse.BodyHandlers.ofString());
        } catch (IOException | InterruptedException e) {
            throw new IllegalStateException("HTTP request to " + url + " failed", e);
        }
    }

    /** Triples per named graph, read over HTTP from a SPARQL query endpoint. */
    static Map<String, Long> graphSizes(String queryEndpoint) {
        HttpResponse<String> response = postForm(queryEndpoint, "query",
                "SELECT ?g (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } } GROUP BY ?g",
                "application/sparql-results+json");
        if (response.statusCode() != 200) {
            throw new IllegalStateException("Query failed: " + response.statusCode() + " " + response.body());
        }
        Map<String, Long> sizes = new HashMap<>();
        for (JsonNode row : JSON.readTree(response.body()).path("results").path("bindings")) {
            sizes.put(row.path("g").path("value").asString(), row.path("n").path("value").asLong());
        }
        // Computed from the files' graphs at load time, not a file's graph itself.
        sizes.remove(GraphNames.DERIVED_GRAPH);
        return sizes;
    }
}
