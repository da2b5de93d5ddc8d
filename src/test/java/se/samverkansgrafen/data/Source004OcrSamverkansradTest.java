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
 * Seed 004: Protokoll, Specifika samverkansrådet för folkhälsa, Region Örebro län,
 * fredag 17 maj (year from "Justerat den: 2024-06-17"; OCR scan).
 */
class Source004OcrSamverkansradTest {

    private static final String MEETING = "meeting:orebro-samverkansrad-folkhalsa-2024-05-17";

    @Test
    void inferredDateSaysWhereItCameFrom() {
        var row = select("SELECT ?date ?from ?approved WHERE { " + MEETING + " sg:date ?date ; sg:dateInferredFrom ?from ; sg:approvedOn ?approved }");
        assertThat(row).singleElement().satisfies(r -> {
            assertThat(r.get("date")).isEqualTo("2024-05-17");
            assertThat(r.get("from")).contains("2024-06-17");
            assertThat(r.get("approved")).isEqualTo("2024-06-17");
        });
    }

    @Test
    void chairSecretaryAndJusterare() {
        var row = select("SELECT ?chair ?secretary ?adjuster WHERE { " + MEETING + " sg:chair ?chair ; sg:secretary ?secretary ; sg:adjuster ?adjuster }");
        assertThat(row).singleElement().satisfies(r -> {
            assertThat(slug(r.get("chair"))).isEqualTo("behcet-barsom");
            assertThat(slug(r.get("secretary"))).isEqualTo("johanna-ek");
            assertThat(slug(r.get("adjuster"))).isEqualTo("pia-maria-johansson");
        });
    }

    @Test
    void viceChairElectedAtTheMeeting() {
        var row = select("SELECT ?start ?kind WHERE { ?m org:organization grp:orebro-samverkansrad-folkhalsa ; org:member person:siw-lunander ; "
                + "org:role role:vice-ordforande ; sg:startDate ?start ; sg:citedItem ?i . ?d sg:agendaItem ?i ; sg:decisionKind ?kind }");
        assertThat(row).singleElement().satisfies(r -> {
            assertThat(r.get("start")).isEqualTo("2024-05-17");
            assertThat(slug(r.get("kind"))).isEqualTo("val");
        });
    }

    @Test
    void councilMembersAndDeputies() {
        Map<String, Long> perRole = select("SELECT ?m ?role WHERE { ?m org:organization grp:orebro-samverkansrad-folkhalsa ; org:role ?role ; sg:citedIn src:004_77f2909e1ce3d84a }")
                .stream().collect(Collectors.groupingBy(r -> slug(r.get("role")), Collectors.counting()));
        assertThat(perRole).containsEntry("ledamot", 11L).containsEntry("ersattare", 8L);
    }

    @Test
    void struckThroughRowsAreAbsent() {
        assertThat(column("SELECT ?p WHERE { ?a sg:meeting " + MEETING + " ; sg:onBehalfOf orgn:kommun-karlskoga ; sg:attendee ?p ; sg:attendanceStatus as:absent }", "p"))
                .extracting(SeedStore::slug).containsExactlyInAnyOrder("amanda-lindgren", "lena-hagstrom");
        assertThat(value("SELECT ?s WHERE { ?a sg:meeting " + MEETING + " ; sg:attendee person:emma-lado ; sg:attendanceStatus ?s }", "s"))
                .endsWith("/absent");
        var jakobsson = select("SELECT ?s ?uncertain WHERE { ?a sg:meeting " + MEETING + " ; sg:attendee person:anna-jakobsson ; sg:attendanceStatus ?s ; sg:uncertain ?uncertain }");
        assertThat(jakobsson).singleElement().satisfies(r -> {
            assertThat(r.get("s")).endsWith("/present");
            assertThat(r.get("uncertain")).isEqualTo("true");
        });
    }
}
