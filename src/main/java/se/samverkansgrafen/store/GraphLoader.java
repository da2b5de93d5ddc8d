package se.samverkansgrafen.store;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileVisitOption;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Deque;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.Callable;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.apache.jena.atlas.web.HttpException;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.graph.GraphUtil;
import org.apache.jena.system.Txn;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.rdfconnection.RDFConnection;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.shacl.Shapes;
import org.apache.jena.riot.system.ErrorHandler;
import org.apache.jena.riot.RDFLanguages;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.RiotException;
import org.apache.jena.riot.RiotParseException;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.sparql.modify.request.QuadAcc;
import org.apache.jena.sparql.modify.request.QuadDataAcc;
import org.apache.jena.sparql.modify.request.UpdateDataInsert;
import org.apache.jena.sparql.modify.request.UpdateDeleteWhere;
import org.apache.jena.sparql.modify.request.UpdateDrop;
import org.apache.jena.sparql.modify.request.UpdateModify;
import org.apache.jena.sparql.syntax.ElementGroup;
import org.apache.jena.update.Update;
import org.apache.jena.update.UpdateRequest;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Loads every RDF file under the configured directories into its own named graph.
 * A file whose content hash matches the stored one is skipped; a changed file replaces
 * its graph, together with its load record, in one SPARQL Update request (one
 * transaction; an external store gets the graph by the Graph Store Protocol and then its
 * record); a deleted file's graph is dropped; a file that fails to parse, or whose new
 * content breaks the SHACL shapes, is refused and its previous graph left as it was.
 * An empty database in this JVM is filled by TDB2's bulk loader instead, and validated
 * file by file once everything is in. Shape checks look at the changed file and what the
 * store says about the nodes it names ({@link ShapeCheck}), never the whole graph.
 */
public final class GraphLoader {

    private static final Logger log = LoggerFactory.getLogger(GraphLoader.class);

    private static final String SG = "https://w3id.org/samverkan/def#";
    private static final Node SOURCE_PATH = NodeFactory.createURI(SG + "sourcePath");
    private static final Node SHA256 = NodeFactory.createURI(SG + "sha256");
    private static final Node TRIPLE_COUNT = NodeFactory.createURI(SG + "tripleCount");
    private static final Node LOADED_AT = NodeFactory.createURI(SG + "loadedAt");
    private static final Node LOAD_COMPLETED_AT = NodeFactory.createURI(SG + "loadCompletedAt");
    private static final Node LOAD_GRAPH = NodeFactory.createURI(GraphNames.LOAD_RECORD_GRAPH);
    private static final String COMPLETED_LOAD = "SELECT ?at WHERE { GRAPH <" + LOAD_GRAPH.getURI() + "> { <"
            + LOAD_GRAPH.getURI() + "> <" + LOAD_COMPLETED_AT.getURI() + "> ?at } } LIMIT 1";
    /** How often a Graph Store PUT whose connection broke is tried in all. */
    private static final int PUT_ATTEMPTS = 3;
    /** Files parsed ahead of the bulk loader's writing thread: enough to keep the parsers busy, few enough for the heap. */
    private static final int PARSE_AHEAD = 64;
    /**
     * Files checked against the shapes together when a whole store is checked ({@link #checkStored}):
     * 3,000 files of L in one thread took 4.9 s one by one, 3.8 s 32 at a time.
     */
    private static final int FILES_PER_CHECK = 32;

    /** Keeps line and column of the first error; warnings (e.g. odd IRIs) are only logged. */
    private static final ErrorHandler PARSE_ERRORS = new ErrorHandler() {
        @Override
        public void warning(String message, long line, long col) {
            log.warn("[line {}, col {}] {}", line, col, message);
        }

        @Override
        public void error(String message, long line, long col) {
            throw new RiotParseException(message, line, col);
        }

        @Override
        public void fatal(String message, long line, long col) {
            throw new RiotParseException(message, line, col);
        }
    };

    private final TripleStore store;
    private final boolean bulkWhenEmpty;
    private final List<Consumer<LoadReport>> afterChange = new CopyOnWriteArrayList<>();

