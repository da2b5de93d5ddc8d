package se.samverkansgrafen.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Minutes in layouts the seeds do not have, with people and places that are not in the
 * graph: a protocol with § numbers and "Beslut:", a participant table
 * "Namn | Funktion | Organisation", and a scanned-looking text with OCR slips.
 */
class MinutesExtractorTest {

    private static final String ORG = "https://w3id.org/samverkan/id/org/";

    private static MinutesExtractor extractor;

    @BeforeAll
    static void gazetteer() {
        extractor = new MinutesExtractor(new Gazetteer(Gazetteer.loadModel(Path.of("").toAbsolutePath(), p -> true)));
    }

    private static Draft extract(String resource) throws IOException, IngestException {
        Path file = Path.of("src/test/resources/ingest", resource);
        return extractor.extract(TextMinutes.of(resource, Files.readString(file)));
    }

    private static Map<String, String> statusByName(Draft draft) {
        return draft.participants().stream().collect(Collectors.toMap(p -> p.person().name(), Draft.Participant::statusIri));
    }

    @Test
    void protocolWithParagraphNumbersAndBeslut() throws Exception {
        Draft draft = extract("protokoll-paragrafer.txt");

        assertThat(draft.meeting().date()).isEqualTo(LocalDate.of(2023, 3, 14));
        assertThat(draft.meeting().timeOfDay()).isEqualTo("09.00–12.00");
        assertThat(draft.meeting().place()).isEqualTo("Regionhuset, Falun");
        assertThat(statusByName(draft)).containsEntry("Sigrid Holmqvist", "present")
                .containsEntry("Maja Ekelund", "partial").containsEntry("Henrietta Wallgren", "absent")
                .containsEntry("Oskar Nyholm", "present");
        assertThat(draft.meeting().roles()).extracting(r -> r.roleIri().substring(Vocab.ROLE.length()) + " " + r.person().name())
                .contains("ordforande Sigrid Holmqvist", "sekreterare Oskar Nyholm", "justerare Arvid Lindroth");
        assertThat(draft.items()).extracting(Draft.Item::number).containsExactly("1", "2", "3", "4", "5", "6");
        assertThat(draft.items().get(3).title()).isEqualTo("Riktlinje för samordnad individuell plan");
        assertThat(draft.items().get(3).presenters()).extracting(Draft.Person::name).containsExactly("Torbjörn Sjödahl");
        assertThat(draft.decisions()).extracting(d -> d.itemNumber() + " " + d.kindIri().substring(Vocab.DECISION_KIND.length()))
                .containsExactly("2 val", "3 faststallande", "4 beslut", "5 bordlagt");
        assertThat(draft.meeting().groups().get(0).known()).isFalse();
        assertThat(draft.candidates()).isEmpty();
        // Every municipality and region of Sweden is known: each resolves to its own, not to one
        // a letter away in another county (Mora is not Nora, Falu kommun is Falun).
        assertThat(draft.participants()).extracting(p -> p.nameAsWritten() + " " + p.orgIri().substring(ORG.length()))
                .containsExactly("Sigrid Holmqvist kommun-falun", "Arvid Lindroth kommun-borlange",
                        "Maja Ekelund kommun-mora", "Torbjörn Sjödahl region-dalarna",
                        "Henrietta Wallgren kommun-ludvika", "Oskar Nyholm region-dalarna");
        assertThat(draft.meeting().groups().get(0).iri()).doesNotContain("/orebro-");
    }

    @Test
    void participantTableWithFunctionAndOrganisation() throws Exception {
        Draft draft = extract("deltagartabell.txt");

        assertThat(draft.meeting().date()).isEqualTo(LocalDate.of(2023, 9, 8));
        assertThat(draft.participants()).extracting(p -> p.person().name() + " | " + p.jobTitle())
                .contains("Elvira Strandberg | socialchef", "Ragnar Fjällström | enhetschef");
        assertThat(statusByName(draft)).hasSize(5).containsEntry("Tove Ålander", "absent")
                .containsEntry("Linnéa Backlund", "present");
        assertThat(draft.items()).extracting(Draft.Item::title)
                .containsExactly("Inledning", "Föregående minnesanteckningar", "Handlingsplan för tidiga insatser", "Nästa möte");
        assertThat(draft.decisions()).extracting(d -> d.itemNumber() + " " + d.kindIri().substring(Vocab.DECISION_KIND.length()))
                .containsExactly("2 beslut", "3 stallningstagande");
        assertThat(draft.meeting().groups().get(0).kindIri()).isEqualTo(Vocab.GROUP_KIND + "natverk");
    }

