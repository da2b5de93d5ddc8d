package se.samverkansgrafen.faults;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.DatabaseMgr;
import org.apache.jena.tdb2.sys.TDBInternal;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import se.samverkansgrafen.store.GraphNames;

/** The crash trials' check finds what a crash could leave behind: half a graph, a record that does not match. */
class StoreStateTest {

    private static final String PATH = "data/x.nt";
    private static final String SG = "https://w3id.org/samverkan/def#";

    @TempDir
    Path work;

    private FileVersion old;
    private FileVersion fresh;

    @BeforeEach
    void versions() throws Exception {
        Path file = Files.createDirectories(work.resolve("data")).resolve("x.nt");
        old = FileVersion.of("old", file, "<urn:x:a> <urn:x:p> \"1\" .\n<urn:x:b> <urn:x:p> \"2\" .\n"
                .getBytes(StandardCharsets.UTF_8));
        fresh = FileVersion.of("new", file, "<urn:x:a> <urn:x:p> \"3\" .\n<urn:x:b> <urn:x:p> \"4\" .\n"
                .getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void aWholeVersionWithItsRecordPasses() {
        List<String> violations = check(store(fresh, 2, fresh.sha256(), 2));
        assertThat(violations).isEmpty();
    }

    @Test
    void halfAGraphIsFound() {
        assertThat(check(store(fresh, 1, fresh.sha256(), 2))).singleElement().asString().contains("is none of");
    }

    @Test
    void aRecordOfTheOtherVersionIsFound() {
        assertThat(check(store(fresh, 2, old.sha256(), 2))).singleElement().asString().contains("another hash");
        assertThat(check(store(fresh, 2, fresh.sha256(), 5))).singleElement().asString().contains("counts");
    }

    private List<String> check(Path tdb2) {
        return StoreState.read(tdb2).check(Map.of(PATH, Set.of(old, fresh)), new HashMap<>());
    }

    /** A store holding the first {@code triples} triples of {@code version} and a load record with the given values. */
    private Path store(FileVersion version, int triples, String sha256, int count) {
        Path tdb2 = work.resolve("tdb2-" + triples + "-" + sha256.substring(0, 8) + "-" + count);
        DatasetGraph dataset = DatabaseMgr.connectDatasetGraph(tdb2.toString());
        Node graph = NodeFactory.createURI(GraphNames.forPath(PATH));
        Node load = NodeFactory.createURI(GraphNames.LOAD_RECORD_GRAPH);
        Txn.executeWrite(dataset, () -> {
            version.graph().find().toList().stream().sorted(java.util.Comparator.comparing(Triple::toString))
                    .limit(triples).forEach(t -> dataset.add(graph, t.getSubject(), t.getPredicate(), t.getObject()));
            dataset.add(load, graph, NodeFactory.createURI(SG + "sourcePath"), NodeFactory.createLiteralString(PATH));
            dataset.add(load, graph, NodeFactory.createURI(SG + "sha256"), NodeFactory.createLiteralString(sha256));
            dataset.add(load, graph, NodeFactory.createURI(SG + "tripleCount"),
                    NodeFactory.createLiteralDT(Integer.toString(count), org.apache.jena.datatypes.xsd.XSDDatatype.XSDinteger));
        });
        TDBInternal.expel(dataset);
        return tdb2;
    }
}