    public GraphLoader(TripleStore store) {
        this(store, true);
    }

    /** With {@code bulkWhenEmpty} false, an empty store is loaded file by file too (to compare the two paths). */
    GraphLoader(TripleStore store, boolean bulkWhenEmpty) {
        this.store = store;
        this.bulkWhenEmpty = bulkWhenEmpty;
        afterChange(new DerivedFacts(store)::afterLoad);
    }

    /** Runs {@code listener} after every load and reload, once the store holds the files (derived facts, version). */
    public void afterChange(Consumer<LoadReport> listener) {
        afterChange.add(listener);
    }

    private LoadReport changed(LoadReport report) {
        afterChange.forEach(listener -> listener.accept(report));
        return report;
    }

    /** What one load has done so far. */
    private static final class Run {
        final List<LoadReport.LoadedFile> loaded = new ArrayList<>();
        final List<String> unchanged = new ArrayList<>();
        final List<String> removed = new ArrayList<>();
        final List<LoadReport.RefusedFile> refused = new ArrayList<>();
        final List<String> violations = new ArrayList<>();
        /** Set when the store held a complete load before this one: see {@link LoadReport.Change}. */
        String versionBefore;
        final ChangedIris changedIris = new ChangedIris();

        LoadReport.Change change() {
            return changedIris.change(versionBefore);
        }

        void refuse(String path, RiotException e) {
            refused.add(e instanceof RiotParseException p
                    ? new LoadReport.RefusedFile(path, p.getLine(), p.getCol(), p.getOriginalMessage())
                    : new LoadReport.RefusedFile(path, -1, -1, e.getMessage()));
        }
    }

    /**
     * Loads the RDF files under {@code directories} (relative to {@code root}), in the order
     * of the directories and by path within each. When {@code shapesPath} names one of them,
     * each changed file is validated before it is written and refused if it breaks the shapes.
     */
    public LoadReport load(Path root, List<String> directories, String shapesPath) {
        Instant start = Instant.now();
        Map<String, Path> files = rdfFiles(root, directories);
        Run run = new Run();

        log.info("Load started: {} files under {}", files.size(), directories);

        boolean bulk = bulkWhenEmpty && store instanceof DatasetStore local && BulkLoad.isEmpty(local.tdb2());
        // Every file hashed while the load records are read: on a loaded store a start does little else.
        try (ExecutorService hasher = bulk ? null : Executors.newSingleThreadExecutor();
                RDFConnection conn = store.connect()) {
            Future<Map<String, String>> hashing = hasher == null ? null : hasher.submit(() -> hashes(files));
            Graph recordGraph = loadRecordGraph(conn);
            Map<String, LoadRecord> records = loadRecords(recordGraph);
            boolean complete = recordGraph.contains(LOAD_GRAPH, LOAD_COMPLETED_AT, Node.ANY);
            Shapes shapes = shapes(conn, files, shapesPath);
            if (bulk && records.isEmpty()) {
                bulkLoad((DatasetStore) store, files, shapes, run);
            } else {
                loadChanges(conn, files, hashing != null ? await(hashing) : hashes(files), records, complete,
                        shapes, shapesPath, run);
            }
            if (!complete && store instanceof DatasetStore local) {
                local.nameIndex().ifPresent(index -> log.info("Name index rebuilt: {} labels",
                        BulkLoad.rebuildNameIndex(local.tdb2(), index)));
            }
            run.refused.forEach(r -> log.warn("Refused {} (its previous graph, if any, is kept)", r));
            run.violations.forEach(v -> log.warn("SHACL violation in data already loaded: {}", v));
            conn.update(markComplete());
            // Read after the writes (another replica may share an external store), once: the
            // derived facts and the ETags take the version from the report.
            SortedMap<String, String> hashes = DataVersion.hashes(conn);
            Duration took = Duration.between(start, Instant.now());
            // Done once what follows a change (the derived facts) is done too.
            LoadReport report = changed(new LoadReport(run.loaded, run.unchanged, run.removed, run.refused,
                    List.copyOf(new LinkedHashSet<>(run.violations)), hashes.size(), DataVersion.versionOf(hashes),
                    took, run.change()));
            log.info("Load done in {} ms: {} loaded, {} unchanged, {} removed, {} refused; {} graphs",
                    Duration.between(start, Instant.now()).toMillis(), run.loaded.size(), run.unchanged.size(),
                    run.removed.size(), run.refused.size(), report.graphs());
            return report;
        }
    }

