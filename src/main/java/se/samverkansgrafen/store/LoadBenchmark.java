package se.samverkansgrafen.store;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.UnaryOperator;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFWriter;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.apache.jena.system.progress.MonitorOutput;
import org.apache.jena.tdb2.DatabaseMgr;
import org.apache.jena.tdb2.loader.DataLoader;
import org.apache.jena.tdb2.loader.LoaderFactory;
import org.apache.jena.tdb2.sys.TDBInternal;

/**
 * Measures loading at scale on a fresh TDB2 database on disk: the first (bulk) load with
 * its shape checks, a start on the loaded store with nothing changed, one changed file
 * reloaded and checked, one change that breaks the shapes refused, and TDB2's own loaders on
 * the same quads. Prints triples per second, wall-clock times, ratios and the heap.
 *
 * <pre>
 * MAVEN_OPTS=-Xmx4g ./mvnw -q compile exec:java@load-benchmark -Dexec.args="--data var/synth/M"
 * MAVEN_OPTS=-Xmx4g ./mvnw -q compile exec:java@load-benchmark -Dexec.args="--copies 130"
 * MAVEN_OPTS=-Xmx4g ./mvnw -q compile exec:java@load-benchmark -Dexec.args="--data var/synth/L --kept var/bench/L/tdb2"
 * </pre>
 *
 * {@code --data DIR} loads DIR's {@code ontology/} and {@code data/} (the repository's
 * {@code ontology/} when DIR has none); {@code --copies N} instead writes N copies of the
 * repository's {@code data/}, every entity IRI renamed per copy, under
 * {@code target/load-benchmark/} and loads those. As references it then loads what the store
 * holds, as N-Quads, with TDB2's own sequential and parallel loaders (skipped with
 * {@code --no-reference}), so that the load rate reads as a ratio to what TDB2 itself does on
 * the same machine in the same run. {@code --kept TDB2DIR} skips the fresh load and measures
 * the start and the changes on a store already loaded from the same data.
 */
public final class LoadBenchmark {

    private static final Path PROJECT = Path.of("").toAbsolutePath();
    private static final Path WORK = PROJECT.resolve("target/load-benchmark");
    private static final Pattern ENTITY_IRI = Pattern.compile("(https://w3id\\.org/samverkan/id/[a-z-]+/)");
    private static final String SHAPES = "ontology/shapes.ttl";

    private final PrintStream out = System.out;

