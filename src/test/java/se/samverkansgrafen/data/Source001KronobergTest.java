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
 * Seed 001: Mötesanteckningar, Ledningsgrupp för samordning av länets hälso- och
 * sjukvård och socialtjänst, Region Kronoberg, 4 juni 2021.
 */
class Source001KronobergTest {

    private static final String MEETING = "meeting:kronoberg-ledningsgrupp-samordning-2021-06-04";

    @Test
    void chairAndSecretaryFromTheParticipantList() {
        var row = select("SELECT ?date ?chair ?secretary WHERE { " + MEETING
                + " sg:date ?date ; sg:chair ?chair ; sg:secretary ?secretary ; sg:heldBy grp:kronoberg-ledningsgrupp-samordning }");
        assertThat(row).singleElement().satisfies(r -> {
            assertThat(r.get("date")).isEqualTo("2021-06-04");
            assertThat(slug(r.get("chair"))).isEqualTo("annika-magnerot");
            assertThat(slug(r.get("secretary"))).isEqualTo("jenny-folkesson");
        });
    }

    @Test
    void seventeenParticipantsTwoForPartOfTheMeeting() {
        var rows = select("SELECT ?p ?status ?org WHERE { ?a sg:meeting " + MEETING
                + " ; sg:attendee ?p ; sg:attendanceStatus ?status ; sg:onBehalfOf ?org }");
        assertThat(rows).hasSize(17);
        assertThat(rows.stream().filter(r -> r.get("status").endsWith("/partial")).map(r -> slug(r.get("p"))))
                .containsExactlyInAnyOrder("annie-lie-jarhult", "roger-o-nilsson");
        Map<String, Long> perOrganisation = rows.stream()
                .collect(Collectors.groupingBy(r -> slug(r.get("org")), Collectors.counting()));
        assertThat(perOrganisation).isEqualTo(Map.of(
                "region-kronoberg", 6L, "kommun-alvesta", 2L, "kommun-tingsryd", 2L, "kommun-vaxjo", 2L,
                "kommun-lessebo", 1L, "kommun-almhult", 1L, "kommun-ljungby", 1L, "kommun-uppvidinge", 1L,
                "kommun-markaryd", 1L));
        assertThat(value("SELECT ?note WHERE { ?a sg:meeting " + MEETING + " ; sg:attendee person:annie-lie-jarhult ; sg:attendanceNote ?note }", "note"))
                .isEqualTo("ej fm");
    }

    @Test
    void decisionsIncludingPostponements() {
        Map<String, String> kindByItem = select("SELECT ?number ?kind WHERE { ?d a sg:Decision ; sg:meeting " + MEETING
                + " ; sg:agendaItem ?i ; sg:decisionKind ?kind . ?i sg:itemNumber ?number "
                + "FILTER(?number IN (\"1\", \"5\", \"6\", \"11\")) }").stream()
                .collect(Collectors.toMap(r -> r.get("number"), r -> slug(r.get("kind"))));
        // §11 is headed "Beslut: Ledningsgruppen ställer sig bakom nyval ..." in the minutes.
        assertThat(kindByItem).isEqualTo(Map.of("1", "bordlagt", "5", "beslut", "6", "bordlagt", "11", "beslut"));
        assertThat(column("SELECT ?kind WHERE { ?d sg:meeting " + MEETING + " ; sg:agendaItem ?i ; sg:decisionKind ?kind . ?i sg:itemNumber \"8\" }", "kind"))
                .extracting(SeedStore::slug).contains("inget-beslut");
    }

    @Test
    void changesInTvargruppBarnOchUnga() {
        var rows = select("SELECT ?p ?role WHERE { ?m org:organization grp:kronoberg-tvargrupp-barn-och-unga ; org:member ?p ; org:role ?role }");
        Map<String, String> roleOf = rows.stream().filter(r -> !slug(r.get("p")).equals("eva-gustavsson"))
                .collect(Collectors.toMap(r -> slug(r.get("p")), r -> slug(r.get("role"))));
        assertThat(roleOf).containsEntry("jenny-lundell", "ledarpar").containsEntry("jenny-strand", "ledamot")
                .containsEntry("elin-hjort", "ledamot");
        assertThat(value("SELECT ?ongoing WHERE { ?m org:organization grp:kronoberg-tvargrupp-barn-och-unga ; org:member person:elin-hjort ; sg:ongoing ?ongoing }", "ongoing"))
                .isEqualTo("false");
    }

    @Test
    void hyphenationVariantIsOnePerson() {
        assertThat(column("SELECT ?alt WHERE { person:gunilla-kaj-bevheden skos:altLabel ?alt }", "alt"))
                .contains("Gunilla Kaj Bevheden");
        assertThat(value("SELECT ?p WHERE { ?i sg:meeting " + MEETING + " ; sg:itemNumber \"8\" ; sg:presenter ?p }", "p"))
                .endsWith("/person/gunilla-kaj-bevheden");
    }
}