    /**
     * The per-file path: each changed file is read and written in its own transaction, one
     * after the other, so memory holds one file at a time. In a store that holds a complete
     * load (and is served meanwhile), each changed file is checked against the shapes, with
     * what the store holds about the nodes it names, before it is written. In a store that
     * does not (a first load, or one cut short), nothing is served until the load ends, so
     * every file is written first and then checked with everything in place, and those that
     * break the shapes are dropped again. When the shapes changed, unchanged files are
     * checked too and what they break is reported.
     */
    private void loadChanges(RDFConnection conn, Map<String, Path> files, Map<String, String> hashes,
            Map<String, LoadRecord> records, boolean complete, Shapes shapes, String shapesPath, Run run) {
        ShapeCheck check = shapes == null ? null : new ShapeCheck(shapes, Neighbourhood.of(store));
        if (complete) {
            run.versionBefore = versionOf(records);
        }
        boolean shapesChanged = false;
        List<String> checkAfter = new ArrayList<>();
        for (Map.Entry<String, Path> file : files.entrySet()) {
            String path = file.getKey();
            String graph = GraphNames.forPath(path);
            LoadRecord previous = records.get(graph);
            if (previous != null && previous.hash().equals(hashes.get(path))) {
                run.unchanged.add(path);
                checkAfter.add(path);
                continue;
            }
            // Read once more: the hash recorded is the hash of the content written.
            byte[] content = read(file.getValue());
            String hash = sha256(content);
            shapesChanged |= path.equals(shapesPath);
            Graph parsed;
            try {
                parsed = parse(content, file.getValue());
            } catch (RiotException e) {
                run.refuse(path, e);
                continue;
            }
            if (check != null && complete) {
                ShapeCheck.Outcome outcome = check.check(Map.of(path, parsed), Set.of(NodeFactory.createURI(graph)));
                run.violations.addAll(outcome.otherViolations());
                if (outcome.refusedFiles().containsKey(path)) {
                    run.refused.add(new LoadReport.RefusedFile(path, -1, -1, outcome.refusedFiles().get(path)));
                    continue;
                }
            } else {
                checkAfter.add(path);
            }
            log.debug("Writing {} ({} triples)", path, parsed.size());
            if (complete) {
                run.changedIris.add(loadedGraph(conn, graph));
                run.changedIris.add(parsed);
            }
            write(conn, graph, parsed, path, hash);
            run.loaded.add(new LoadReport.LoadedFile(path, graph, parsed.size()));
            log.info("Loaded {} into <{}> ({} triples)", path, graph, parsed.size());
        }
        for (LoadRecord record : records.values()) {
            if (!files.containsKey(record.path())) {
                if (complete) {
                    run.changedIris.add(loadedGraph(conn, record.graph()));
                }
                conn.update(dropGraph(record.graph()));
                run.removed.add(record.path());
                log.info("Dropped <{}>: {} no longer exists", record.graph(), record.path());
            }
        }
        if (check != null && (shapesChanged || !complete) && !checkAfter.isEmpty()) {
            log.info("Checking {} files against the shapes ({})", checkAfter.size(),
                    complete ? "the shapes changed" : "the store holds no complete load");
            for (ShapeCheck.Outcome outcome : checkStored(check, List.copyOf(checkAfter))) {
                run.violations.addAll(outcome.otherViolations());
                outcome.refusedFiles().forEach((path, reason) -> {
                    if (complete) {
                        run.violations.addAll(outcome.blamed().get(path));
                    } else {
                        conn.update(dropGraph(GraphNames.forPath(path)));
                        run.unchanged.remove(path);
                        run.loaded.removeIf(loaded -> loaded.path().equals(path));
                        run.refused.add(new LoadReport.RefusedFile(path, -1, -1, reason));
                    }
                });
            }
        }
    }

