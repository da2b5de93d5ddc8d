package se.samverkansgrafen.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.GraphUtil;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import se.samverkansgrafen.query.NamedQuery;
import se.samverkansgrafen.query.NamedQueryCatalog;
import se.samverkansgrafen.query.QueryRunner;

/**
 * The first load of an empty store through the TDB2 bulk loader against the per-file path:
 * the same graphs, load records and answers, and the same refusal of a file that breaks
 * the shapes.
 */
class BulkLoadTest {

    private static final String SG = "https://w3id.org/samverkan/def#";
    private static final String SOURCE_002 = "data/sources/002-orebro-gemensam-chefsgrupp-2022-06-03.ttl";
    private static final String BROKEN_ATTENDANCE = """

            <https://w3id.org/samverkan/id/attendance/orebro-gemensam-chefsgrupp-2022-06-03-fredrik-bergstrom>
                <https://w3id.org/samverkan/def#attendanceStatus> <https://w3id.org/samverkan/def/role/ledamot> .
            """;

    @TempDir
    Path work;

    @Test
    void bulkAndPerFileLoadsGiveTheSameGraphsRecordsAndAnswers() throws IOException {
        Path root = copyOfProject("project");
        try (EmbeddedStore bulk = open("bulk"); EmbeddedStore perFile = open("per-file")) {
            LoadReport bulkReport = new GraphLoader(bulk, true).load(root, ProjectFiles.DIRECTORIES, ProjectFiles.SHAPES);
            LoadReport perFileReport = new GraphLoader(perFile, false).load(root, ProjectFiles.DIRECTORIES,
                    ProjectFiles.SHAPES);

            assertThat(bulkReport.refused()).isEmpty();
            assertThat(bulkReport.loaded()).containsExactlyInAnyOrderElementsOf(perFileReport.loaded());
            assertThat(bulkReport.loaded()).hasSize(ProjectFiles.tripleCounts(root).size());
            Map<String, Graph> bulkGraphs = graphs(bulk);
            Map<String, Graph> perFileGraphs = graphs(perFile);
            assertThat(bulkGraphs.keySet()).isEqualTo(perFileGraphs.keySet());
            bulkGraphs.forEach((name, graph) -> {
                if (!name.equals(GraphNames.LOAD_RECORD_GRAPH)) {
                    assertThat(graph.isIsomorphicWith(perFileGraphs.get(name))).as(name).isTrue();
                }
            });
            assertThat(loadRecords(bulkGraphs.get(GraphNames.LOAD_RECORD_GRAPH)))
                    .isEqualTo(loadRecords(perFileGraphs.get(GraphNames.LOAD_RECORD_GRAPH)))
                    .hasSize(bulkReport.loaded().size());
            assertThat(new GraphLoader(bulk).holdsCompleteLoad()).isTrue();

            NamedQueryCatalog catalog = NamedQueryCatalog.load(ProjectFiles.ROOT.resolve("queries"));
            QueryRunner onBulk = new QueryRunner(bulk, catalog, Duration.ofSeconds(30));
            QueryRunner onPerFile = new QueryRunner(perFile, catalog, Duration.ofSeconds(30));
            int answered = 0;
            for (NamedQuery query : catalog.all()) {
                Map<String, String> example = example(query);
                List<String> fromBulk = rows(onBulk, query, example);
                assertThat(fromBulk).as(query.name()).isEqualTo(rows(onPerFile, query, example));
                answered += fromBulk.isEmpty() ? 0 : 1;
            }
            assertThat(answered).as("named queries with answers").isGreaterThan(10);
            // The name index, which the bulk loader bypasses, was built: "Angman" finds Ångman.
            assertThat(rows(onBulk, catalog.get("name-search"), Map.of("q", "Angman")))
                    .anySatisfy(row -> assertThat(row).contains("ingmar-angman"));
        }
    }

    @Test
    void aFileThatBreaksTheShapesIsRefusedOnTheBulkPathAndTheRestLoaded() throws IOException {
        Path root = copyOfProject("project");
        Files.writeString(root.resolve(SOURCE_002), Files.readString(root.resolve(SOURCE_002)) + BROKEN_ATTENDANCE,
                StandardCharsets.UTF_8);
        assertRefusedOnFirstLoad(root, true);
    }

    @Test
    void aFileThatBreaksTheShapesIsRefusedOnThePerFilePathAndTheRestLoaded() throws IOException {
        Path root = copyOfProject("project");
        Files.writeString(root.resolve(SOURCE_002), Files.readString(root.resolve(SOURCE_002)) + BROKEN_ATTENDANCE,
                StandardCharsets.UTF_8);
        assertRefusedOnFirstLoad(root, false);
    }

