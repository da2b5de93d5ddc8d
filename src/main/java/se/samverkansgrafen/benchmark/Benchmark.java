package se.samverkansgrafen.benchmark;

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
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;

import org.apache.jena.query.Query;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.ResultSetFormatter;
import org.apache.jena.rdfconnection.RDFConnection;
import org.apache.jena.system.Txn;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;

import se.samverkansgrafen.SamverkansgrafenApplication;
import se.samverkansgrafen.query.BoundQuery;
import se.samverkansgrafen.query.NamedQuery;
import se.samverkansgrafen.query.NamedQueryCatalog;
import se.samverkansgrafen.query.QueryRunner;
import se.samverkansgrafen.store.TripleStore;

/**
 * Prints, for each size asked for (S: the repository's data; M, L: generated data), the
 * latency of every API endpoint, page and named query at 1, 8 and 32 concurrent clients
 * with keep-alive, beside three references measured in the same run on the same store:
 * the same SPARQL sent straight to the embedded Fuseki over HTTP, the same queries run in
 * process (Jena QueryExecution on the dataset), and a Spring endpoint that does nothing
 * (the HTTP floor). With several sizes it prints how each figure grows, and which goals hold.
 * Run with {@code ./mvnw -q compile exec:java@benchmark -Dexec.args="--sizes S,M"}.
 * Speed is measured here, never in tests.
 */
public final class Benchmark {

    private static final String JSON = "application/json";
    private static final String HTML = "text/html";
    private static final String SPARQL_RESULTS = "application/sparql-results+json";
    private static final String POINT_LOOKUP =
            "SELECT ?n WHERE { <https://w3id.org/samverkan/id/person/%s> <http://xmlns.com/foaf/0.1/name> ?n }";

    /** Unmeasured requests per target before a size is measured (at most this many, for at most this long). */
    private static final int WARM_UP_REQUESTS = 200;
    private static final Duration WARM_UP_PER_TARGET = Duration.ofSeconds(3);

    /** Endpoints the goals name: who sits where, person, group, organisation, meeting and trace. */
    static final Set<String> GOAL_ENDPOINTS = Set.of("api /api/people/{id}", "api /api/groups/{id}?at=",
            "api /api/organisations/{id}?at=", "api /api/meetings/{id}", "api /api/agreements/{id}/trace",
            "page /people/{id}", "page /groups/{id}?at=", "page /organisations/{id}?at=", "page /meetings/{id}",
            "page /agreements/{id}", "query person-memberships", "query group-members-on-date",
            "query organisation-representatives", "query agreement-trace");

    private final BenchmarkOptions options;

    private Benchmark(BenchmarkOptions options) {
        this.options = options;
    }

    public static void main(String[] args) throws IOException, InterruptedException {
        BenchmarkOptions options = BenchmarkOptions.parse(args);
        new Benchmark(options).run();
    }

    /** A request the benchmark sends: its kind (api, page, query, sparql, floor), name, path and Accept. */
    record Target(String kind, String name, String path, String accept) {
        String label() {
            return kind + " " + name;
        }
    }

    /** One target at one concurrency: the service, and the references for the same work. */
    record Row(Timings service, Timings raw, Timings inProcess) {
    }

    /**
     * Everything measured at one size; {@code failures} names each target and concurrency whose
     * service measurement failed (a timeout, an error answer), with the reason.
     */
    record SizeResult(String size, long triples, Duration load, Examples examples, Map<Integer, Timings> floor,
            Map<String, Map<Integer, Row>> rows, Map<String, Integer> bytes, List<String> failures) {
    }

    /** A measurement, which may fail (a request timed out, the store answered an error). */
    private interface Measurement {
        Timings run() throws InterruptedException;
    }