    /**
     * The first load into an empty database in this JVM: every file that parses goes into
     * the database with its load record in one bulk transaction; then each file's graph is
     * checked against the shapes with what the store holds about the nodes it names, and the
     * graphs (and records) of files that break them are dropped again. A kill before the
     * bulk commit leaves the database empty (the next start loads in bulk again); a kill
     * after it leaves a store without the complete-load mark, whose next load checks every
     * file again.
     */
    private void bulkLoad(DatasetStore local, Map<String, Path> files, Shapes shapes, Run run) {
        Map<String, LoadReport.LoadedFile> loaded = new LinkedHashMap<>();
        long triples = 0;
        Instant start = Instant.now();
        // The files are read, hashed and parsed on the other cores while this thread writes
        // them, in their order, through the sequential loader (which takes one writer).
        int cores = Runtime.getRuntime().availableProcessors();
        try (BulkLoad bulk = BulkLoad.start(local.tdb2());
                ExecutorService parsers = Executors.newFixedThreadPool(Math.max(1, cores - 1))) {
            Iterator<Map.Entry<String, Path>> next = files.entrySet().iterator();
            Deque<Future<ParsedFile>> window = new ArrayDeque<>();
            while (next.hasNext() || !window.isEmpty()) {
                while (next.hasNext() && window.size() < PARSE_AHEAD) {
                    Map.Entry<String, Path> file = next.next();
                    window.add(parsers.submit(() -> ParsedFile.of(file.getKey(), file.getValue())));
                }
                ParsedFile file = await(window.poll());
                if (file.error() != null) {
                    run.refuse(file.path(), file.error());
                    continue;
                }
                Node graph = NodeFactory.createURI(GraphNames.forPath(file.path()));
                log.debug("Writing {} ({} triples) in the bulk load", file.path(), file.graph().size());
                bulk.add(graph, file.graph());
                loadRecord(graph, file.path(), file.hash(), file.graph().size()).forEach(bulk::add);
                loaded.put(file.path(), new LoadReport.LoadedFile(file.path(), graph.getURI(), file.graph().size()));
                triples += file.graph().size();
            }
            bulk.commit();
        }
        Duration took = Duration.between(start, Instant.now());
        log.info("Bulk load: {} files, {} triples in {} ms ({} triples/s)", loaded.size(), triples, took.toMillis(),
                took.toMillis() == 0 ? triples : triples * 1000 / took.toMillis());
        if (shapes != null) {
            ShapeCheck check = new ShapeCheck(shapes, Neighbourhood.of(store));
            Instant checkStart = Instant.now();
            List<ShapeCheck.Outcome> outcomes = checkStored(check, List.copyOf(loaded.keySet()));
            try (RDFConnection conn = store.connect()) {
                for (ShapeCheck.Outcome outcome : outcomes) {
                    run.violations.addAll(outcome.otherViolations());
                    outcome.refusedFiles().forEach((path, reason) -> {
                        conn.update(dropGraph(loaded.remove(path).graph()));
                        run.refused.add(new LoadReport.RefusedFile(path, -1, -1, reason));
                    });
                }
            }
            log.info("Shape check of {} files in {} ms", loaded.size(),
                    Duration.between(checkStart, Instant.now()).toMillis());
        }
        run.loaded.addAll(loaded.values());
    }

    /** A file read, hashed and parsed for the bulk load, or the parse error that refuses it. */
    private record ParsedFile(String path, String hash, Graph graph, RiotException error) {
        static ParsedFile of(String path, Path file) {
            byte[] content = read(file);
            try {
                return new ParsedFile(path, sha256(content), parse(content, file), null);
            } catch (RiotException e) {
                return new ParsedFile(path, null, null, e);
            }
        }
    }

