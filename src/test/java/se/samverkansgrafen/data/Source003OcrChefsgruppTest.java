package se.samverkansgrafen.data;

import static org.assertj.core.api.Assertions.assertThat;
import static se.samverkansgrafen.store.SeedStore.column;
import static se.samverkansgrafen.store.SeedStore.select;
import static se.samverkansgrafen.store.SeedStore.slug;
import static se.samverkansgrafen.store.SeedStore.value;

import java.util.Map;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

import se.samverkansgrafen.store.SeedStore;

/**
 * Seed 003: Minnesanteckningar, Chefsgrupp för samverkan social välfärd samt vård och
 * omsorg, 3 oktober 2025 (OCR scan: struck-through names run together).
 */
class Source003OcrChefsgruppTest {

    private static final String MEETING = "meeting:orebro-chefsgrupp-svvo-2025-10-03";

    @Test
    void ocrSourceAndSecretary() {
        assertThat(value("SELECT ?ocr WHERE { src:003_be10af4f0b2c7a94 sg:ocr ?ocr ; sg:recordsMeeting " + MEETING + " }", "ocr"))
                .isEqualTo("true");
        assertThat(value("SELECT ?s WHERE { " + MEETING + " sg:secretary ?s }", "s")).endsWith("/person/michael-karlsson");
    }

    @Test
    void struckThroughNamesAreAbsent() {
        assertThat(column("SELECT ?p WHERE { ?a sg:meeting " + MEETING + " ; sg:attendee ?p ; sg:attendanceStatus as:absent }", "p"))
                .extracting(SeedStore::slug).containsExactlyInAnyOrder("lise-bergman-nordgren", "daniel-ahnberg", "eva-persson",
                        "jaana-jansson", "johanna-viberg", "madelene-maxe", "patrik-jonsson", "stefan-nilsson");
        assertThat(value("SELECT ?written WHERE { ?a sg:meeting " + MEETING + " ; sg:attendee person:daniel-ahnberg ; sg:nameAsWritten ?written }", "written"))
                .isEqualTo("DanietAhnberg");
    }

    @Test
    void substituteAndPresentParticipants() {
        var substitute = select("SELECT ?p ?for WHERE { ?a sg:meeting " + MEETING
                + " ; sg:attendee ?p ; sg:attendanceStatus as:substitute ; sg:substituteFor ?for }");
        assertThat(substitute).singleElement().satisfies(r -> {
            assertThat(slug(r.get("p"))).isEqualTo("anders-hedaberg");
            assertThat(slug(r.get("for"))).isEqualTo("eva-persson");
        });
        var present = column("SELECT ?p WHERE { ?a sg:meeting " + MEETING + " ; sg:attendee ?p ; sg:attendanceStatus as:present ; sg:citedSection \"Deltagare\" }", "p");
        assertThat(present).extracting(SeedStore::slug).contains("ingmar-angman", "katrin-eriksson", "karolina-stridh", "michael-karlsson")
                .doesNotContain("karolina-strid").hasSize(14);
    }

    @Test
    void decisionsOfTheDay() {
        assertThat(value("SELECT ?text WHERE { dec:orebro-chefsgrupp-svvo-2025-10-03-9-a sg:decisionText ?text }", "text"))
                .contains("4 275 000").contains("2028-03-31");
        Map<String, String> kindByItem = select("SELECT ?number ?kind WHERE { ?d a sg:Decision ; sg:meeting " + MEETING
                + " ; sg:agendaItem ?i ; sg:decisionKind ?kind . ?i sg:itemNumber ?number FILTER(?number IN (\"7\", \"10\", \"11\")) }")
                .stream().collect(Collectors.toMap(r -> r.get("number"), r -> slug(r.get("kind"))));
        assertThat(kindByItem).isEqualTo(Map.of("7", "beslut", "10", "fortsatt-beredning", "11", "fortsatt-beredning"));
    }

    @Test
    void mtpAssignmentDateIsReadFromTheCompactFormAndFlagged() {
        var step = select("SELECT ?kind ?raw WHERE { ?s sg:matter matter:orebro-samverkansavtal-mtp ; sg:date \"2025-06-13\"^^xsd:date ; "
                + "sg:stepKind ?kind ; sg:uncertain true ; sg:rawText ?raw }");
        assertThat(step).singleElement().satisfies(r -> {
            assertThat(slug(r.get("kind"))).isEqualTo("uppdrag");
            assertThat(r.get("raw")).contains("250613");
        });
    }

    @Test
    void uncertainReadingsKeepTheirRawText() {
        var uncertain = select("SELECT ?fact ?raw WHERE { GRAPH ?g { ?fact sg:uncertain true ; sg:rawText ?raw . src:003_be10af4f0b2c7a94 a sg:SourceDocument } }");
        assertThat(uncertain).isNotEmpty().allSatisfy(r -> assertThat(r.get("raw")).isNotBlank());
        assertThat(uncertain).extracting(r -> slug(r.get("fact"))).contains("orebro-chefsgrupp-svvo-2025-10-03-stefan-nilsson");
    }
}