    private void run() throws IOException, InterruptedException {
        System.out.printf("Benchmark: sizes %s, clients %s, up to %d requests or %.1f s per measurement, answer cache %s%n",
                options.sizes(), options.clients(), options.requests(), options.maxSeconds(),
                options.cached() ? "on (repeated requests are hits)" : "off");
        System.out.printf("(%d processors, max heap %d MB, Java %s)%n", Runtime.getRuntime().availableProcessors(),
                Runtime.getRuntime().maxMemory() >> 20, System.getProperty("java.version"));
        List<SizeResult> results = new ArrayList<>();
        for (String size : options.sizes()) {
            results.add(measureSize(size));
        }
        if (results.size() > 1) {
            printGrowth(results);
        }
        for (SizeResult result : results) {
            printGoals(result, results.getFirst().size().equals("S") ? results.getFirst() : null);
        }
    }

    private SizeResult measureSize(String size) throws IOException, InterruptedException {
        Path root = dataRoot(size);
        // A kept store is started on (the loader finds every file loaded and only checks hashes);
        // otherwise a fresh one is loaded.
        String tdb2 = options.stores() != null ? options.stores().toAbsolutePath().resolve(size).resolve("tdb2").toString()
                : Files.createTempDirectory("benchmark-" + size + "-tdb2").resolve("db").toString();
        boolean kept = Files.isDirectory(Path.of(tdb2));
        List<String> arguments = new ArrayList<>(List.of("--server.port=0", "--samverkan.fuseki.port=0",
                "--samverkan.store.location=" + tdb2, "--samverkan.data.root=" + root,
                "--spring.profiles.active=benchmark", "--logging.level.root=WARN", "--spring.main.banner-mode=off"));
        // Every client's /sparql lookup runs (the default slots, half the processors, would answer
        // the others 429), except when analysts are to fill the slots on purpose.
        int most = options.clients().stream().mapToInt(Integer::intValue).max().orElse(1);
        arguments.add("--samverkan.sparql.concurrency=" + (options.analysts() ? 0 : most));
        if (!options.cached()) {
            // Each request does its work, as its raw reference does (--cached measures the hits).
            arguments.add("--samverkan.query.cache-values=0");
        }
        if (options.analysts()) {
            // Heavy analyst queries run to this timeout during the measurement under load.
            arguments.add("--samverkan.query.timeout=5");
        }
        System.out.printf("%n=== Size %s: data under %s%n", size, root);
        long start = System.nanoTime();
        try (ConfigurableApplicationContext context = SpringApplication.run(SamverkansgrafenApplication.class,
                arguments.toArray(String[]::new))) {
            Duration load = Duration.ofNanos(System.nanoTime() - start);
            TripleStore store = context.getBean(TripleStore.class);
            long triples = countTriples(store);
            System.out.printf("%s: %.1f s, %,d triples%n", kept ? "Start on the kept TDB2 " + tdb2
                    : "Start with full load into a new TDB2", load.toMillis() / 1e3, triples);
            // Generated data that keeps the seeds is asked about the seeds' entities, so the growth
            // from S is the same answer in a larger graph; otherwise about typical entities.
            Examples examples = "S".equals(size) || Examples.holdsSeeds(store) ? Examples.ofSeeds()
                    : Examples.typical(store);
            System.out.println("Examples: " + examples.values());
            String service = "http://localhost:" + context.getEnvironment().getProperty("local.server.port");
            Measurer measurer = new Measurer(service, store, context.getBean(QueryRunner.class));
            List<Target> targets = targets(examples, context.getBean(NamedQueryCatalog.class));
            SizeResult result = measurer.measureAll(size, triples, load, examples, targets);
            if (options.analysts()) {
                measurer.underAnalystLoad(targets);
            }
            measurer.close();
            return result;
        }
    }

