package se.samverkansgrafen.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.Status;

/**
 * Loading and reloading a copy of ontology/ and data/ into a real TDB2 database served
 * by embedded Fuseki; what was loaded is read back over HTTP.
 */
class GraphLoaderTest {

    private static final String GROUPS = "data/reference/groups.ttl";
    private static final String ORGANISATIONS = "data/reference/organisations.ttl";

    @TempDir
    Path work;

    private Path root;
    private Path tdb2;
    private EmbeddedStore store;

    @BeforeEach
    void copyProjectAndOpenStore() throws IOException {
        root = Files.createDirectories(work.resolve("project"));
        tdb2 = work.resolve("tdb2");
        ProjectFiles.copyTo(root);
        store = open();
    }

    @AfterEach
    void closeStore() {
        store.close();
    }

    private EmbeddedStore open() {
        return new EmbeddedStore(new StoreProperties.Store(tdb2.toString(), null, null, null, null),
                new StoreProperties.Fuseki(0, "samverkan"), Duration.ofSeconds(10));
    }

    private LoadReport load() {
        return new GraphLoader(store).load(root, ProjectFiles.DIRECTORIES, ProjectFiles.SHAPES);
    }

    private Map<String, Long> servedGraphs() {
        Map<String, Long> served = new HashMap<>(SparqlHttp.graphSizes(store.queryEndpoint()));
        served.remove(GraphNames.LOAD_RECORD_GRAPH);
        return served;
    }

    private Map<String, Long> expectedGraphs() {
        Map<String, Long> expected = new HashMap<>();
        ProjectFiles.tripleCounts(root).forEach((path, n) -> expected.put(GraphNames.forPath(path), n));
        return expected;
    }

    @Test
    void restartReloadsNothingUnchangedAndDuplicatesNoTriple() {
        LoadReport first = load();
        Map<String, Long> afterFirst = servedGraphs();
        int files = expectedGraphs().size();
        assertThat(first.loaded()).hasSize(files);

        store.close();
        store = open();
        LoadReport second = load();

        assertThat(second.loaded()).isEmpty();
        assertThat(second.unchanged()).hasSize(files);
        assertThat(second.removed()).isEmpty();
        assertThat(servedGraphs()).isEqualTo(afterFirst).isEqualTo(expectedGraphs());
    }

    @Test
    void changedFileReplacesItsGraph() throws IOException {
        load();
        Path groups = root.resolve(GROUPS);
        Files.writeString(groups, """
                @prefix skos: <http://www.w3.org/2004/02/skos/core#> .
                <https://w3id.org/samverkan/id/group/test> skos:prefLabel "Testgrupp"@sv .
                """, StandardCharsets.UTF_8);

        LoadReport report = load();

        assertThat(report.loaded()).extracting(LoadReport.LoadedFile::path).containsExactly(GROUPS);
        assertThat(report.unchanged()).hasSize(expectedGraphs().size() - 1);
        assertThat(servedGraphs()).containsEntry(GraphNames.forPath(GROUPS), 1L).isEqualTo(expectedGraphs());
    }

    /** The version a load or reload reports is the one the store holds after it (the ETags and derived facts use it). */
    @Test
    void eachLoadReportsTheDataVersionTheStoreHoldsAfterIt() throws IOException {
        GraphLoader loader = new GraphLoader(store);
        LoadReport first = loader.load(root, ProjectFiles.DIRECTORIES, ProjectFiles.SHAPES);
        assertThat(first.version()).isNotNull().isEqualTo(new DataVersion(store).refresh());
        assertThat(first.graphs()).isEqualTo(expectedGraphs().size());
        assertThat(loader.load(root, ProjectFiles.DIRECTORIES, ProjectFiles.SHAPES).version()).isEqualTo(first.version());

        Path groups = root.resolve(GROUPS);
        Files.writeString(groups, """
                @prefix skos: <http://www.w3.org/2004/02/skos/core#> .
                <https://w3id.org/samverkan/id/group/test> skos:prefLabel "Testgrupp"@sv .
                """, StandardCharsets.UTF_8);
        LoadReport changed = loader.load(root, ProjectFiles.DIRECTORIES, ProjectFiles.SHAPES);
        assertThat(changed.version()).isNotEqualTo(first.version()).isEqualTo(new DataVersion(store).refresh());

        Files.writeString(groups, """
                @prefix skos: <http://www.w3.org/2004/02/skos/core#> .
                <https://w3id.org/samverkan/id/group/test> skos:prefLabel "Testgrupp två"@sv .
                """, StandardCharsets.UTF_8);
        LoadReport reloaded = loader.reload(root, List.of(GROUPS));
        assertThat(reloaded.version()).isNotEqualTo(changed.version()).isEqualTo(new DataVersion(store).refresh());
        assertThat(reloaded.graphs()).isEqualTo(expectedGraphs().size());
    }