    private static <T> T await(Future<T> future) {
        try {
            return future.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Load interrupted", e);
        } catch (ExecutionException e) {
            throw e.getCause() instanceof RuntimeException failure ? failure
                    : new IllegalStateException("A parallel step of the load failed", e.getCause());
        }
    }

    /**
     * Checks the stored graph of each file against the shapes, {@link #FILES_PER_CHECK} files
     * in one check and as many checks at once as there are cores: a check only reads (its
     * files' graphs and what the store says about the nodes they name), each on a connection
     * of its own. Files next to each other in path order name many of the same nodes (their
     * group, its organisations, people, roles), which a check of several reads once. A
     * violation is blamed on every file of the check that describes its focus node, as when
     * each file is checked alone. Returns one outcome per check.
     */
    private List<ShapeCheck.Outcome> checkStored(ShapeCheck check, List<String> paths) {
        List<Callable<ShapeCheck.Outcome>> checks = new ArrayList<>();
        for (int from = 0; from < paths.size(); from += FILES_PER_CHECK) {
            List<String> batch = paths.subList(from, Math.min(paths.size(), from + FILES_PER_CHECK));
            checks.add(() -> {
                Map<String, Graph> stored = new LinkedHashMap<>();
                Set<Node> graphs = new HashSet<>();
                try (RDFConnection conn = store.connect()) {
                    for (String path : batch) {
                        String graph = GraphNames.forPath(path);
                        stored.put(path, fetchCopy(conn, graph));
                        graphs.add(NodeFactory.createURI(graph));
                    }
                }
                return check.check(stored, graphs);
            });
        }
        List<ShapeCheck.Outcome> outcomes = new ArrayList<>();
        try (ExecutorService pool = Executors.newFixedThreadPool(Runtime.getRuntime().availableProcessors())) {
            for (Future<ShapeCheck.Outcome> done : pool.invokeAll(checks)) {
                outcomes.add(await(done));
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Shape checks interrupted", e);
        }
        return outcomes;
    }

    /** The shapes as the file on disk has them, or as last loaded when the file does not parse; null without a shapes file. */
    private static Shapes shapes(RDFConnection conn, Map<String, Path> files, String shapesPath) {
        if (shapesPath == null || !files.containsKey(shapesPath)) {
            return null;
        }
        try {
            return Shapes.parse(parse(read(files.get(shapesPath)), files.get(shapesPath)));
        } catch (RiotException e) {
            Graph stored = loadedGraph(conn, GraphNames.forPath(shapesPath));
            return stored.isEmpty() ? null : Shapes.parse(stored);
        }
    }

    /**
     * Checks a change before it is written: the changed files' new content (with
     * {@code deleted} taken out) against the shapes, together with what the store holds
     * about the nodes they name, as {@link #load} does. Returns the violations blamed on
     * the changed files (focus node, path, message); empty when the change may be written.
     */
    public List<String> validateChange(Path root, List<String> directories, String shapesPath,
            Map<String, Graph> changed, Set<String> deleted) {
        Graph shapesGraph = changed.get(shapesPath);
        if (shapesGraph == null) {
            Path file = root.resolve(shapesPath);
            if (!Files.isRegularFile(file)) {
                throw new IllegalStateException("No shapes file " + shapesPath + " under " + root);
            }
            shapesGraph = parse(read(file), file);
        }
        Set<Node> leftOut = new HashSet<>();
        changed.keySet().forEach(path -> leftOut.add(NodeFactory.createURI(GraphNames.forPath(path))));
        deleted.forEach(path -> leftOut.add(NodeFactory.createURI(GraphNames.forPath(path))));
        ShapeCheck.Outcome outcome = new ShapeCheck(Shapes.parse(shapesGraph), Neighbourhood.of(store))
                .check(changed, leftOut);
        return outcome.blamed().values().stream().flatMap(List::stream).distinct().toList();
    }

    /**
     * Brings the graphs of the given files (relative to {@code root}) to the files as they
     * are now, without a shape check (the caller checked the change before writing it): a
     * file replaces its graph and load record in one transaction, a missing file's graph is
     * dropped.
     */
    public LoadReport reload(Path root, Collection<String> paths) {
        Instant start = Instant.now();
        List<LoadReport.LoadedFile> loaded = new ArrayList<>();
        List<String> removed = new ArrayList<>();
        List<LoadReport.RefusedFile> refused = new ArrayList<>();
        try (RDFConnection conn = store.connect()) {
            Graph recordGraph = loadRecordGraph(conn);
            boolean complete = recordGraph.contains(LOAD_GRAPH, LOAD_COMPLETED_AT, Node.ANY);
            String versionBefore = complete ? versionOf(loadRecords(recordGraph)) : null;
            ChangedIris changedIris = new ChangedIris();
            for (String path : new TreeSet<>(paths)) {
                Path file = root.resolve(path);
                String graph = GraphNames.forPath(path);
                if (versionBefore != null) {
                    changedIris.add(loadedGraph(conn, graph));
                }
                if (Files.isRegularFile(file)) {
                    byte[] content = read(file);
                    try {
                        Graph parsed = parse(content, file);
                        if (versionBefore != null) {
                            changedIris.add(parsed);
                        }
                        write(conn, graph, parsed, path, sha256(content));
                        loaded.add(new LoadReport.LoadedFile(path, graph, parsed.size()));
                        log.info("Reloaded {} into <{}> ({} triples)", path, graph, parsed.size());
                    } catch (RiotParseException e) {
                        refused.add(new LoadReport.RefusedFile(path, e.getLine(), e.getCol(), e.getOriginalMessage()));
                    }
                } else {
                    conn.update(dropGraph(graph));
                    removed.add(path);
                    log.info("Dropped <{}>: {} no longer exists", graph, path);
                }
            }
            SortedMap<String, String> hashes = DataVersion.hashes(conn);
            return changed(new LoadReport(loaded, List.of(), removed, refused, List.of(), hashes.size(),
                    DataVersion.versionOf(hashes), Duration.between(start, Instant.now()),
                    changedIris.change(versionBefore)));
        }
    }

    /**
     * Replaces a file's graph and its load record. In this JVM both go in one SPARQL Update
     * (one transaction). An external store gets the graph by a Graph Store Protocol PUT (the
     * store parses it as a stream; no SPARQL text the size of the file) and then the record,
     * so a crash between the two leaves the old record: the hash no longer matches and the
     * next load writes the file again.
     */
    private void write(RDFConnection conn, String graph, Graph content, String path, String hash) {
        if (store instanceof DatasetStore) {
            conn.update(replaceGraph(graph, content, path, hash, store.flavour()));
        } else {
            putGraph(conn, graph, content);
            QuadDataAcc record = new QuadDataAcc();
            loadRecord(NodeFactory.createURI(graph), path, hash, content.size()).forEach(record::addQuad);
            conn.update(new UpdateRequest().add(deleteRecord(NodeFactory.createURI(graph)))
                    .add(new UpdateDataInsert(record)));
        }
    }

    /**
     * A Graph Store PUT replaces the whole graph, so sending it again is safe. It is sent again
     * when the connection broke under it: Virtuoso answers the first request to its digest
     * endpoint with a challenge and closes the connection while a large body is still being
     * written; once the challenge is known, Jena answers it up front.
     */
    private static void putGraph(RDFConnection conn, String graph, Graph content) {
        for (int attempt = 1; ; attempt++) {
            try {
                conn.put(graph, ModelFactory.createModelForGraph(content));
                return;
            } catch (HttpException e) {
                if (attempt == PUT_ATTEMPTS || !(e.getCause() instanceof IOException)) {
                    throw e;
                }
                log.warn("PUT of {} broke off ({}); sending it again", graph, e.getCause().getMessage());
            }
        }
    }

    /** The data version ({@link DataVersion}) of the load records read. */
    private static String versionOf(Map<String, LoadRecord> records) {
        SortedMap<String, String> hashes = new TreeMap<>();
        // As DataVersion reads them: a record without a hash (none is written so) counts for nothing.
        records.values().stream().filter(record -> !record.hash().isEmpty())
                .forEach(record -> hashes.put(record.graph(), record.hash()));
        return DataVersion.versionOf(hashes);
    }

    private record LoadRecord(String graph, String path, String hash) {
    }

    /** The RDF files under each directory in turn (ontology before data), by path within each. */
    private static Map<String, Path> rdfFiles(Path root, List<String> directories) {
        Map<String, Path> files = new LinkedHashMap<>();
        for (String directory : directories) {
            Path dir = root.resolve(directory);
            if (!Files.isDirectory(dir)) {
                log.warn("Data directory {} does not exist; nothing loaded from it", dir.toAbsolutePath());
                continue;
            }
            Map<String, Path> inDirectory = new TreeMap<>();
            try (Stream<Path> walk = Files.walk(dir, FileVisitOption.FOLLOW_LINKS)) {
                walk.filter(Files::isRegularFile)
                        .filter(p -> RDFLanguages.filenameToLang(p.getFileName().toString()) != null)
                        .forEach(p -> inDirectory.put(relativePath(root, p), p));
            } catch (IOException e) {
                throw new UncheckedIOException("Cannot list " + dir, e);
            }
            inDirectory.forEach(files::putIfAbsent);
        }
        return files;
    }

    private static String relativePath(Path root, Path file) {
        return root.toAbsolutePath().normalize().relativize(file.toAbsolutePath().normalize())
                .toString().replace('\\', '/');
    }

    /**
     * Whether the store holds a complete load: a load of every file has finished at least
     * once, so what it serves is whole (each file's graph its old or its new content), even
     * if a later reload was cut short. A fresh store, or one whose first load was cut
     * short, does not.
     */
    public boolean holdsCompleteLoad() {
        // One triple asked for, not the load records of every file copied (at L, 156k triples
        // and seconds of a start on a cold disk cache). A SELECT: Virtuoso's ASK answer is not
        // one Jena reads as a boolean.
        try (RDFConnection conn = store.connect()) {
            return Txn.calculateRead(conn, () -> {
                try (QueryExecution exec = conn.query(COMPLETED_LOAD)) {
                    return exec.execSelect().hasNext();
                }
            });
        }
    }

    private static Graph loadRecordGraph(RDFConnection conn) {
        return loadedGraph(conn, GraphNames.LOAD_RECORD_GRAPH);
    }

    /** A copy of a graph, empty when the store has none of that name. */
    private static Graph loadedGraph(RDFConnection conn, String graphIri) {
        try {
            return fetchCopy(conn, graphIri);
        } catch (HttpException e) {
            if (e.getStatusCode() == 404) {
                return GraphFactory.createDefaultGraph();
            }
            throw e;
        }
    }

    private static Map<String, LoadRecord> loadRecords(Graph graph) {
        Map<String, LoadRecord> records = new LinkedHashMap<>();
        graph.find(Node.ANY, SOURCE_PATH, Node.ANY).forEachRemaining(t -> {
            String hash = graph.find(t.getSubject(), SHA256, Node.ANY).nextOptional()
                    .map(h -> h.getObject().getLiteralLexicalForm()).orElse("");
            String iri = t.getSubject().getURI();
            records.put(iri, new LoadRecord(iri, t.getObject().getLiteralLexicalForm(), hash));
        });
        return records;
    }

    /** A copy of a named graph, taken inside a read transaction: a local connection hands out a live view. */
    private static Graph fetchCopy(RDFConnection conn, String graphIri) {
        return Txn.calculateRead(conn, () -> {
            Graph copy = GraphFactory.createDefaultGraph();
            GraphUtil.addInto(copy, conn.fetch(graphIri).getGraph());
            return copy;
        });
    }

    private static Graph parse(byte[] content, Path file) {
        Lang lang = RDFLanguages.filenameToLang(file.getFileName().toString());
        Graph graph = GraphFactory.createDefaultGraph();
        RDFParser.create()
                .source(new ByteArrayInputStream(content))
                .lang(lang)
                .base(file.toUri().toString())
                .errorHandler(PARSE_ERRORS)
                .parse(graph);
        return graph;
    }

    private static UpdateRequest replaceGraph(String graphIri, Graph content, String path, String hash,
            StoreFlavour flavour) {
        Node graph = NodeFactory.createURI(graphIri);
        QuadDataAcc data = new QuadDataAcc();
        content.find().forEachRemaining((Triple t) -> data.addQuad(Quad.create(graph, t)));
        QuadDataAcc record = new QuadDataAcc();
        loadRecord(graph, path, hash, content.size()).forEach(record::addQuad);
        return new UpdateRequest()
                .add(new UpdateDrop(graph, true))
                .add(insert(data, flavour))
                .add(deleteRecord(graph))
                .add(new UpdateDataInsert(record));
    }

    /** A file's load record: its graph's path, content hash, triple count and when it was loaded. */
    private static List<Quad> loadRecord(Node graph, String path, String hash, long triples) {
        return List.of(
                new Quad(LOAD_GRAPH, graph, SOURCE_PATH, NodeFactory.createLiteralString(path)),
                new Quad(LOAD_GRAPH, graph, SHA256, NodeFactory.createLiteralString(hash)),
                new Quad(LOAD_GRAPH, graph, TRIPLE_COUNT,
                        NodeFactory.createLiteralDT(Long.toString(triples), XSDDatatype.XSDinteger)),
                new Quad(LOAD_GRAPH, graph, LOADED_AT,
                        NodeFactory.createLiteralDT(Instant.now().toString(), XSDDatatype.XSDdateTime)));
    }

    /** INSERT DATA, or where the store refuses blank nodes there, the same quads as a template over one empty solution. */
    private static Update insert(QuadDataAcc data, StoreFlavour flavour) {
        if (flavour.blankNodesInInsertData() || data.getQuads().stream().noneMatch(GraphLoader::hasBlankNode)) {
            return new UpdateDataInsert(data);
        }
        UpdateModify template = new UpdateModify();
        data.getQuads().forEach(template.getInsertAcc()::addQuad);
        template.setElement(new ElementGroup());
        return template;
    }

    private static boolean hasBlankNode(Quad quad) {
        return quad.getSubject().isBlank() || quad.getObject().isBlank();
    }

    /** Written last: from then on the store is complete (see {@link #holdsCompleteLoad()}). */
    private static UpdateRequest markComplete() {
        QuadAcc previous = new QuadAcc();
        previous.addQuad(new Quad(LOAD_GRAPH, LOAD_GRAPH, LOAD_COMPLETED_AT, Var.alloc("at")));
        QuadDataAcc now = new QuadDataAcc();
        now.addQuad(new Quad(LOAD_GRAPH, LOAD_GRAPH, LOAD_COMPLETED_AT,
                NodeFactory.createLiteralDT(Instant.now().toString(), XSDDatatype.XSDdateTime)));
        return new UpdateRequest().add(new UpdateDeleteWhere(previous)).add(new UpdateDataInsert(now));
    }

    private static UpdateRequest dropGraph(String graphIri) {
        Node graph = NodeFactory.createURI(graphIri);
        return new UpdateRequest().add(new UpdateDrop(graph, true)).add(deleteRecord(graph));
    }

    private static UpdateDeleteWhere deleteRecord(Node graph) {
        QuadAcc pattern = new QuadAcc();
        pattern.addQuad(new Quad(LOAD_GRAPH, graph, Var.alloc("p"), Var.alloc("o")));
        return new UpdateDeleteWhere(pattern);
    }

    /** Each file's SHA-256, several files at once: on a loaded store, a start does little else. */
    private static Map<String, String> hashes(Map<String, Path> files) {
        return files.entrySet().parallelStream()
                .collect(Collectors.toConcurrentMap(Map.Entry::getKey, file -> sha256(read(file.getValue()))));
    }

    private static byte[] read(Path file) {
        try {
            return Files.readAllBytes(file);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + file, e);
        }
    }

    /** The SHA-256 of {@code content}, in hex. */
    static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is always available", e);
        }
    }
}
