package se.samverkansgrafen.benchmark;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;

import se.samverkansgrafen.SamverkansgrafenApplication;
import se.samverkansgrafen.store.TripleStore;

/**
 * Prints latency figures for the service on its embedded default: the start with a full
 * load, then each endpoint over HTTP on loopback (sequential requests after a warm-up).
 * Run with {@code ./mvnw -q compile exec:java@benchmark}. Speed is measured here, never in tests.
 */
public final class Benchmark {

    private static final int WARMUP = 50;
    private static final int REQUESTS = 300;

    private Benchmark() {
    }

    public static void main(String[] args) throws IOException, InterruptedException {
        String tdb2 = Files.createTempDirectory("benchmark-tdb2").resolve("db").toString();
        long start = System.nanoTime();
        try (ConfigurableApplicationContext context = SpringApplication.run(SamverkansgrafenApplication.class,
                "--server.port=0", "--samverkan.fuseki.port=0", "--samverkan.store.location=" + tdb2,
                "--logging.level.root=WARN", "--spring.main.banner-mode=off")) {
            System.out.printf("Start with full load into a new TDB2: %d ms%n", (System.nanoTime() - start) / 1_000_000);
            String service = "http://localhost:" + context.getEnvironment().getProperty("local.server.port");
            String fuseki = context.getBean(TripleStore.class).queryEndpoint();

            Map<String, String> targets = new LinkedHashMap<>();
            targets.put("Fuseki point lookup (SELECT by IRI)", fuseki + "?query=" + encode(
                    "SELECT ?n WHERE { <https://w3id.org/samverkan/id/person/ingmar-angman> <http://xmlns.com/foaf/0.1/name> ?n }"));
            targets.put("/sparql point lookup", service + "/sparql?query=" + encode(
                    "SELECT ?n WHERE { <https://w3id.org/samverkan/id/person/ingmar-angman> <http://xmlns.com/foaf/0.1/name> ?n }"));
            targets.put("/api/search?q=Angman", service + "/api/search?q=Angman");
            targets.put("/api/people/{id}", service + "/api/people/ingmar-angman");
            targets.put("/api/groups/{id}?at=", service + "/api/groups/orebro-chefsgrupp-svvo?at=2022-12-01");
            targets.put("/api/organisations/{id}?at=", service + "/api/organisations/kommun-nora?at=2023-06-01");
            targets.put("/api/meetings/{id}", service + "/api/meetings/orebro-chefsgrupp-svvo-2022-11-11");
            targets.put("/api/agreements/{id}/trace", service + "/api/agreements/orebro-overenskommelse-hsv-i-hemmet/trace");

            // HTTP/1.1 with keep-alive, as SPARQL clients speak to Fuseki.
            HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
            System.out.printf("%n%-40s %8s %8s %8s %8s%n", "request (" + REQUESTS + " sequential)", "p50 ms", "p95 ms", "max ms", "req/s");
            for (Map.Entry<String, String> target : targets.entrySet()) {
                HttpRequest request = HttpRequest.newBuilder(URI.create(target.getValue()))
                        .header("Accept", "application/json, application/sparql-results+json").GET().build();
                for (int i = 0; i < WARMUP; i++) {
                    check(client.send(request, HttpResponse.BodyHandlers.ofString()), target.getKey());
                }
                long[] nanos = new long[REQUESTS];
                long all = System.nanoTime();
                for (int i = 0; i < REQUESTS; i++) {
                    long t = System.nanoTime();
                    check(client.send(request, HttpResponse.BodyHandlers.ofString()), target.getKey());
                    nanos[i] = System.nanoTime() - t;
                }
                double seconds = (System.nanoTime() - all) / 1e9;
                Arrays.sort(nanos);
                System.out.printf("%-40s %8.2f %8.2f %8.2f %8.0f%n", target.getKey(), ms(nanos[REQUESTS / 2]),
                        ms(nanos[(int) (REQUESTS * 0.95)]), ms(nanos[REQUESTS - 1]), REQUESTS / seconds);
            }
        }
    }

    private static void check(HttpResponse<String> response, String name) {
        if (response.statusCode() != 200) {
            throw new IllegalStateException(name + " answered " + response.statusCode() + ": " + response.body());
        }
    }

    private static double ms(long nanos) {
        return nanos / 1e6;
    }

    private static String encode(String value) {
        return java.net.URLEncoder.encode(value, java.nio.charset.StandardCharsets.UTF_8);
    }
}
