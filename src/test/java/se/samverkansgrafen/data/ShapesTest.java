package se.samverkansgrafen.data;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.apache.jena.graph.Graph;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.shacl.ShaclValidator;
import org.apache.jena.shacl.Shapes;
import org.apache.jena.shacl.ValidationReport;
import org.junit.jupiter.api.Test;

import se.samverkansgrafen.store.SeedStore;

/** Every graph, together, conforms to ontology/shapes.ttl. */
class ShapesTest {

    @Test
    void allGraphsConformToTheShapes() {
        assertThat(SeedStore.loadReport().refused()).as("files refused by the loader").isEmpty();
        Shapes shapes = Shapes.parse(RDFDataMgr.loadGraph("ontology/shapes.ttl"));
        Graph union = SeedStore.unionGraph();

        ValidationReport report = ShaclValidator.get().validate(shapes, union);

        List<String> violations = report.getEntries().stream()
                .map(e -> e.focusNode() + " " + e.resultPath() + ": " + e.message()
                        + (e.value() != null ? " (value " + e.value() + ")" : ""))
                .toList();
        assertThat(violations).as("SHACL violations").isEmpty();
        assertThat(report.conforms()).isTrue();
    }

    @Test
    void theShapesCatchAnUncitedAttendance() {
        Shapes shapes = Shapes.parse(RDFDataMgr.loadGraph("ontology/shapes.ttl"));
        Graph union = SeedStore.unionGraph();
        // Remove the citation of one attendance: validation must now fail on it.
        var attendance = org.apache.jena.graph.NodeFactory.createURI(
                "https://w3id.org/samverkan/id/attendance/orebro-chefsgrupp-svvo-2022-11-11-fredrik-bergstrom");
        var citedIn = org.apache.jena.graph.NodeFactory.createURI("https://w3id.org/samverkan/def#citedIn");
        assertThat(union.contains(attendance, citedIn, org.apache.jena.graph.Node.ANY)).isTrue();
        union.remove(attendance, citedIn, org.apache.jena.graph.Node.ANY);

        ValidationReport report = ShaclValidator.get().validate(shapes, union);

        assertThat(report.conforms()).isFalse();
        assertThat(report.getEntries()).anySatisfy(e -> assertThat(e.focusNode()).isEqualTo(attendance));
    }
}