    /** S: the project itself. M, L: a directory of generated data files, served with the project's ontology. */
    private Path dataRoot(String size) throws IOException {
        if ("S".equals(size)) {
            return Path.of(".").toAbsolutePath().normalize();
        }
        Path data = options.data().get(size).toAbsolutePath().normalize();
        if (!Files.isDirectory(data)) {
            throw new IllegalArgumentException("No generated data for size " + size + " at " + data
                    + " (write it with the synth command, or name it with --data " + size + "=DIR)");
        }
        if (Files.isDirectory(data.resolve("ontology")) && Files.isDirectory(data.resolve("data"))) {
            return data;
        }
        // A root holding the project's ontology/ and the generated files as data/.
        Path root = Files.createTempDirectory("benchmark-" + size + "-root");
        Files.createSymbolicLink(root.resolve("ontology"), Path.of("ontology").toAbsolutePath());
        Files.createSymbolicLink(root.resolve("data"),
                Files.isDirectory(data.resolve("data")) ? data.resolve("data") : data);
        return root;
    }

    private List<Target> targets(Examples e, NamedQueryCatalog catalog) {
        String person = e.get("person");
        String group = e.get("group");
        String organisation = e.get("organisation");
        String meeting = e.get("meeting");
        String matter = e.get("matter");
        String q = encode(e.get("q"));
        List<Target> targets = new ArrayList<>();
        targets.add(new Target("floor", "Spring endpoint doing nothing", FloorController.PATH, "text/plain"));
        targets.add(new Target("sparql", "/sparql point lookup", "/sparql?query="
                + encode(POINT_LOOKUP.formatted(person)), SPARQL_RESULTS));
        targets.add(new Target("api", "/api/search?q=", "/api/search?q=" + q, JSON));
        targets.add(new Target("api", "/api/people?q=", "/api/people?q=" + q, JSON));
        targets.add(new Target("api", "/api/people/{id}", "/api/people/" + person, JSON));
        targets.add(new Target("api", "/api/groups", "/api/groups", JSON));
        targets.add(new Target("api", "/api/groups/{id}?at=", "/api/groups/" + group + "?at=" + e.get("at"), JSON));
        targets.add(new Target("api", "/api/organisations/{id}?at=", "/api/organisations/" + organisation + "?at="
                + e.get("organisationAt"), JSON));
        targets.add(new Target("api", "/api/meetings/{id}", "/api/meetings/" + meeting, JSON));
        targets.add(new Target("api", "/api/agreements", "/api/agreements", JSON));
        targets.add(new Target("api", "/api/agreements/{id}", "/api/agreements/" + matter, JSON));
        targets.add(new Target("api", "/api/agreements/{id}/trace", "/api/agreements/" + matter + "/trace", JSON));
        targets.add(new Target("api", "/api/queries", "/api/queries", JSON));
        targets.add(new Target("page", "/?q=", "/?q=" + q, HTML));
        targets.add(new Target("page", "/people/{id}", "/people/" + person, HTML));
        targets.add(new Target("page", "/groups", "/groups", HTML));
        targets.add(new Target("page", "/groups/{id}?at=", "/groups/" + group + "?at=" + e.get("at"), HTML));
        targets.add(new Target("page", "/organisations/{id}?at=", "/organisations/" + organisation + "?at="
                + e.get("organisationAt"), HTML));
        targets.add(new Target("page", "/meetings/{id}", "/meetings/" + meeting, HTML));
        targets.add(new Target("page", "/agreements", "/agreements", HTML));
        targets.add(new Target("page", "/agreements/{id}", "/agreements/" + matter, HTML));
        targets.add(new Target("page", "/structure", "/structure", HTML));
        targets.add(new Target("page", "/sparql-editor", "/sparql-editor", HTML));
        for (NamedQuery query : catalog.all()) {
            String parameters = e.parameters(query).entrySet().stream()
                    .map(p -> p.getKey() + "=" + encode(p.getValue())).collect(Collectors.joining("&"));
            targets.add(new Target("query", query.name(), "/api/queries/" + query.name()
                    + (parameters.isEmpty() ? "" : "?" + parameters), JSON));
        }
        return targets.stream().filter(t -> t.kind().equals("floor") || options.includes(t.label())).toList();
    }

