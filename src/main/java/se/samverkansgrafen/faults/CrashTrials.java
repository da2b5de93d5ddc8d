package se.samverkansgrafen.faults;

import java.io.IOException;
import java.io.PrintStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.apache.jena.riot.RDFLanguages;

/**
 * Crash trials: starts the service as a child JVM on a fresh TDB2 store over a copy of
 * ontology/ and data/ (plus a large generated file, so that a load takes a while), kills
 * it with SIGKILL at a random moment during the initial load, and later during reloads of
 * changed files, and after each kill opens the store as a restart does and checks that
 * every file's graph is its old or its new content, never a part, and that the load
 * records match the graphs. Between the phases and at the end the service is run to the
 * end of its load and must then serve everything.
 *
 * <pre>./mvnw -q compile exec:java@faults -Dexec.args="--trials 20 [--seed N] [--bulk TRIPLES]"</pre>
 *
 * Exits with 1 when any trial found the store inconsistent.
 */
public final class CrashTrials {

    static final String BULK = "data/fault/bulk.ttl";
    static final String SMALL = "data/fault/small.nt";
    private static final List<String> DIRECTORIES = List.of("ontology", "data");
    private static final Pattern LOAD_DONE = Pattern.compile("Load done in (\\d+) ms");
    private static final long FIRST_ESTIMATE_MILLIS = 4000;

    /**
     * @param trials      kills in all, half during the initial load and half during reloads
     * @param seed        seed of the random kill moments and generated contents
     * @param bulkTriples size of the generated file that makes each load take a while
     * @param projectRoot the checkout: its ontology/, data/, queries/ and target/ are used
     */
    public record Options(int trials, long seed, int bulkTriples, Path projectRoot) {
    }

    /** One kill: in which phase, when, how far the load had got, and what the store held afterwards. */
    public record Trial(String phase, int number, String moment, long filesWrittenBefore,
            int filesOld, int filesNew, List<String> violations) {

        @Override
        public String toString() {
            return "%-7s %2d: SIGKILL %s; %d files written before it. Store after restart: %d changed files old, %d new, %s"
                    .formatted(phase, number, moment, filesWrittenBefore, filesOld, filesNew,
                            violations.isEmpty() ? "none partial, load records match" : violations.size() + " VIOLATIONS");
        }
    }

    /** The trials run and every violation found, including those of the complete runs. */
    public record Report(long seed, List<Trial> trials, int killsAfterLoadEnded, List<String> violations) {
    }

    private final Options options;
    private final PrintStream out;
    private final Random random;
    private final Path dataRoot;
    private final Path tdb2;
    private final Map<String, FileVersion> onDisk = new TreeMap<>();
    /** How long the last write of each file took, to aim a kill into it. */
    private final Map<String, Long> writeMillis = new HashMap<>();
    private Map<String, FileVersion> stored = new TreeMap<>();
    private final List<Trial> trials = new ArrayList<>();
    private final List<String> violations = new ArrayList<>();
    private int killsAfterLoadEnded;
    private int version;
    private final Path work;
    private int runs;

    private CrashTrials(Options options, PrintStream out, Path work) {
        this.options = options;
        this.out = out;
        this.random = new Random(options.seed());
        this.dataRoot = work.resolve("project");
        this.tdb2 = work.resolve("tdb2");
        this.work = work;
    }

    public static void main(String[] args) throws Exception {
        int trials = 20;
        long seed = System.nanoTime();
        int bulk = 10_000;
        for (int i = 0; i + 1 < args.length; i += 2) {
            switch (args[i]) {
                case "--trials" -> trials = Integer.parseInt(args[i + 1]);
                case "--seed" -> seed = Long.parseLong(args[i + 1]);
                case "--bulk" -> bulk = Integer.parseInt(args[i + 1]);
                default -> throw new IllegalArgumentException("Unknown option " + args[i]
                        + " (known: --trials N, --seed N, --bulk TRIPLES)");
            }
        }
        Report report = run(new Options(trials, seed, bulk, Path.of("").toAbsolutePath()), System.out);
        System.exit(report.violations().isEmpty() ? 0 : 1);
    }

    public static Report run(Options options, PrintStream out) throws IOException, InterruptedException {
        Path work = Files.createTempDirectory("crash-trials");
        out.printf("Crash trials: %d kills, seed %d, generated file of %d triples, work directory %s%n",
                options.trials(), options.seed(), options.bulkTriples(), work);
        return new CrashTrials(options, out, work).run();
    }