    @Test
    void deletedFileLosesItsGraph() throws IOException {
        load();
        Files.delete(root.resolve(GROUPS));

        LoadReport report = load();

        assertThat(report.removed()).containsExactly(GROUPS);
        assertThat(servedGraphs()).doesNotContainKey(GraphNames.forPath(GROUPS)).isEqualTo(expectedGraphs());
    }

    @Test
    void malformedFileIsRefusedWithPathAndLineAndItsPreviousGraphKept() throws IOException {
        load();
        Map<String, Long> before = servedGraphs();
        Path organisations = root.resolve(ORGANISATIONS);
        Files.writeString(organisations, """
                @prefix skos: <http://www.w3.org/2004/02/skos/core#> .
                <https://w3id.org/samverkan/id/org/x> skos:prefLabel "ok"@sv .
                <https://w3id.org/samverkan/id/org/y> skos:prefLabel "Y"@sv <urn:x:no-separator> .
                """, StandardCharsets.UTF_8);
        Files.writeString(root.resolve(GROUPS), """
                <https://w3id.org/samverkan/id/group/z> <http://www.w3.org/2004/02/skos/core#prefLabel> "Z"@sv .
                """, StandardCharsets.UTF_8);

        LoadReport report = load();

        assertThat(report.refused()).singleElement().satisfies(refused -> {
            assertThat(refused.path()).isEqualTo(ORGANISATIONS);
            assertThat(refused.line()).isEqualTo(3);
            assertThat(refused.reason()).isNotBlank();
        });
        assertThat(report.loaded()).extracting(LoadReport.LoadedFile::path).containsExactly(GROUPS);
        Map<String, Long> after = servedGraphs();
        assertThat(after.get(GraphNames.forPath(ORGANISATIONS))).isEqualTo(before.get(GraphNames.forPath(ORGANISATIONS)));
        assertThat(after.get(GraphNames.forPath(GROUPS))).isEqualTo(1L);

        LoadStatus status = new LoadStatus();
        status.record(report);
        Health health = new StoreHealthIndicator(store, status).health();
        assertThat(health.getStatus()).isEqualTo(new Status("DEGRADED"));
        assertThat(health.getDetails().get("refused").toString()).contains(ORGANISATIONS + ":3:");
    }

    @Test
    void changeThatBreaksTheShapesIsRefusedAndThePreviousGraphKept() throws IOException {
        load();
        Map<String, Long> before = servedGraphs();
        String source002 = "data/sources/002-orebro-gemensam-chefsgrupp-2022-06-03.ttl";
        Path file = root.resolve(source002);
        // A second attendance status, and one that is not from the attendance scheme.
        Files.writeString(file, Files.readString(file) + """

                <https://w3id.org/samverkan/id/attendance/orebro-gemensam-chefsgrupp-2022-06-03-fredrik-bergstrom>
                    <https://w3id.org/samverkan/def#attendanceStatus> <https://w3id.org/samverkan/def/role/ledamot> .
                """, StandardCharsets.UTF_8);
        Files.writeString(root.resolve(GROUPS), Files.readString(root.resolve(GROUPS)) + "\n# a harmless change\n",
                StandardCharsets.UTF_8);

        LoadReport report = load();

        assertThat(report.refused()).singleElement().satisfies(refused -> {
            assertThat(refused.path()).isEqualTo(source002);
            assertThat(refused.reason()).contains("SHACL").contains("fredrik-bergstrom");
        });
        assertThat(report.loaded()).extracting(LoadReport.LoadedFile::path).containsExactly(GROUPS);
        assertThat(report.violations()).isEmpty();
        assertThat(servedGraphs()).isEqualTo(before);
    }

    @Test
    void refusedFileIsRetriedAtTheNextLoadOnceFixed() throws IOException {
        Path organisations = root.resolve(ORGANISATIONS);
        String good = Files.readString(organisations);
        Files.writeString(organisations, good + "\n this is not turtle", StandardCharsets.UTF_8);
        LoadReport broken = load();
        assertThat(broken.refused()).as(broken.refused().toString()).extracting(LoadReport.RefusedFile::path).containsExactly(ORGANISATIONS);
        // Without the organisations the others' references dangle: reported, not blamed on them.
        assertThat(broken.violations()).isNotEmpty();
        assertThat(servedGraphs()).doesNotContainKey(GraphNames.forPath(ORGANISATIONS));

        Files.writeString(organisations, good, StandardCharsets.UTF_8);
        LoadReport report = load();

        assertThat(report.refused()).isEmpty();
        assertThat(report.violations()).isEmpty();
        assertThat(report.loaded()).extracting(LoadReport.LoadedFile::path).containsExactly(ORGANISATIONS);
        assertThat(servedGraphs()).isEqualTo(expectedGraphs());
    }
}