    /** Sends the requests and runs the references on one running service. */
    private final class Measurer {

        private final String service;
        private final TripleStore store;
        private final QueryRunner runner;
        private final List<HttpClient> clients = new ArrayList<>();

        Measurer(String service, TripleStore store, QueryRunner runner) {
            this.service = service;
            this.store = store;
            this.runner = runner;
            int most = options.clients().stream().mapToInt(Integer::intValue).max().orElse(1);
            for (int i = 0; i < Math.max(most, 4); i++) {
                // HTTP/1.1 with keep-alive, as SPARQL clients speak to Fuseki; one connection pool per client.
                clients.add(HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build());
            }
        }

        SizeResult measureAll(String size, long triples, Duration load, Examples examples, List<Target> targets)
                throws InterruptedException {
            Map<Integer, Timings> floor = new LinkedHashMap<>();
            Map<String, Map<Integer, Row>> rows = new LinkedHashMap<>();
            Map<String, Integer> bytes = new LinkedHashMap<>();
            List<String> failures = new ArrayList<>();
            warmUp(targets);
            System.out.printf("%n%-46s %3s %5s %8s %8s %8s %7s %6s | %8s %8s | %6s %6s %6s%n", "target (size " + size + ")",
                    "c", "n", "p50 ms", "p95 ms", "p99 ms", "req/s", "KB", "raw p95", "inp p95", "x raw", "x inp",
                    "x floor");
            for (Target target : targets) {
                HttpRequest request = request(target);
                List<Query> work = new CopyOnWriteArrayList<>();
                runner.observe((query, binding) -> work.add(BoundQuery.substitute(query.query(), binding)));
                HttpResponse<byte[]> first;
                try {
                    first = send(clients.getFirst(), request);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                } finally {
                    runner.observe(null);
                }
                if (first.statusCode() != 200) {
                    System.out.printf("%-46s answered %d, left out: %s%n", target.label(), first.statusCode(),
                            new String(first.body(), StandardCharsets.UTF_8).lines().findFirst().orElse(""));
                    continue;
                }
                if (target.kind().equals("sparql")) {
                    work.add(QueryFactory.create(POINT_LOOKUP.formatted(examples.get("person"))));
                }
                bytes.put(target.label(), first.body().length);
                Map<Integer, Row> byClients = new LinkedHashMap<>();
                for (int c : options.clients()) {
                    Timings serviceTimings = attempt(target, c, "the service", () -> Timings.measure(c,
                            options.requests(), options.maxSeconds(), client -> check(send(clients.get(client), request), target)));
                    if (serviceTimings == null) {
                        // More clients would only wait longer for the same failure.
                        failures.add(String.format(Locale.ROOT, "%s at %d clients: the measurement failed", target.label(), c));
                        break;
                    }
                    if (target.kind().equals("floor")) {
                        floor.put(c, serviceTimings);
                    }
                    Timings raw = work.isEmpty() ? null : attempt(target, c, "raw Fuseki", () -> Timings.measure(c,
                            options.requests(), options.maxSeconds(), client -> sendRaw(clients.get(client), work)));
                    Timings inProcess = work.isEmpty() ? null : attempt(target, c, "in-process", () -> Timings.measure(c,
                            options.requests(), options.maxSeconds(), client -> runInProcess(work)));
                    Row row = new Row(serviceTimings, raw, inProcess);
                    byClients.put(c, row);
                    print(target, c, row, floor.get(c), first.body().length);
                }
                rows.put(target.label(), byClients);
            }
            return new SizeResult(size, triples, load, examples, floor, rows, bytes, failures);
        }