    private Report run() throws IOException, InterruptedException {
        copyProjectFiles();
        writeGenerated();
        int initial = (options.trials() + 1) / 2;
        killDuringLoads("initial", initial);
        runToTheEnd("after the initial-load trials");
        killDuringLoads("reload", options.trials() - initial);
        runToTheEnd("after the reload trials");
        out.printf("%d trials, %d more kills came after the load had ended (not counted), %d violations%n",
                trials.size(), killsAfterLoadEnded, violations.size());
        violations.forEach(v -> out.println("  VIOLATION " + v));
        if (violations.isEmpty()) {
            delete(work);
        } else {
            out.println("The store and the service's logs are kept in " + work);
        }
        return new Report(options.seed(), List.copyOf(trials), killsAfterLoadEnded, List.copyOf(violations));
    }

    /**
     * Kills the service {@code count} times while it loads: half of the kills at a random
     * moment after the load started, half at a random moment into the write of a randomly
     * chosen changed file. A kill that came after the load had ended is not counted, and
     * the next random moment is drawn from a shorter span.
     */
    private void killDuringLoads(String phase, int count) throws IOException, InterruptedException {
        long span = FIRST_ESTIMATE_MILLIS;
        int misses = 0;
        while (trials.stream().filter(t -> t.phase().equals(phase)).count() < count) {
            if ("reload".equals(phase)) {
                writeGenerated();
            }
            List<String> toWrite = onDisk.keySet().stream()
                    .filter(path -> !onDisk.get(path).equals(stored.getOrDefault(path, FileVersion.ABSENT))).toList();
            String target = random.nextBoolean() && !toWrite.isEmpty() ? toWrite.get(random.nextInt(toWrite.size())) : null;
            String moment;
            long written;
            boolean ended;
            try (ServiceProcess service = ServiceProcess.start(options.projectRoot(), tdb2, dataRoot, nextLog())) {
                service.await(l -> l.contains("Load started"), "the start of the load");
                long delay;
                if (target != null) {
                    service.await(l -> l.contains("Writing " + target + " (") || l.contains("Load done"),
                            "the write of " + target);
                    delay = random.nextLong(Math.max(1, writeMillis.getOrDefault(target, 300L)));
                    moment = "%d ms into the write of %s".formatted(delay, target);
                } else {
                    delay = random.nextLong(Math.max(1, span));
                    moment = "%d ms after the load started".formatted(delay);
                }
                Thread.sleep(delay);
                service.kill();
                written = service.count("Loaded ");
                ended = service.count("Load done") > 0;
                toWrite.forEach(path -> {
                    long from = service.arrivalOf("Writing " + path + " (");
                    long to = service.arrivalOf("Loaded " + path + " into");
                    if (from >= 0 && to >= from) {
                        writeMillis.put(path, Math.max(1, (to - from) / 1_000_000));
                    }
                });
            }
            Trial trial = checkAfterKill(phase, moment, written);
            if (ended) {
                killsAfterLoadEnded++;
                span = Math.max(50, span / 2);
                if (++misses > 3 * count + 5) {
                    violations.add(phase + ": could not kill the service during its load in " + misses + " tries");
                    return;
                }
                out.println("        (the load had ended before the kill, not counted: " + trial + ")");
                if ("initial".equals(phase)) {
                    // The store is complete now; the next initial-load trial needs a fresh one.
                    delete(tdb2);
                    delete(tdb2.resolveSibling(tdb2.getFileName() + "-text"));
                    stored = new TreeMap<>();
                }
            } else {
                if (target == null && written == 0) {
                    span = Math.min(60_000, span * 3 / 2);
                }
                trials.add(trial);
                out.println(trial);
            }
        }
    }

    private Trial checkAfterKill(String phase, String moment, long written) {
        Map<String, Set<FileVersion>> allowed = new TreeMap<>();
        onDisk.forEach((path, now) -> {
            Set<FileVersion> versions = new LinkedHashSet<>();
            versions.add(stored.getOrDefault(path, FileVersion.ABSENT));
            versions.add(now);
            allowed.put(path, versions);
        });
        Map<String, FileVersion> found = new HashMap<>();
        List<String> trialViolations = StoreState.read(tdb2).check(allowed, found);
        int number = (int) trials.stream().filter(t -> t.phase().equals(phase)).count() + 1;
        trialViolations.forEach(v -> violations.add(phase + " " + number + ": " + v));
        int isNew = 0;
        int isOld = 0;
        for (Map.Entry<String, FileVersion> file : found.entrySet()) {
            boolean changed = !onDisk.get(file.getKey()).equals(stored.getOrDefault(file.getKey(), FileVersion.ABSENT));
            if (changed && file.getValue().equals(onDisk.get(file.getKey()))) {
                isNew++;
            } else if (changed) {
                isOld++;
            }
        }
        stored = new TreeMap<>(stored);
        stored.putAll(found);
        return new Trial(phase, number, moment, written, isOld, isNew, trialViolations);
    }