    private LoadBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        Path data = null;
        int copies = 0;
        Path kept = null;
        boolean references = true;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--data" -> data = Path.of(args[++i]).toAbsolutePath();
                case "--copies" -> copies = Integer.parseInt(args[++i]);
                case "--kept" -> kept = Path.of(args[++i]).toAbsolutePath();
                case "--no-reference" -> references = false;
                default -> throw new IllegalArgumentException("Unknown argument " + args[i]
                        + " (use --data DIR or --copies N, --kept TDB2DIR to measure a store DIR was loaded"
                        + " into, and --no-reference to skip TDB2's own loaders)");
            }
        }
        if (data == null && copies <= 0) {
            throw new IllegalArgumentException("Give --data DIR (holding data/, and ontology/ if it has its own) or --copies N");
        }
        if (kept != null) {
            new LoadBenchmark().runOnKept(data != null ? data : scaledCopies(copies), kept);
        } else {
            new LoadBenchmark().run(data != null ? data : scaledCopies(copies), references);
        }
        System.exit(0);
    }

    /** Only the start and the changes, on a store already loaded from the same data (seconds, not minutes). */
    private void runOnKept(Path data, Path tdb2) throws IOException {
        Path root = Files.createDirectories(WORK.resolve("root"));
        prepareRoot(root, data);
        out.printf(Locale.ROOT, "Data: %s; kept store %s; heap max %d MB; %d processors%n", data, tdb2,
                Runtime.getRuntime().maxMemory() >> 20, Runtime.getRuntime().availableProcessors());
        measureStartAndChanges(root, List.of("ontology", "data"), tdb2);
    }

    private void run(Path data, boolean references) throws IOException {
        Path root = Files.createDirectories(WORK.resolve("root"));
        Path tdb2 = WORK.resolve("tdb2");
        prepareRoot(root, data);
        delete(tdb2);
        delete(EmbeddedStore.textIndexLocation(tdb2.toString()));
        List<String> directories = List.of("ontology", "data");
        out.printf(Locale.ROOT, "Data: %s; heap max %d MB; %d processors%n", data,
                Runtime.getRuntime().maxMemory() >> 20, Runtime.getRuntime().availableProcessors());

        long t0 = System.nanoTime();
        long cpu0 = processCpuNanos();
        LoadReport first;
        try (EmbeddedStore store = open(tdb2)) {
            first = new GraphLoader(store).load(root, directories, SHAPES);
        }
        Duration firstTook = Duration.ofNanos(System.nanoTime() - t0);
        double cpu = (processCpuNanos() - cpu0) / 1e9;
        long triples = first.loaded().stream().mapToLong(LoadReport.LoadedFile::triples).sum();
        out.printf(Locale.ROOT, "Fresh load (bulk + shape check of every file + name index): %d files, %d triples in %.1f s"
                + " = %,.0f triples/s (process CPU %.1f s = %,.0f triples per CPU-second);"
                + " %d refused, %d SHACL results reported; peak heap %d MB%n", first.loaded().size(), triples,
                seconds(firstTook), triples / seconds(firstTook), cpu, triples / cpu, first.refused().size(),
                first.violations().size(), peakHeapMegabytes());
        first.refused().stream().limit(3).forEach(r -> out.println("  refused " + r));

        resetPeak();
        measureStartAndChanges(root, directories, tdb2);
        out.printf(Locale.ROOT, "Peak heap after the fresh load: %d MB%n", peakHeapMegabytes());
        if (references) {
            measureTdb2Loaders(tdb2, firstTook);
        }
    }

    /**
     * A start on the loaded store (nothing changed), one changed file reloaded and checked, and
     * one change that breaks the shapes refused; the file is put back as it was and loaded again.
     */
    private void measureStartAndChanges(Path root, List<String> directories, Path tdb2) throws IOException {
        long t0 = System.nanoTime();
        LoadReport restart;
        try (EmbeddedStore store = open(tdb2)) {
            GraphLoader loader = new GraphLoader(store);
            boolean complete = loader.holdsCompleteLoad();
            restart = loader.load(root, directories, SHAPES);
            Duration took = Duration.ofNanos(System.nanoTime() - t0);
            out.printf(Locale.ROOT, "Start on the loaded store (open, complete-load check, hash every file, nothing to load):"
                    + " %.2f s (complete: %s, %d unchanged, %d loaded)%n", seconds(took), complete,
                    restart.unchanged().size(), restart.loaded().size());

            Path changed = root.resolve(restart.unchanged().stream().filter(p -> p.startsWith("data/"))
                    .max(Comparator.naturalOrder()).orElseThrow());
            String before = Files.readString(changed, StandardCharsets.UTF_8);
            Files.writeString(changed, before + "\n<https://w3id.org/samverkan/id/source/load-benchmark> "
                    + "<http://www.w3.org/2000/01/rdf-schema#comment> \"changed by the load benchmark\" .\n",
                    StandardCharsets.UTF_8);
            t0 = System.nanoTime();
            LoadReport one = loader.load(root, directories, SHAPES);
            took = Duration.ofNanos(System.nanoTime() - t0);
            out.printf(Locale.ROOT, "One changed file (%s) reloaded and checked: %.2f s (%d loaded, %d refused)%n",
                    root.relativize(changed), seconds(took), one.loaded().size(), one.refused().size());

            Files.writeString(changed, before + "\n<https://w3id.org/samverkan/id/meeting/load-benchmark> "
                    + "a <https://w3id.org/samverkan/def#Meeting> .\n", StandardCharsets.UTF_8);
            t0 = System.nanoTime();
            LoadReport broken = loader.load(root, directories, SHAPES);
            took = Duration.ofNanos(System.nanoTime() - t0);
            out.printf(Locale.ROOT, "One change breaking the shapes refused: %.2f s (%d refused)%n", seconds(took),
                    broken.refused().size());

            // An edit or an accepted draft: the change checked against the shapes, then only its file reloaded.
            String path = root.relativize(changed).toString();
            Files.writeString(changed, before + "\n<https://w3id.org/samverkan/id/source/load-benchmark> "
                    + "<http://www.w3.org/2000/01/rdf-schema#comment> \"edited by the load benchmark\" .\n",
                    StandardCharsets.UTF_8);
            t0 = System.nanoTime();
            List<String> violations = loader.validateChange(root, directories, SHAPES,
                    Map.of(path, RDFDataMgr.loadGraph(changed.toString())), Set.of());
            LoadReport edit = loader.reload(root, List.of(path));
            took = Duration.ofNanos(System.nanoTime() - t0);
            out.printf(Locale.ROOT, "One edit (the change checked, then its file reloaded: the path of an accepted"
                    + " draft): %.2f s (%d violations, %d loaded)%n", seconds(took), violations.size(), edit.loaded().size());

            Files.writeString(changed, before, StandardCharsets.UTF_8);
            loader.load(root, directories, SHAPES);
        }
    }

    /**
     * The references: what the store holds after the fresh load (the files' graphs, their load
     * records and the derived facts), written out as N-Quads and loaded into a new database by
     * TDB2's own loaders, as {@code tdb2.tdbloader} would, without shape checks or derived
     * facts: the sequential loader (crash-safe, the one the service uses) and the parallel one
     * (the fastest, but it may leave a database in a broken state when killed).
     */
    private void measureTdb2Loaders(Path tdb2, Duration freshLoad) throws IOException {
        Path nquads = WORK.resolve("reference.nq");
        long quads;
        try (EmbeddedStore store = open(tdb2); OutputStream file = Files.newOutputStream(nquads)) {
            quads = Txn.calculateRead(store.tdb2(), () -> {
                StreamRDF writer = StreamRDFWriter.getWriterStream(file, Lang.NQUADS);
                writer.start();
                long[] count = {0};
                store.tdb2().find().forEachRemaining(quad -> {
                    writer.quad(quad);
                    count[0]++;
                });
                writer.finish();
                return count[0];
            });
        }
        out.printf(Locale.ROOT, "The store after the fresh load, written as N-Quads: %,d quads%n", quads);
        for (String kind : List.of("sequential", "parallel")) {
            Path reference = WORK.resolve("reference-" + kind);
            delete(reference);
            DatasetGraph dataset = DatabaseMgr.connectDatasetGraph(reference.toString());
            MonitorOutput quiet = (format, arguments) -> { };
            DataLoader loader = kind.equals("parallel") ? LoaderFactory.parallelLoader(dataset, quiet)
                    : LoaderFactory.sequentialLoader(dataset, quiet);
            long t0 = System.nanoTime();
            loader.startBulk();
            loader.load(nquads.toString());
            loader.finishBulk();
            Duration took = Duration.ofNanos(System.nanoTime() - t0);
            TDBInternal.expel(dataset);
            out.printf(Locale.ROOT, "Reference, TDB2's %s loader on those quads: %.1f s = %,.0f quads/s;"
                    + " the fresh load took %.2fx its time%n", kind, seconds(took), quads / seconds(took),
                    seconds(freshLoad) / seconds(took));
            delete(reference);
        }
        Files.delete(nquads);
    }

    private static EmbeddedStore open(Path tdb2) {
        return new EmbeddedStore(new StoreProperties.Store(tdb2.toString(), null, null, null, null),
                new StoreProperties.Fuseki(0, "samverkan"), Duration.ofSeconds(60));
    }

    /** The load root: DIR's data/ (or DIR itself) linked as data/, its ontology/ or the repository's copied in. */
    private static void prepareRoot(Path root, Path data) throws IOException {
        delete(root.resolve("ontology"));
        Files.deleteIfExists(root.resolve("data"));
        Path ontology = Files.isDirectory(data.resolve("ontology")) ? data.resolve("ontology") : PROJECT.resolve("ontology");
        copy(ontology, root.resolve("ontology"), UnaryOperator.identity());
        Files.createSymbolicLink(root.resolve("data"), Files.isDirectory(data.resolve("data")) ? data.resolve("data") : data);
    }

    /** N copies of the repository's data/, each entity IRI given a per-copy prefix so that the copies do not merge. */
    private static Path scaledCopies(int copies) throws IOException {
        Path target = WORK.resolve("copies-" + copies);
        if (Files.isDirectory(target.resolve("data"))) {
            return target;
        }
        for (int i = 1; i <= copies; i++) {
            String prefix = "c" + i + "-";
            copy(PROJECT.resolve("data"), target.resolve("data/copy-" + i),
                    text -> ENTITY_IRI.matcher(text).replaceAll("$1" + prefix));
        }
        return target;
    }

    private static void copy(Path from, Path to, UnaryOperator<String> rewrite) throws IOException {
        try (Stream<Path> files = Files.walk(from)) {
            for (Path file : files.toList()) {
                Path dest = to.resolve(from.relativize(file).toString());
                if (Files.isDirectory(file)) {
                    Files.createDirectories(dest);
                } else if (file.toString().endsWith(".ttl")) {
                    Files.writeString(dest, rewrite.apply(Files.readString(file, StandardCharsets.UTF_8)),
                            StandardCharsets.UTF_8);
                }
            }
        }
    }

    private static void delete(Path directory) throws IOException {
        if (!Files.exists(directory)) {
            return;
        }
        try (Stream<Path> files = Files.walk(directory)) {
            List<Path> all = new ArrayList<>(files.toList());
            all.sort(Comparator.reverseOrder());
            for (Path p : all) {
                Files.delete(p);
            }
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }

    private static double seconds(Duration d) {
        return d.toNanos() / 1e9;
    }

    private static long peakHeapMegabytes() {
        long peak = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP && pool.getPeakUsage() != null) {
                peak += pool.getPeakUsage().getUsed();
            }
        }
        return peak >> 20;
    }

    private static long processCpuNanos() {
        return ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os
                ? os.getProcessCpuTime() : 0;
    }

    private static void resetPeak() {
        ManagementFactory.getMemoryPoolMXBeans().forEach(MemoryPoolMXBean::resetPeakUsage);
    }
}
