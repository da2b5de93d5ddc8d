package se.samverkansgrafen.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.compose.MultiUnion;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.shacl.ShaclValidator;
import org.apache.jena.shacl.Shapes;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.SKOS;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Minutes of an invented region in which an agreement is sent on remiss with planned
 * follow-ups, a new action plan is named, and a known project reports; read by hand:
 * known matters are linked, the new one proposed, another region's agreement not linked,
 * and the done and planned steps carry kind, period, citation, line and confidence.
 */
class MatterReaderTest {

    private static final String MATTER = Vocab.MATTER;
    private static Model world;
    private static Draft draft;
    private static Model rdf;

    @BeforeAll
    static void extract() throws Exception {
        world = Gazetteer.loadModel(Path.of("").toAbsolutePath(), p -> true);
        RDFDataMgr.read(world, "src/test/resources/ingest/fjallmark.ttl");
        String text = Files.readString(Path.of("src/test/resources/ingest/overenskommelse-remiss.txt"));
        draft = new MinutesExtractor(new Gazetteer(world)).extract(TextMinutes.of("overenskommelse-remiss.txt", text));
        rdf = DraftWriter.toModel(draft);
    }

    private static List<String> linksOf(String item) {
        return draft.matterLinks().stream().filter(l -> l.itemNumber().equals(item)).map(Draft.MatterLink::matterIri).toList();
    }

    private static List<Draft.Step> steps(String matter, boolean planned) {
        return draft.steps().stream().filter(s -> s.matterIri().equals(matter) && s.planned() == planned).toList();
    }

    @Test
    void theAgreementOnRemissIsLinkedToTheKnownAgreementWithItsSteps() {
        String agreement = MATTER + "fjallmark-overenskommelse-hemsjukvard";
        assertThat(linksOf("3")).containsExactly(agreement);
        Draft.MatterLink link = draft.matterLinks().stream().filter(l -> l.itemNumber().equals("3")).findFirst().orElseThrow();
        assertThat(link.decisionSuffixes()).hasSize(1);

        Draft.Step done = steps(agreement, false).get(0);
        assertThat(done.stepKind()).isEqualTo("remiss");
        assertThat(done.decisionTaken()).isTrue();
        assertThat(done.sortDate()).isEqualTo(LocalDate.of(2024, 2, 9));

        assertThat(steps(agreement, true)).extracting(s -> s.stepKind() + " " + s.period())
                .containsExactly("remiss 2024", "revidering 2024-06");
        Draft.Step spring = steps(agreement, true).get(0);
        assertThat(spring.sortDate()).isEqualTo(LocalDate.of(2024, 3, 1));
        assertThat(spring.periodNote()).contains("årstid");
        assertThat(steps(agreement, true).get(1).periodNote()).contains("härlett");
    }

    @Test
    void aNamedActionPlanNotInTheGraphIsProposedAndAnotherRegionsAgreementIsNotLinked() {
        assertThat(draft.matters()).extracting(Draft.Matter::label).contains("Handlingsplan för suicidprevention bland äldre");
        Draft.Matter plan = draft.matters().stream().filter(m -> m.label().startsWith("Handlingsplan")).findFirst().orElseThrow();
        assertThat(plan.typeIri()).isEqualTo(Vocab.SG + "GoverningDocument");
        assertThat(plan.documentKindIri()).isEqualTo(Vocab.DOCUMENT_KIND + "handlingsplan");
        assertThat(plan.iri()).isEqualTo(MATTER + "fjallmark-handlingsplan-for-suicidprevention-bland-aldre");
        assertThat(linksOf("4")).contains(plan.iri()).doesNotContain(MATTER + "orebro-overenskommelse-hsv-i-hemmet");
        assertThat(draft.matterLinks()).extracting(Draft.MatterLink::matterIri)
                .doesNotContain(MATTER + "orebro-overenskommelse-hsv-i-hemmet");

        assertThat(steps(plan.iri(), true)).extracting(s -> s.stepKind() + " " + s.period())
                .containsExactly("beredning 2024-04-15");
    }

    @Test
    void aKnownProjectByItsNameReportsAndPlansItsFinalReport() {
        String project = MATTER + "fjallmark-projekt-ungkraft";
        assertThat(linksOf("5")).containsExactly(project);
        assertThat(steps(project, false)).extracting(Draft.Step::stepKind).containsExactly("rapport");
        assertThat(steps(project, true)).extracting(s -> s.stepKind() + " " + s.period()).containsExactly("rapport 2024-12");
        assertThat(linksOf("1")).isEmpty();
        assertThat(linksOf("2")).isEmpty();
    }

    @Test
    void stepsFollowTheIriConventionAndCarryCitationLineAndConfidence() {
        Resource done = rdf.createResource(Vocab.STEP + "fjallmark-overenskommelse-hemsjukvard-2024-02-09");
        Resource planned = rdf.createResource(Vocab.STEP + "fjallmark-overenskommelse-hemsjukvard-2024-02-09-planned-1");
        assertThat(rdf.contains(done, RDF.type, rdf.createResource(Vocab.SG + "HandlingStep"))).isTrue();
        assertThat(planned.getProperty(rdf.createProperty(Vocab.SG + "plannedPeriod")).getLiteral().getDatatypeURI())
                .isEqualTo(XSDDatatype.XSDgYear.getURI());
        for (Resource step : rdf.listResourcesWithProperty(RDF.type, rdf.createResource(Vocab.SG + "HandlingStep")).toList()) {
            assertThat(step.hasProperty(rdf.createProperty(Vocab.SG + "citedIn"))).as(step.getURI()).isTrue();
            assertThat(step.getProperty(rdf.createProperty(Vocab.SG + "sourceLine")).getInt()).as(step.getURI()).isPositive();
            assertThat(step.getProperty(rdf.createProperty(Vocab.SG + "confidence")).getDouble()).isBetween(0.0, 1.0);
        }
        Resource item = rdf.createResource(DraftWriter.meetingIri(draft).replace("/meeting/", "/item/") + "-3");
        assertThat(item.getPropertyResourceValue(rdf.createProperty(Vocab.SG + "concerns")).getURI())
                .isEqualTo(MATTER + "fjallmark-overenskommelse-hemsjukvard");
        Resource plan = rdf.createResource(MATTER + "fjallmark-handlingsplan-for-suicidprevention-bland-aldre");
        assertThat(plan.getProperty(SKOS.prefLabel).getLanguage()).isEqualTo("sv");
        assertThat(plan.hasProperty(rdf.createProperty(Vocab.SG + "citedIn"))).isTrue();
    }

    @Test
    void theDraftConformsToTheShapesWithTheGraph() {
        Shapes shapes = Shapes.parse(RDFDataMgr.loadGraph("ontology/shapes.ttl"));
        MultiUnion union = new MultiUnion();
        union.addGraph(world.getGraph());
        union.addGraph(rdf.getGraph());
        List<String> violations = ShaclValidator.get().validate(shapes, (Graph) union).getEntries().stream()
                .map(e -> e.focusNode() + " " + e.resultPath() + ": " + e.message()).toList();
        assertThat(violations).isEmpty();
    }
}
