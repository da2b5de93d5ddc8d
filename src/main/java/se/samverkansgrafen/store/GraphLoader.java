package se.samverkansgrafen.store;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Stream;

import org.apache.jena.atlas.web.HttpException;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.graph.GraphUtil;
import org.apache.jena.system.Txn;
import org.apache.jena.rdfconnection.RDFConnection;
import org.apache.jena.riot.Lang;
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
 * transaction); a deleted file's graph is dropped; a file that fails to parse, or whose
 * new content breaks the SHACL shapes, is refused and its previous graph left as it was.
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

    public GraphLoader(TripleStore store) {
        this.store = store;
    }

    /**
     * Loads the RDF files under {@code directories} (relative to {@code root}). When
     * {@code shapesPath} names one of them, the graphs as they would stand are validated
     * first and changed files that break the shapes are refused.
     */
    public LoadReport load(Path root, List<String> directories, String shapesPath) {
        Instant start = Instant.now();
        Map<String, Path> files = rdfFiles(root, directories);
        List<LoadReport.LoadedFile> loaded = new ArrayList<>();
        List<String> unchanged = new ArrayList<>();
        List<String> removed = new ArrayList<>();
        List<LoadReport.RefusedFile> refused = new ArrayList<>();
        List<String> violations = List.of();

        log.info("Load started: {} files under {}", files.size(), directories);

        try (RDFConnection conn = store.connect()) {
            Map<String, LoadRecord> records = loadRecords(conn);
            Map<String, Graph> changed = new TreeMap<>();
            Map<String, String> hashes = new TreeMap<>();
            for (Map.Entry<String, Path> file : files.entrySet()) {
                String path = file.getKey();
                byte[] content = read(file.getValue());
                String hash = sha256(content);
                LoadRecord previous = records.get(GraphNames.forPath(path));
                if (previous != null && previous.hash().equals(hash)) {
                    unchanged.add(path);
                    continue;
                }
                try {
                    changed.put(path, parse(content, file.getValue()));
                    hashes.put(path, hash);
                } catch (RiotParseException e) {
                    refused.add(new LoadReport.RefusedFile(path, e.getLine(), e.getCol(), e.getOriginalMessage()));
                } catch (RiotException e) {
                    refused.add(new LoadReport.RefusedFile(path, -1, -1, e.getMessage()));
                }
            }
            Map<String, Graph> wouldStand = shapesPath != null && files.containsKey(shapesPath) && !changed.isEmpty()
                    ? wouldStand(conn, files, changed, records, refused) : Map.of();
            if (wouldStand.containsKey(shapesPath)) {
                ShapeCheck.Outcome outcome = ShapeCheck.check(wouldStand, changed.keySet(), wouldStand.get(shapesPath));
                outcome.refusedFiles().forEach((path, reason) -> {
                    changed.remove(path);
                    refused.add(new LoadReport.RefusedFile(path, -1, -1, reason));
                });
                violations = outcome.otherViolations();
                violations.forEach(v -> log.warn("SHACL violation in data already loaded: {}", v));
            }
            for (Map.Entry<String, Graph> file : changed.entrySet()) {
                String path = file.getKey();
                String graph = GraphNames.forPath(path);
                log.debug("Writing {} ({} triples)", path, file.getValue().size());
                conn.update(replaceGraph(graph, file.getValue(), path, hashes.get(path), store.flavour()));
                loaded.add(new LoadReport.LoadedFile(path, graph, file.getValue().size()));
                log.info("Loaded {} into <{}> ({} triples)", path, graph, file.getValue().size());
            }
            for (LoadRecord record : records.values()) {
                if (!files.containsKey(record.path())) {
                    conn.update(dropGraph(record.graph()));
                    removed.add(record.path());
                    log.info("Dropped <{}>: {} no longer exists", record.graph(), record.path());
                }
            }
            refused.forEach(r -> log.warn("Refused {} (its previous graph, if any, is kept)", r));
            conn.update(markComplete());
            int graphs = loadRecords(conn).size();
            Duration took = Duration.between(start, Instant.now());
            log.info("Load done in {} ms: {} loaded, {} unchanged, {} removed, {} refused; {} graphs",
                    took.toMillis(), loaded.size(), unchanged.size(), removed.size(), refused.size(), graphs);
            return new LoadReport(loaded, unchanged, removed, refused, violations, graphs, took);
        }
    }

    /**
     * Every file's graph as it would stand after this load: the new content of changed
     * files, the unchanged files as they are on disk, and for a refused file whatever the
     * store holds now.
     */
    private Map<String, Graph> wouldStand(RDFConnection conn, Map<String, Path> files, Map<String, Graph> changed,
            Map<String, LoadRecord> records, List<LoadReport.RefusedFile> refused) {
        Map<String, Graph> graphs = new TreeMap<>(changed);
        for (Map.Entry<String, Path> file : files.entrySet()) {
            String path = file.getKey();
            if (graphs.containsKey(path)) {
                continue;
            }
            boolean wasRefused = refused.stream().anyMatch(r -> r.path().equals(path));
            if (!wasRefused) {
                graphs.put(path, parse(read(file.getValue()), file.getValue()));
            } else if (records.containsKey(GraphNames.forPath(path))) {
                graphs.put(path, fetchCopy(conn, GraphNames.forPath(path)));
            }
        }
        return graphs;
    }

    /**
     * Checks a change before it is written: the graphs as they would stand (every file under
     * {@code directories} as it is on disk, with {@code changed} put in and {@code deleted}
     * taken out) against the shapes, as {@link #load} does. Returns the violations blamed on
     * the changed files (focus node, path, message); empty when the change may be written.
     */
    public List<String> validateChange(Path root, List<String> directories, String shapesPath,
            Map<String, Graph> changed, Set<String> deleted) {
        Map<String, Graph> graphs = new TreeMap<>();
        rdfFiles(root, directories).forEach((path, file) -> {
            if (!changed.containsKey(path) && !deleted.contains(path)) {
                try {
                    graphs.put(path, parse(read(file), file));
                } catch (RiotException e) {
                    log.warn("{} does not parse; left out of the check of a change: {}", path, e.getMessage());
                }
            }
        });
        graphs.putAll(changed);
        Graph shapes = graphs.get(shapesPath);
        if (shapes == null) {
            throw new IllegalStateException("No shapes file " + shapesPath + " under " + root);
        }
        ShapeCheck.Outcome outcome = ShapeCheck.check(graphs, changed.keySet(), shapes);
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
            for (String path : new TreeSet<>(paths)) {
                Path file = root.resolve(path);
                String graph = GraphNames.forPath(path);
                if (Files.isRegularFile(file)) {
                    byte[] content = read(file);
                    try {
                        Graph parsed = parse(content, file);
                        conn.update(replaceGraph(graph, parsed, path, sha256(content), store.flavour()));
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
            return new LoadReport(loaded, List.of(), removed, refused, List.of(), loadRecords(conn).size(),
                    Duration.between(start, Instant.now()));
        }
    }

    private record LoadRecord(String graph, String path, String hash) {
    }

    private static Map<String, Path> rdfFiles(Path root, List<String> directories) {
        Map<String, Path> files = new TreeMap<>();
        for (String directory : directories) {
            Path dir = root.resolve(directory);
            if (!Files.isDirectory(dir)) {
                log.warn("Data directory {} does not exist; nothing loaded from it", dir.toAbsolutePath());
                continue;
            }
            try (Stream<Path> walk = Files.walk(dir)) {
                walk.filter(Files::isRegularFile)
                        .filter(p -> RDFLanguages.filenameToLang(p.getFileName().toString()) != null)
                        .forEach(p -> files.put(relativePath(root, p), p));
            } catch (IOException e) {
                throw new UncheckedIOException("Cannot list " + dir, e);
            }
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
        try (RDFConnection conn = store.connect()) {
            return loadRecordGraph(conn).contains(LOAD_GRAPH, LOAD_COMPLETED_AT, Node.ANY);
        }
    }

    private static Graph loadRecordGraph(RDFConnection conn) {
        try {
            return fetchCopy(conn, GraphNames.LOAD_RECORD_GRAPH);
        } catch (HttpException e) {
            if (e.getStatusCode() == 404) {
                return GraphFactory.createDefaultGraph();
            }
            throw e;
        }
    }

    private static Map<String, LoadRecord> loadRecords(RDFConnection conn) {
        Graph graph = loadRecordGraph(conn);
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
        record.addQuad(new Quad(LOAD_GRAPH, graph, SOURCE_PATH, NodeFactory.createLiteralString(path)));
        record.addQuad(new Quad(LOAD_GRAPH, graph, SHA256, NodeFactory.createLiteralString(hash)));
        record.addQuad(new Quad(LOAD_GRAPH, graph, TRIPLE_COUNT,
                NodeFactory.createLiteralDT(Integer.toString(content.size()), XSDDatatype.XSDinteger)));
        record.addQuad(new Quad(LOAD_GRAPH, graph, LOADED_AT,
                NodeFactory.createLiteralDT(Instant.now().toString(), XSDDatatype.XSDdateTime)));
        return new UpdateRequest()
                .add(new UpdateDrop(graph, true))
                .add(insert(data, flavour))
                .add(deleteRecord(graph))
                .add(new UpdateDataInsert(record));
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

    private static byte[] read(Path file) {
        try {
            return Files.readAllBytes(file);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + file, e);
        }
    }

    private static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is always available", e);
        }
    }
}
