package se.samverkansgrafen.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.compose.MultiUnion;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.shacl.ShaclValidator;
import org.apache.jena.shacl.Shapes;
import org.apache.jena.shacl.ValidationReport;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The extractor on the five seed minutes in minutes/, scored against the curated
 * data/sources files (leave-one-out), reaches the goal figures, and its drafts conform to
 * the shapes together with the ontology, the reference data and the other sources.
 */
class EvaluationTest {

    private static Evaluation.Report report;

    @BeforeAll
    static void evaluate() {
        report = Evaluation.evaluate(Path.of("").toAbsolutePath());
    }

    @Test
    void everySeedIsScored() {
        assertThat(report.perDocument()).hasSize(5);
        assertThat(report.total("attendance").tp()).isGreaterThan(100);
    }

    @Test
    void attendanceAndItemsReachF1Of95() {
        assertThat(report.total("attendance").f1()).as("attendance F1").isGreaterThanOrEqualTo(0.95);
        assertThat(report.total("items").f1()).as("items F1").isGreaterThanOrEqualTo(0.95);
    }

    @Test
    void decisionsAndRolesReachF1Of90() {
        assertThat(report.total("decisions").f1()).as("decisions F1").isGreaterThanOrEqualTo(0.9);
        assertThat(report.total("roles").f1()).as("roles F1").isGreaterThanOrEqualTo(0.9);
    }

    @Test
    void theGazetteerOfASeedHoldsNeitherItsFileNorItsOwnSpellings() {
        Model gazetteer = report.gazetteers().get("003_be10af4f0b2c7a94");
        var source = gazetteer.createResource(Vocab.SOURCE + "003_be10af4f0b2c7a94");
        assertThat(gazetteer.contains(source, org.apache.jena.vocabulary.RDF.type,
                gazetteer.createResource(Vocab.SG + "SourceDocument"))).as("the seed's own source file").isFalse();
        assertThat(gazetteer.containsResource(gazetteer.createResource(Vocab.PERSON + "karolina-stridh")))
                .as("a person only this seed names").isFalse();
        assertThat(gazetteer.listObjectsOfProperty(org.apache.jena.vocabulary.SKOS.altLabel).toList().stream()
                .map(n -> n.asLiteral().getString())).as("spellings read from this seed").doesNotContain("JaanaJansson");
    }

    @Test
    void draftsConformToTheShapesWithTheRestOfTheGraph() {
        Shapes shapes = Shapes.parse(RDFDataMgr.loadGraph("ontology/shapes.ttl"));
        for (Map.Entry<String, Model> draft : report.drafts().entrySet()) {
            MultiUnion union = new MultiUnion();
            union.addGraph(report.gazetteers().get(draft.getKey()).getGraph());
            union.addGraph(draft.getValue().getGraph());
            ValidationReport validation = ShaclValidator.get().validate(shapes, (Graph) union);
            List<String> violations = validation.getEntries().stream()
                    .map(e -> e.focusNode() + " " + e.resultPath() + ": " + e.message()).toList();
            assertThat(violations).as("violations in the draft of %s", draft.getKey()).isEmpty();
        }
    }

    @Test
    void everyDraftedFactIsCitedWithLineAndConfidence() {
        Model draft = report.drafts().get("001_c167f51003a1b926");
        var citedIn = draft.createProperty(Vocab.SG + "citedIn");
        var line = draft.createProperty(Vocab.SG + "sourceLine");
        var confidence = draft.createProperty(Vocab.SG + "confidence");
        for (String cls : List.of("Attendance", "AgendaItem", "Decision", "HandlingStep")) {
            var facts = draft.listResourcesWithProperty(org.apache.jena.vocabulary.RDF.type,
                    draft.createResource(Vocab.SG + cls)).toList();
            assertThat(facts).as(cls).isNotEmpty().allSatisfy(f -> {
                assertThat(f.hasProperty(citedIn)).isTrue();
                assertThat(f.getProperty(line).getInt()).isPositive();
                assertThat(f.getProperty(confidence).getDouble()).isBetween(0.0, 1.0);
            });
        }
    }
}
