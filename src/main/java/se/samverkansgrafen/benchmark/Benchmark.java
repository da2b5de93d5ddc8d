package se.samverkansgrafen.benchmark;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;

import se.samverkansgrafen.SamverkansgrafenApplication;
import se.samverkansgrafen.store.TripleStore;

/**
 * Prints latency figures for the service on its embedded default: the start with a full
 * load, then each endpoint over HTTP on loopback (sequential requests after a warm-up), then
 * the who-sits-where endpoints again while analysts keep /sparql busy with heavy queries.
 * Run with {@code ./mvnw -q compile exec:java@benchmark}. Speed is measured here, never in tests.
 */
public final class Benchmark {

    private static final int WARMUP = 50;
    private static final int REQUESTS = 300;
    private static final int HEAVY_CLIENTS = 4;

    private Benchmark() {
    }

    public static void main(String[] args) throws IOException, InterruptedException {
        String tdb2 = Files.createTempDirectory("benchmark-tdb2").resolve("db").toString();
        long start = System.nanoTime();
        try (ConfigurableApplicationContext context = SpringApplication.run(SamverkansgrafenApplication.class,
                "--server.port=0", "--samverkan.fuseki.port=0", "--samverkan.store.location=" + tdb2,
                "--logging.level.root=WARN", "--spring.main.banner-mode=off",
                // Heavy analyst queries run to this timeout during the measurement under load.
                "--samverkan.query.timeout=5")) {
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
            System.out.printf("%n%-40s %8s %8s %8s %8s %8s%n", "request (" + REQUESTS + " sequential)",
                    "p50 ms", "p95 ms", "p99 ms", "max ms", "req/s");
            for (Map.Entry<String, String> target : targets.entrySet()) {
                print(target.getKey(), measure(client, target.getKey(), target.getValue()));
            }
            underAnalystLoad(client, service, targets);
        }
    }

    /**
     * Who-sits-where requests while {@link #HEAVY_CLIENTS} analysts keep sending queries that run
     * to their timeout: the bounded /sparql slots should leave the API's p99 near its idle figure.
     */
    private static void underAnalystLoad(HttpClient client, String service, Map<String, String> targets)
            throws IOException, InterruptedException {
        List<String> whoSitsWhere = List.of("/api/groups/{id}?at=", "/api/organisations/{id}?at=", "/api/people/{id}");
        Map<String, Timings> idle = new LinkedHashMap<>();
        for (String name : whoSitsWhere) {
            idle.put(name, measure(client, name, targets.get(name)));
        }
        AtomicBoolean running = new AtomicBoolean(true);
        AtomicInteger heavyAnswered = new AtomicInteger();
        AtomicInteger heavyRefused = new AtomicInteger();
        HttpRequest heavy = HttpRequest.newBuilder(URI.create(service + "/sparql?query=" + encode(
                "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i }"))).GET().build();
        List<Thread> analysts = new ArrayList<>();
        for (int i = 0; i < HEAVY_CLIENTS; i++) {
            HttpClient own = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
            analysts.add(Thread.ofPlatform().start(() -> {
                while (running.get()) {
                    try {
                        int status = own.send(heavy, HttpResponse.BodyHandlers.discarding()).statusCode();
                        (status == 429 ? heavyRefused : heavyAnswered).incrementAndGet();
                        if (status == 429) {
                            Thread.sleep(100);
                        }
                    } catch (IOException | InterruptedException e) {
                        return;
                    }
                }
            }));
        }
        Thread.sleep(1000);
        System.out.printf("%nWho sits where, idle and with %d analysts sending queries that run to the timeout%n",
                HEAVY_CLIENTS);
        System.out.printf("%-40s %12s %12s %8s%n", "request", "idle p99 ms", "loaded p99", "ratio");
        for (String name : whoSitsWhere) {
            Timings loaded = measure(client, name, targets.get(name));
            System.out.printf("%-40s %12.2f %12.2f %8.2f%n", name, idle.get(name).p99(), loaded.p99(),
                    loaded.p99() / idle.get(name).p99());
        }
        running.set(false);
        for (Thread analyst : analysts) {
            analyst.join();
        }
        System.out.printf("(heavy queries: %d ran to their end or timeout, %d were told to retry with 429)%n",
                heavyAnswered.get(), heavyRefused.get());
    }

    private static Timings measure(HttpClient client, String name, String url) throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(URI.create(url))
                .header("Accept", "application/json, application/sparql-results+json").GET().build();
        for (int i = 0; i < WARMUP; i++) {
            check(client.send(request, HttpResponse.BodyHandlers.ofString()), name);
        }
        long[] nanos = new long[REQUESTS];
        long all = System.nanoTime();
        for (int i = 0; i < REQUESTS; i++) {
            long t = System.nanoTime();
            check(client.send(request, HttpResponse.BodyHandlers.ofString()), name);
            nanos[i] = System.nanoTime() - t;
        }
        double seconds = (System.nanoTime() - all) / 1e9;
        Arrays.sort(nanos);
        return new Timings(nanos, REQUESTS / seconds);
    }

    private static void print(String name, Timings timings) {
        System.out.printf("%-40s %8.2f %8.2f %8.2f %8.2f %8.0f%n", name, timings.p50(), timings.p95(), timings.p99(),
                timings.max(), timings.perSecond());
    }

    /** Sorted request latencies of one run. */
    private record Timings(long[] sortedNanos, double perSecond) {
        double p50() {
            return percentile(0.50);
        }

        double p95() {
            return percentile(0.95);
        }

        double p99() {
            return percentile(0.99);
        }

        double max() {
            return ms(sortedNanos[sortedNanos.length - 1]);
        }

        private double percentile(double fraction) {
            return ms(sortedNanos[(int) (sortedNanos.length * fraction)]);
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