    /** Starts the service, lets its load end, checks that it serves, stops it, and checks the store holds every file whole. */
    private void runToTheEnd(String when) throws IOException, InterruptedException {
        try (ServiceProcess service = ServiceProcess.start(options.projectRoot(), tdb2, dataRoot, nextLog())) {
            Matcher done = LOAD_DONE.matcher(service.await(l -> LOAD_DONE.matcher(l).find(), "the end of the load"));
            done.find();
            int port = service.port();
            for (String path : List.of("/actuator/health/readiness", "/api/groups")) {
                int status = get("http://localhost:" + port + path);
                if (status != 200) {
                    violations.add(when + ": " + path + " answered " + status + " after the load");
                }
            }
            out.printf("Complete run %s: the load ended in %s ms, the service answers%n", when, done.group(1));
        }
        Map<String, Set<FileVersion>> allowed = new TreeMap<>();
        onDisk.forEach((path, now) -> allowed.put(path, Set.of(now)));
        Map<String, FileVersion> found = new HashMap<>();
        StoreState state = StoreState.read(tdb2);
        state.check(allowed, found).forEach(v -> violations.add(when + ": " + v));
        state.derivedFactsViolation().ifPresent(v -> violations.add(when + ": " + v));
        if (!state.marksCompleteLoad()) {
            violations.add(when + ": the store is not marked complete after a load that ended");
        }
        stored = new TreeMap<>(onDisk);
    }

    private static void delete(Path directory) throws IOException {
        if (!Files.exists(directory)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(directory)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        }
    }

    private Path nextLog() {
        return work.resolve("service-%02d.log".formatted(++runs));
    }

    private static int get(String url) throws IOException, InterruptedException {
        try (HttpClient client = HttpClient.newHttpClient()) {
            return client.send(HttpRequest.newBuilder(URI.create(url)).GET().build(),
                    HttpResponse.BodyHandlers.discarding()).statusCode();
        }
    }

    private void copyProjectFiles() throws IOException {
        for (String directory : DIRECTORIES) {
            Path source = options.projectRoot().resolve(directory);
            try (Stream<Path> files = Files.walk(source)) {
                for (Path file : files.toList()) {
                    Path target = dataRoot.resolve(options.projectRoot().relativize(file).toString());
                    if (Files.isDirectory(file)) {
                        Files.createDirectories(target);
                    } else {
                        Files.copy(file, target);
                        String path = dataRoot.relativize(target).toString().replace('\\', '/');
                        if (RDFLanguages.filenameToLang(file.getFileName().toString()) != null) {
                            onDisk.put(path, FileVersion.of("v0", target, Files.readAllBytes(target)));
                        }
                    }
                }
            }
        }
    }

    /** New contents of the generated files: every triple differs from the previous version's. */
    private void writeGenerated() throws IOException {
        String label = "v" + version++;
        StringBuilder bulk = new StringBuilder("@prefix f: <urn:fault:bulk/> .\n");
        long salt = random.nextLong();
        for (int i = 0; i < options.bulkTriples(); i++) {
            bulk.append("f:s").append(i).append(" f:p").append(i % 7).append(" \"")
                    .append(label).append(' ').append(salt).append(' ').append(i).append("\" .\n");
        }
        write(BULK, label, bulk.toString());
        write(SMALL, label, """
                <urn:fault:small> <urn:fault:version> "%s" .
                <urn:fault:small> <urn:fault:salt> "%d" .
                """.formatted(label, salt));
    }

    private void write(String path, String label, String content) throws IOException {
        Path file = dataRoot.resolve(path);
        Files.createDirectories(file.getParent());
        byte[] bytes = content.getBytes(StandardCharsets.UTF_8);
        Files.write(file, bytes);
        onDisk.put(path, FileVersion.of(label, file, bytes));
    }
}