        /**
         * The measurement, or null when it failed: at L a whole-country list sent by 8 clients at
         * once can pass the query timeout, and that is a finding to print, not a reason to lose
         * the rest of the run.
         */
        private static Timings attempt(Target target, int clients, String what, Measurement measurement)
                throws InterruptedException {
            try {
                return measurement.run();
            } catch (RuntimeException e) {
                String reason = String.valueOf(e.getMessage()).lines().filter(line -> !line.isBlank())
                        .reduce((first, last) -> last).orElse(e.getClass().getSimpleName());
                System.out.printf("%-46s %3d failed for %s: %s%n", target.label(), clients, what, reason);
                return null;
            }
        }

        /** A GET of the target, asking for its media type. */
        private HttpRequest request(Target target) {
            return HttpRequest.newBuilder(URI.create(service + target.path())).header("Accept", target.accept()).GET()
                    .build();
        }

        /**
         * Each target answered a few times, unmeasured, before any is measured: the first size
         * would otherwise be measured on a JVM that has not compiled its hot paths yet, and its
         * figures, the base of the growth ratios, would flatter the larger sizes.
         */
        private void warmUp(List<Target> targets) throws InterruptedException {
            for (Target target : targets) {
                HttpRequest request = request(target);
                long until = System.nanoTime() + WARM_UP_PER_TARGET.toNanos();
                for (int i = 0; i < WARM_UP_REQUESTS && System.nanoTime() < until; i++) {
                    try {
                        send(clients.getFirst(), request);
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                }
            }
        }

        /** The same SPARQL the service ran for one request, sent straight to the embedded Fuseki in turn. */
        private void sendRaw(HttpClient client, List<Query> work) throws IOException, InterruptedException {
            for (Query query : work) {
                HttpRequest request = HttpRequest.newBuilder(URI.create(store.queryEndpoint()))
                        .header("Accept", SPARQL_RESULTS)
                        .header("Content-Type", "application/sparql-query")
                        .POST(HttpRequest.BodyPublishers.ofString(query.serialize(), StandardCharsets.UTF_8)).build();
                HttpResponse<byte[]> response = send(client, request);
                if (response.statusCode() != 200) {
                    throw new IllegalStateException("Fuseki answered " + response.statusCode() + " to "
                            + query + ": " + new String(response.body(), StandardCharsets.UTF_8));
                }
            }
        }

        /** The same queries run in this process on the dataset, every solution read. */
        private void runInProcess(List<Query> work) {
            try (RDFConnection conn = store.connect()) {
                Txn.executeRead(conn, () -> {
                    for (Query query : work) {
                        try (QueryExecution exec = conn.query(query)) {
                            ResultSetFormatter.consume(exec.execSelect());
                        }
                    }
                });
            }
        }

        /**
         * Who-sits-where requests while analysts keep sending queries that run to their
         * timeout: the bounded /sparql slots should leave the API's p99 near its idle figure.
         */
        void underAnalystLoad(List<Target> targets) throws InterruptedException {
            int heavyClients = 4;
            List<Target> whoSitsWhere = targets.stream().filter(t -> Set.of("api /api/groups/{id}?at=",
                    "api /api/organisations/{id}?at=", "api /api/people/{id}").contains(t.label())).toList();
            Map<Target, Timings> idle = new LinkedHashMap<>();
            for (Target target : whoSitsWhere) {
                idle.put(target, Timings.measure(1, options.requests(), options.maxSeconds(), client -> check(
                        send(clients.get(client), HttpRequest.newBuilder(URI.create(service + target.path())).build()),
                        target)));
            }
            AtomicBoolean running = new AtomicBoolean(true);
            AtomicInteger answered = new AtomicInteger();
            AtomicInteger refused = new AtomicInteger();
            HttpRequest heavy = HttpRequest.newBuilder(URI.create(service + "/sparql?query=" + encode(
                    "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i }"))).GET().build();
            List<Thread> analysts = new ArrayList<>();
            for (int i = 0; i < heavyClients; i++) {
                HttpClient own = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
                analysts.add(Thread.ofPlatform().start(() -> {
                    while (running.get()) {
                        try {
                            int status = own.send(heavy, HttpResponse.BodyHandlers.discarding()).statusCode();
                            (status == 429 ? refused : answered).incrementAndGet();
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
                    heavyClients);
            System.out.printf("%-46s %12s %12s %8s%n", "request", "idle p99 ms", "loaded p99", "ratio");
            for (Target target : whoSitsWhere) {
                Timings loaded = Timings.measure(1, options.requests(), options.maxSeconds(), client -> check(
                        send(clients.get(client), HttpRequest.newBuilder(URI.create(service + target.path())).build()),
                        target));
                System.out.printf("%-46s %12.2f %12.2f %8.2f%n", target.label(), idle.get(target).p99(), loaded.p99(),
                        loaded.p99() / idle.get(target).p99());
            }
            running.set(false);
            for (Thread analyst : analysts) {
                analyst.join();
            }
            System.out.printf("(heavy queries: %d ran to their end or timeout, %d were told to retry with 429)%n",
                    answered.get(), refused.get());
        }

        void close() {
            clients.forEach(HttpClient::close);
        }
    }

    /**
     * Sends on the client's keep-alive connection. A server may close an idle pooled
     * connection just as it is reused; that request is sent once more (its time counts).
     */
    private static HttpResponse<byte[]> send(HttpClient client, HttpRequest request)
            throws IOException, InterruptedException {
        try {
            return client.send(request, HttpResponse.BodyHandlers.ofByteArray());
        } catch (IOException closedWhileIdle) {
            return client.send(request, HttpResponse.BodyHandlers.ofByteArray());
        }
    }

    private static void check(HttpResponse<byte[]> response, Target target) {
        if (response.statusCode() != 200) {
            throw new IllegalStateException(target.label() + " answered " + response.statusCode() + ": "
                    + new String(response.body(), StandardCharsets.UTF_8));
        }
    }

    private static long countTriples(TripleStore store) {
        try (RDFConnection conn = store.connect()) {
            return Txn.calculateRead(conn, () -> {
                try (QueryExecution exec = conn.query("SELECT (COUNT(*) AS ?n) { GRAPH ?g { ?s ?p ?o } }")) {
                    return exec.execSelect().next().getLiteral("n").getLong();
                }
            });
        }
    }

    private static void print(Target target, int clients, Row row, Timings floor, int bytes) {
        Timings s = row.service();
        System.out.printf(Locale.ROOT, "%-46s %3d %5d %8.2f %8.2f %8.2f %7.0f %6.1f | %8s %8s | %6s %6s %6s%n",
                target.label(), clients, s.count(), s.p50(), s.p95(), s.p99(), s.perSecond(), bytes / 1024.0,
                row.raw() == null ? "" : fixed(row.raw().p95()), row.inProcess() == null ? "" : fixed(row.inProcess().p95()),
                row.raw() == null ? "" : fixed(s.p95() / row.raw().p95()),
                row.inProcess() == null ? "" : fixed(s.p95() / row.inProcess().p95()),
                floor == null || target.kind().equals("floor") ? "" : fixed(s.p50() / floor.p50()));
    }

    private static String fixed(double value) {
        return String.format(Locale.ROOT, "%.2f", value);
    }

    /** p50 at one client per size, and its growth from the first size; then p95 against raw Fuseki per size. */
    private void printGrowth(List<SizeResult> results) {
        SizeResult base = results.getFirst();
        StringBuilder header = new StringBuilder(String.format("%-46s", "growth: p50 ms at 1 client"));
        for (SizeResult r : results) {
            header.append(String.format(" %9s", r.size()));
            if (r != base) {
                header.append(String.format(" %7s", r.size() + "/" + base.size()));
            }
        }
        for (SizeResult r : results) {
            header.append(String.format(" %9s", "xraw " + r.size()));
        }
        System.out.printf("%n%s%n", header);
        System.out.printf("%-46s", "triples");
        for (SizeResult r : results) {
            System.out.printf(" %9s", r.triples() >= 1_000_000 ? String.format(Locale.ROOT, "%.1fM", r.triples() / 1e6)
                    : String.format(Locale.ROOT, "%.0fk", r.triples() / 1e3));
            if (r != base) {
                System.out.printf(Locale.ROOT, " %7.0f", (double) r.triples() / base.triples());
            }
        }
        System.out.println();
        int one = options.clients().getFirst();
        int eight = options.clients().contains(8) ? 8 : options.clients().getLast();
        for (String target : base.rows().keySet()) {
            StringBuilder line = new StringBuilder(String.format("%-46s", target));
            Row baseRow = base.rows().get(target).get(one);
            for (SizeResult r : results) {
                Row row = r.rows().getOrDefault(target, Map.of()).get(one);
                line.append(String.format(Locale.ROOT, " %9s", row == null ? "-" : fixed(row.service().p50())));
                if (r != base) {
                    line.append(String.format(Locale.ROOT, " %7s", row == null || baseRow == null ? "-"
                            : fixed(row.service().p50() / baseRow.service().p50())));
                }
            }
            for (SizeResult r : results) {
                Row row = r.rows().getOrDefault(target, Map.of()).get(eight);
                line.append(String.format(Locale.ROOT, " %9s", row == null || row.raw() == null ? "-"
                        : fixed(row.service().p95() / row.raw().p95())));
            }
            System.out.println(line);
        }
        System.out.printf("(xraw: p95 against the same SPARQL sent straight to Fuseki, at %d clients)%n", eight);
    }

    /** The goals, checked at one size (p50 growth only when S ran in the same run). */
    private void printGoals(SizeResult result, SizeResult s) {
        System.out.printf("%nGoals at size %s%n", result.size());
        List<String> failing = new ArrayList<>();
        int checked = 0;
        for (Map.Entry<String, Map<Integer, Row>> target : result.rows().entrySet()) {
            String name = target.getKey();
            for (Map.Entry<Integer, Row> level : target.getValue().entrySet()) {
                Row row = level.getValue();
                if (GOAL_ENDPOINTS.contains(name) && row.raw() != null) {
                    checked++;
                    double ratio = row.service().p95() / row.raw().p95();
                    if (ratio > 3) {
                        failing.add(String.format(Locale.ROOT, "%s at %d clients: p95 %.2fx raw Fuseki (goal <= 3x)",
                                name, level.getKey(), ratio));
                    }
                }
                if (level.getKey() == 8 && row.service().p99() > 200) {
                    failing.add(String.format(Locale.ROOT, "%s at 8 clients: p99 %.0f ms (goal <= 200 ms)", name,
                            row.service().p99()));
                }
                if (name.equals("sparql /sparql point lookup") && row.raw() != null
                        && row.service().p95() / row.raw().p95() > 1.2) {
                    failing.add(String.format(Locale.ROOT, "%s at %d clients: p95 %.2fx raw Fuseki (goal <= 1.2x)",
                            name, level.getKey(), row.service().p95() / row.raw().p95()));
                }
            }
            int one = options.clients().getFirst();
            if (s != null && s != result && GOAL_ENDPOINTS.contains(name) && target.getValue().containsKey(one)
                    && s.rows().getOrDefault(name, Map.of()).containsKey(one)) {
                double growth = target.getValue().get(one).service().p50() / s.rows().get(name).get(one).service().p50();
                if (growth > 2) {
                    failing.add(String.format(Locale.ROOT, "%s: p50 %.2fx its S figure (goal <= 2x)", name, growth));
                }
            }
        }
        failing.addAll(result.failures());
        System.out.printf("%d endpoint/concurrency pairs checked against raw Fuseki; %s%n", checked,
                failing.isEmpty() ? "every goal holds" : failing.size() + " misses:");
        failing.forEach(f -> System.out.println("  " + f));
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
