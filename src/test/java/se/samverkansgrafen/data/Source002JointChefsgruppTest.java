package se.samverkansgrafen.data;

import static org.assertj.core.api.Assertions.assertThat;
import static se.samverkansgrafen.store.SeedStore.column;
import static se.samverkansgrafen.store.SeedStore.select;
import static se.samverkansgrafen.store.SeedStore.slug;
import static se.samverkansgrafen.store.SeedStore.value;

import org.junit.jupiter.api.Test;

import se.samverkansgrafen.store.SeedStore;

/**
 * Seed 002: Protokoll, gemensam chefsgrupp social välfärd samt vård och omsorg och
 * chefsgrupp folkhälsa, Region Örebro län, 3 juni 2022.
 */
class Source002JointChefsgruppTest {

    private static final String MEETING = "meeting:orebro-gemensam-chefsgrupp-2022-06-03";

    @Test
    void jointMeetingIsHeldByBothChefsgrupper() {
        assertThat(column("SELECT ?g WHERE { " + MEETING + " sg:heldBy ?g } ORDER BY ?g", "g"))
                .extracting(SeedStore::slug).containsExactly("orebro-chefsgrupp-folkhalsa", "orebro-chefsgrupp-svvo");
        assertThat(value("SELECT ?place WHERE { " + MEETING + " sg:place ?place }", "place")).isEqualTo("Konserthuset Örebro");
    }

    @Test
    void thirtyFiveParticipantsAllPresent() {
        assertThat(column("SELECT ?status WHERE { ?a sg:meeting " + MEETING + " ; sg:attendanceStatus ?status }", "status"))
                .hasSize(35).allSatisfy(s -> assertThat(s).endsWith("/attendance/present"));
        assertThat(value("SELECT ?p WHERE { ?a sg:meeting " + MEETING + " ; sg:onBehalfOf orgn:rf-sisu ; sg:attendee ?p }", "p"))
                .endsWith("/person/jonas-karlsson");
        assertThat(value("SELECT ?p WHERE { ?a sg:meeting " + MEETING + " ; sg:onBehalfOf orgn:olbf ; sg:attendee ?p }", "p"))
                .endsWith("/person/emma-lado");
        assertThat(value("SELECT ?p WHERE { ?a sg:meeting " + MEETING + " ; sg:onBehalfOf orgn:kommun-laxa ; sg:attendee ?p }", "p"))
                .endsWith("/person/madelene-maxe");
    }

    @Test
    void organisationChangeIsPostponedToAugustAndSeptember() {
        var decision = select("SELECT ?kind (COUNT(DISTINCT ?g) AS ?groups) WHERE { ?d sg:meeting " + MEETING
                + " ; sg:agendaItem ?i ; sg:decisionKind ?kind ; sg:decidedBy ?g . ?i sg:itemNumber \"4\" } GROUP BY ?kind");
        assertThat(decision).singleElement().satisfies(r -> {
            assertThat(slug(r.get("kind"))).isEqualTo("bordlagt");
            assertThat(r.get("groups")).isEqualTo("2");
        });
        assertThat(column("SELECT ?period WHERE { ?s sg:matter matter:orebro-forandring-samverkansorganisation ; "
                + "sg:stepStatus ss:planned ; sg:plannedPeriod ?period } ORDER BY ?period", "period"))
                .containsExactly("2022-08", "2022-09");
    }
}
