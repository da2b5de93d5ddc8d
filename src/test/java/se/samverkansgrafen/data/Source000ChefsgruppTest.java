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
 * Seed 000: Protokoll, Chefsgrupp för samverkan social välfärd samt vård och omsorg,
 * Region Örebro län, 11 november 2022. Expected answers read from the seed by hand.
 */
class Source000ChefsgruppTest {

    private static final String MEETING = "meeting:orebro-chefsgrupp-svvo-2022-11-11";

    @Test
    void meetingHeadingDateAndSecretary() {
        var row = select("SELECT ?date ?place ?group ?secretary WHERE { " + MEETING
                + " sg:date ?date ; sg:place ?place ; sg:heldBy ?group ; sg:secretary ?secretary }");
        assertThat(row).singleElement().satisfies(r -> {
            assertThat(r.get("date")).isEqualTo("2022-11-11");
            assertThat(r.get("place")).isEqualTo("Digitalt");
            assertThat(r.get("group")).endsWith("/group/orebro-chefsgrupp-svvo");
            assertThat(r.get("secretary")).endsWith("/person/linnea-hedkvist");
        });
    }

    @Test
    void participantsPerOrganisationAllPresent() {
        Map<String, Long> perOrganisation = select("SELECT ?org ?status WHERE { ?a sg:meeting " + MEETING
                + " ; sg:onBehalfOf ?org ; sg:attendanceStatus ?status }").stream()
                .peek(r -> assertThat(r.get("status")).endsWith("/attendance/present"))
                .collect(Collectors.groupingBy(r -> slug(r.get("org")), Collectors.counting()));

        assertThat(perOrganisation).isEqualTo(Map.ofEntries(
                Map.entry("region-orebro-lan", 20L), Map.entry("kommun-orebro", 5L),
                Map.entry("kommun-askersund", 1L), Map.entry("kommun-degerfors", 1L),
                Map.entry("kommun-hallsberg", 1L), Map.entry("kommun-hallefors", 1L),
                Map.entry("kommun-karlskoga", 1L), Map.entry("kommun-kumla", 1L),
                Map.entry("kommun-laxa", 1L), Map.entry("kommun-lekeberg", 1L),
                Map.entry("kommun-lindesberg", 1L), Map.entry("kommun-ljusnarsberg", 1L),
                Map.entry("kommun-nora", 1L)));
    }

    @Test
    void lokebergIsLekebergAndMadeloneIsMadeleneMaxe() {
        assertThat(value("SELECT ?p WHERE { ?a sg:meeting " + MEETING + " ; sg:onBehalfOf orgn:kommun-lekeberg ; sg:attendee ?p }", "p"))
                .endsWith("/person/ann-mari-gustafsson");
        var laxa = select("SELECT ?p ?written WHERE { ?a sg:meeting " + MEETING
                + " ; sg:onBehalfOf orgn:kommun-laxa ; sg:attendee ?p ; sg:nameAsWritten ?written }");
        assertThat(laxa).singleElement().satisfies(r -> {
            assertThat(r.get("p")).endsWith("/person/madelene-maxe");
            assertThat(r.get("written")).isEqualTo("Madelone Maxe");
        });
    }

    @Test
    void fifteenItemsWithPresenters() {
        assertThat(value("SELECT (COUNT(?i) AS ?n) WHERE { ?i a sg:AgendaItem ; sg:meeting " + MEETING + " }", "n"))
                .isEqualTo("15");
        assertThat(column("SELECT ?p WHERE { ?i sg:meeting " + MEETING + " ; sg:itemNumber \"6\" ; sg:presenter ?p } ORDER BY ?p", "p"))
                .extracting(SeedStore::slug).containsExactly("charlotte-dahlbom", "ewa-slatmo");
        assertThat(column("SELECT ?p WHERE { ?i sg:meeting " + MEETING + " ; sg:itemNumber \"7\" ; sg:presenter ?p }", "p"))
                .extracting(SeedStore::slug).containsExactly("malin-duckert-ek");
        assertThat(value("SELECT ?k WHERE { ?i sg:meeting " + MEETING + " ; sg:itemNumber \"13\" ; sg:itemKind ?k }", "k"))
                .endsWith("/item-kind/beredningsarende");
    }

    @Test
    void decisionsAndTheirKinds() {
        Map<String, String> kindByItem = select("SELECT ?number ?kind WHERE { ?d a sg:Decision ; sg:meeting " + MEETING
                + " ; sg:agendaItem ?i ; sg:decisionKind ?kind . ?i sg:itemNumber ?number "
                + "FILTER(?number IN (\"6\", \"7\", \"12\")) }").stream()
                .collect(Collectors.toMap(r -> r.get("number"), r -> slug(r.get("kind"))));
        // §12: "Chefsgruppen beslutade att i huvudsak ställa sig bakom förslaget" is a decision.
        assertThat(kindByItem).isEqualTo(Map.of("6", "inriktningsbeslut", "7", "beslut", "12", "beslut"));
        assertThat(value("SELECT ?text WHERE { ?d sg:meeting " + MEETING + " ; sg:agendaItem ?i ; sg:decisionText ?text . "
                + "?i sg:itemNumber \"7\" }", "text")).contains("2023-06-30");
        assertThat(column("SELECT ?kind WHERE { ?d sg:meeting " + MEETING + " ; sg:agendaItem ?i ; sg:decisionKind ?kind . "
                + "?i sg:itemNumber \"13\" }", "kind")).extracting(SeedStore::slug)
                .contains("fortsatt-beredning");
    }

    @Test
    void arbetsutskottetFor2023() {
        var members = select("SELECT ?p ?start ?end WHERE { ?m org:organization grp:orebro-chefsgrupp-svvo-au ; "
                + "org:member ?p ; org:role role:ledamot ; sg:startDate ?start ; sg:endDate ?end }");
        assertThat(members).extracting(r -> slug(r.get("p"))).containsExactlyInAnyOrder(
                "martin-gunnarsson", "karin-haster", "lena-adolfsson", "fredrik-bergstrom",
                "marie-louise-forsberg-fransson", "gabriella-mueller-prabin", "johanna-viberg");
        assertThat(members).allSatisfy(r -> {
            assertThat(r.get("start")).isEqualTo("2023-01-01");
            assertThat(r.get("end")).isEqualTo("2023-12-31");
        });
    }

    @Test
    void remissPlanForHalsoOchSjukvardIHemmetIsFourPlannedSteps() {
        assertThat(column("SELECT ?period WHERE { ?s sg:matter matter:orebro-overenskommelse-hsv-i-hemmet ; "
                + "sg:stepStatus ss:planned ; sg:plannedPeriod ?period ; sg:citedIn src:000_dcf7ba001d6ee689 } ORDER BY ?period", "period"))
                .containsExactly("2023-03", "2023-04", "2023-05", "2023-06");
    }

    @Test
    void tillnyktringAgreementValidity() {
        var row = select("SELECT ?from ?until WHERE { matter:orebro-avtal-tillnyktring sg:validFrom ?from ; sg:validUntil ?until }");
        assertThat(row).singleElement().isEqualTo(Map.of("from", "2019-09-01", "until", "2022-12-31"));
    }
}