    /** Files are parsed ahead of the bulk loader on other threads; a parse error still refuses its file alone. */
    @Test
    void aFileThatDoesNotParseIsRefusedOnTheBulkPathWithItsLineAndTheRestLoaded() throws IOException {
        Path root = copyOfProject("project");
        int files = ProjectFiles.tripleCounts(root).size();
        Files.writeString(root.resolve(SOURCE_002), Files.readString(root.resolve(SOURCE_002)) + "\n<urn:x> <urn:y> .\n",
                StandardCharsets.UTF_8);
        long lines = Files.readAllLines(root.resolve(SOURCE_002)).size();
        try (EmbeddedStore store = open("tdb2")) {
            LoadReport report = new GraphLoader(store, true).load(root, ProjectFiles.DIRECTORIES, ProjectFiles.SHAPES);

            assertThat(report.refused()).singleElement().satisfies(refused -> {
                assertThat(refused.path()).isEqualTo(SOURCE_002);
                assertThat(refused.line()).isEqualTo(lines);
            });
            assertThat(graphs(store)).doesNotContainKey(GraphNames.forPath(SOURCE_002));
            assertThat(report.loaded()).hasSize(files - 1);
        }
    }

    private void assertRefusedOnFirstLoad(Path root, boolean bulk) {
        try (EmbeddedStore store = open("tdb2")) {
            LoadReport report = new GraphLoader(store, bulk).load(root, ProjectFiles.DIRECTORIES, ProjectFiles.SHAPES);

            assertThat(report.refused()).singleElement().satisfies(refused -> {
                assertThat(refused.path()).isEqualTo(SOURCE_002);
                assertThat(refused.reason()).contains("SHACL")
                        .contains("orebro-gemensam-chefsgrupp-2022-06-03-fredrik-bergstrom")
                        .contains("attendanceStatus")
                        .contains("maxCount");
            });
            Map<String, Graph> graphs = graphs(store);
            assertThat(graphs).doesNotContainKey(GraphNames.forPath(SOURCE_002));
            assertThat(loadRecords(graphs.get(GraphNames.LOAD_RECORD_GRAPH))).doesNotContainKey(GraphNames.forPath(SOURCE_002))
                    .hasSize(ProjectFiles.tripleCounts(root).size() - 1);
            assertThat(report.loaded()).hasSize(ProjectFiles.tripleCounts(root).size() - 1);
            assertThat(new GraphLoader(store).holdsCompleteLoad()).isTrue();
        }
    }

    private Path copyOfProject(String name) throws IOException {
        Path root = Files.createDirectories(work.resolve(name));
        ProjectFiles.copyTo(root);
        return root;
    }

    private EmbeddedStore open(String name) {
        return new EmbeddedStore(new StoreProperties.Store(work.resolve(name).toString(), null, null, null, null),
                new StoreProperties.Fuseki(0, "samverkan"), Duration.ofSeconds(30));
    }

    /** Every named graph of the store, copied. */
    static Map<String, Graph> graphs(DatasetStore store) {
        return Txn.calculateRead(store.dataset(), () -> {
            Map<String, Graph> graphs = new TreeMap<>();
            store.dataset().listGraphNodes().forEachRemaining(name -> {
                Graph copy = GraphFactory.createDefaultGraph();
                GraphUtil.addInto(copy, store.dataset().getGraph(name));
                graphs.put(name.getURI(), copy);
            });
            return graphs;
        });
    }

    /** Per loaded graph, its load record without the time it was loaded. */
    static Map<String, Map<String, String>> loadRecords(Graph records) {
        Node loadedAt = NodeFactory.createURI(SG + "loadedAt");
        Node completedAt = NodeFactory.createURI(SG + "loadCompletedAt");
        Map<String, Map<String, String>> byGraph = new TreeMap<>();
        records.find().forEachRemaining(t -> {
            if (!t.getPredicate().equals(loadedAt) && !t.getPredicate().equals(completedAt)) {
                byGraph.computeIfAbsent(t.getSubject().getURI(), g -> new TreeMap<>())
                        .put(t.getPredicate().getURI(), t.getObject().toString());
            }
        });
        return byGraph;
    }

    private static Map<String, String> example(NamedQuery query) {
        Map<String, String> values = new LinkedHashMap<>();
        if (query.example() != null && !query.example().isBlank() && !query.example().startsWith("(no parameters)")) {
            for (String pair : query.example().split("&")) {
                String[] kv = pair.split("=", 2);
                values.put(kv[0], kv.length > 1 ? kv[1] : "");
            }
        }
        return values;
    }

    /** The answer's rows as text, sorted: queries without ORDER BY may list them in any order. */
    private static List<String> rows(QueryRunner runner, NamedQuery query, Map<String, String> values) {
        List<String> rows = new ArrayList<>(runner.select(query, query.bind(values)).rows().stream()
                .map(Object::toString).toList());
        rows.sort(null);
        return rows;
    }
}