    @Test
    void scannedTextWithRunTogetherNamesAndAReplacement() throws Exception {
        Draft draft = extract("skannad.txt");

        assertThat(draft.meeting().date()).isEqualTo(LocalDate.of(2024, 4, 12));
        Map<String, Draft.Participant> byWritten = draft.participants().stream()
                .collect(Collectors.toMap(Draft.Participant::nameAsWritten, p -> p));
        assertThat(byWritten.get("PerOlofBengtsson").statusIri()).isEqualTo("absent");
        assertThat(byWritten.get("PerOlofBengtsson").uncertaintyNote()).contains("överstrykning");
        assertThat(byWritten.get("MargitFalk").person().name()).isEqualTo("Margit Falk");
        assertThat(byWritten.get("Ingrid Haraldsson").statusIri()).isEqualTo("present");
        assertThat(byWritten.get("Astrid Nordlund").statusIri()).isEqualTo("absent");
        assertThat(byWritten.get("Vilhelm Oden").statusIri()).isEqualTo("substitute");
        assertThat(byWritten.get("Vilhelm Oden").substituteFor().name()).isEqualTo("Astrid Nordlund");
        assertThat(byWritten.get("Sune Hallberg").roleIris()).contains("sekreterare");
        assertThat(draft.items()).extracting(Draft.Item::title)
                .containsExactly("Inledning", "Dagordning", "Rapport fran AU", "Riktlinje hjalpmedel");
        assertThat(draft.decisions()).extracting(d -> d.itemNumber() + " " + d.kindIri().substring(Vocab.DECISION_KIND.length()))
                .contains("2 faststallande", "3 inget-beslut", "4 beslut");
    }

    @Test
    void aStruckLineFromTheReaderMeansAbsentWithHighConfidence() throws Exception {
        MinutesText text = TextMinutes.of("struck.txt", Files.readString(Path.of("src/test/resources/ingest/deltagartabell.txt")));
        List<MinutesText.Line> lines = text.lines().stream()
                .map(l -> l.text().contains("Kasper Norrgård") ? new MinutesText.Line(l.number(), l.page(), l.text(), List.of("Kasper Norrgård")) : l)
                .toList();
        Draft draft = extractor.extract(new MinutesText("struck.txt", "text/plain", 1, lines));

        Draft.Participant kasper = draft.participants().stream().filter(p -> p.nameAsWritten().equals("Kasper Norrgård")).findFirst().orElseThrow();
        assertThat(kasper.statusIri()).isEqualTo("absent");
        assertThat(kasper.confidence()).isGreaterThanOrEqualTo(0.9);
    }

    @Test
    void knownPeopleAreLinkedByVariantAndNearNamesBecomeCandidates() throws Exception {
        String minutes = """
                Protokoll Chefsgrupp för samverkan social välfärd samt vård och omsorg
                Tid: 2 februari 2024
                Närvarande:
                Ingmar Angman, Region Örebro län
                Karolina Stridh
                Fredrik Bergstrom, Nora

                1. Inledning
                Ingmar hälsade välkommen.
                """;
        Draft draft = extractor.extract(TextMinutes.of("liten.txt", minutes));

        assertThat(draft.participants()).extracting(p -> p.person().iri().substring(Vocab.PERSON.length()))
                .contains("ingmar-angman", "fredrik-bergstrom");
        assertThat(draft.participants()).filteredOn(p -> p.nameAsWritten().equals("Ingmar Angman"))
                .allSatisfy(p -> assertThat(p.person().known()).isTrue());
        assertThat(draft.meeting().groups()).extracting(Draft.Group::iri).containsExactly(Vocab.GROUP + "orebro-chefsgrupp-svvo");
    }

    @Test
    void aTextThatIsNotMinutesIsRefusedSayingWhy() {
        assertThatThrownBy(() -> extractor.extract(TextMinutes.of("recept.txt",
                "Kanelbullar\n\nSmör, socker och kanel.\nGrädda i 225 grader.\n")))
                .isInstanceOf(IngestException.class)
                .hasMessageContaining("recept.txt").hasMessageContaining("no meeting date")
                .hasMessageContaining("no participants").hasMessageContaining("no agenda items");
    }
}
