package se.samverkansgrafen.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.Set;

import org.apache.jena.graph.Graph;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A change is checked against the shapes with what the store holds about the nodes it
 * names, not the whole graph: a violation that needs another file's node to be seen (a
 * membership whose member is an organisation typed in the reference data) is still
 * caught, at a reload and for a change about to be written.
 */
class IncrementalShapeCheckTest {

    private static final String SOURCE_002 = "data/sources/002-orebro-gemensam-chefsgrupp-2022-06-03.ttl";
    private static final String MEMBERSHIP = "orebro-chefsgrupp-svvo-linnea-hedkvist-sekreterare-2022-06-03";
    private static final String MEMBER = "    org:member person:linnea-hedkvist ;";

    @TempDir
    Path work;

    private Path root;
    private EmbeddedStore store;
    private GraphLoader loader;

    @BeforeEach
    void loadACopyOfTheProject() throws IOException {
        root = Files.createDirectories(work.resolve("project"));
        ProjectFiles.copyTo(root);
        store = new EmbeddedStore(new StoreProperties.Store(work.resolve("tdb2").toString(), null, null, null, null),
                new StoreProperties.Fuseki(0, "samverkan"), Duration.ofSeconds(30));
        loader = new GraphLoader(store);
        assertThat(loader.load(root, ProjectFiles.DIRECTORIES, ProjectFiles.SHAPES).refused()).isEmpty();
    }

    @AfterEach
    void closeStore() {
        store.close();
    }

    /** The source file with its first membership's member replaced. */
    private String withMember(String member) throws IOException {
        String text = Files.readString(root.resolve(SOURCE_002), StandardCharsets.UTF_8);
        assertThat(text).contains(MEMBER);
        return text.replaceFirst(MEMBER, "    org:member " + member + " ;");
    }

    @Test
    void aReloadRefusesAMemberOfTheWrongClassTypedInAnotherFile() throws IOException {
        Map<String, Long> before = SparqlHttp.graphSizes(store.queryEndpoint());
        Files.writeString(root.resolve(SOURCE_002), withMember("orgn:kommun-lekeberg"), StandardCharsets.UTF_8);

        LoadReport report = loader.load(root, ProjectFiles.DIRECTORIES, ProjectFiles.SHAPES);

        assertThat(report.refused()).singleElement().satisfies(refused -> {
            assertThat(refused.path()).isEqualTo(SOURCE_002);
            assertThat(refused.reason()).contains(MEMBERSHIP).contains("http://www.w3.org/ns/org#member")
                    .contains("http://xmlns.com/foaf/0.1/Person").contains("kommun-lekeberg");
        });
        assertThat(report.loaded()).isEmpty();
        assertThat(SparqlHttp.graphSizes(store.queryEndpoint())).isEqualTo(before);
        assertThat(SparqlHttp.graphSizes(store.queryEndpoint()).get(GraphNames.forPath(SOURCE_002))).isPositive();
    }

    /** A node whose class lies two rdfs:subClassOf steps below a shape's target class is checked by that shape. */
    @Test
    void aNodeOfASubclassOfATargetClassIsChecked() throws IOException {
        Path file = root.resolve("data/reference/test-forbund.ttl");
        String forbund = """
                @prefix org:  <http://www.w3.org/ns/org#> .
                @prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
                @prefix skos: <http://www.w3.org/2004/02/skos/core#> .
                <https://w3id.org/samverkan/def#TestForbund> rdfs:subClassOf org:FormalOrganization .
                <https://w3id.org/samverkan/id/org/test-forbund> a <https://w3id.org/samverkan/def#TestForbund>""";
        Files.writeString(file, forbund + " .\n", StandardCharsets.UTF_8);

        LoadReport report = loader.load(root, ProjectFiles.DIRECTORIES, ProjectFiles.SHAPES);

        assertThat(report.refused()).singleElement().satisfies(refused -> {
            assertThat(refused.path()).isEqualTo("data/reference/test-forbund.ttl");
            assertThat(refused.reason()).contains("test-forbund").contains("prefLabel");
        });

        Files.writeString(file, forbund + " ;\n    skos:prefLabel \"Testförbund\"@sv .\n", StandardCharsets.UTF_8);
        report = loader.load(root, ProjectFiles.DIRECTORIES, ProjectFiles.SHAPES);
        assertThat(report.refused()).isEmpty();
        assertThat(report.loaded()).extracting(LoadReport.LoadedFile::path).containsExactly("data/reference/test-forbund.ttl");
    }

    @Test
    void aChangeAboutToBeWrittenIsCheckedAgainstTheOtherFilesNodes() throws IOException {
        Graph wrongClass = parse(withMember("orgn:kommun-lekeberg"));
        Graph anotherPerson = parse(withMember("person:fredrik-bergstrom"));

        assertThat(loader.validateChange(root, ProjectFiles.DIRECTORIES, ProjectFiles.SHAPES,
                Map.of(SOURCE_002, wrongClass), Set.of()))
                .singleElement().asString().contains(MEMBERSHIP).contains("http://www.w3.org/ns/org#member")
                .contains("kommun-lekeberg");
        assertThat(loader.validateChange(root, ProjectFiles.DIRECTORIES, ProjectFiles.SHAPES,
                Map.of(SOURCE_002, anotherPerson), Set.of())).isEmpty();
    }

    @Test
    void aChangeIsCheckedAgainstTheOtherFilesOfTheSameChangeNotTheirStoredContent() throws IOException {
        // The same change makes the member an organisation: the store still says person.
        String people = Files.readString(root.resolve("data/reference/people.ttl"), StandardCharsets.UTF_8);
        assertThat(people).contains("person:linnea-hedkvist a foaf:Person ;");
        Graph retyped = parse(people.replace("person:linnea-hedkvist a foaf:Person ;",
                "person:linnea-hedkvist a <http://www.w3.org/ns/org#Organization> ;"));
        Graph source = parse(Files.readString(root.resolve(SOURCE_002), StandardCharsets.UTF_8));

        assertThat(loader.validateChange(root, ProjectFiles.DIRECTORIES, ProjectFiles.SHAPES,
                Map.of(SOURCE_002, source), Set.of())).isEmpty();
        assertThat(loader.validateChange(root, ProjectFiles.DIRECTORIES, ProjectFiles.SHAPES,
                Map.of(SOURCE_002, source, "data/reference/people.ttl", retyped), Set.of()))
                .anySatisfy(violation -> assertThat(violation).contains(MEMBERSHIP)
                        .contains("http://www.w3.org/ns/org#member").contains("linnea-hedkvist"));
    }

    @Test
    void aReferenceToANodeNoGraphTypesIsReportedNotRefused() throws IOException {
        Files.writeString(root.resolve(SOURCE_002), withMember("person:nobody-by-this-name"), StandardCharsets.UTF_8);

        LoadReport report = loader.load(root, ProjectFiles.DIRECTORIES, ProjectFiles.SHAPES);

        assertThat(report.refused()).isEmpty();
        assertThat(report.loaded()).extracting(LoadReport.LoadedFile::path).containsExactly(SOURCE_002);
        assertThat(report.violations()).singleElement().asString().contains(MEMBERSHIP).contains("nobody-by-this-name");
    }

    private static Graph parse(String turtle) {
        return RDFParser.fromString(turtle, Lang.TURTLE).toGraph();
    }
}
