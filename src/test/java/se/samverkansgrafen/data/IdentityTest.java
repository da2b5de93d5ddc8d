package se.samverkansgrafen.data;

import static org.assertj.core.api.Assertions.assertThat;
import static se.samverkansgrafen.store.SeedStore.column;
import static se.samverkansgrafen.store.SeedStore.select;

import java.util.Map;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

import se.samverkansgrafen.store.SeedStore;

/** One IRI per real person across documents; unproven pairs stay candidates. */
class IdentityTest {

    @Test
    void ingmarAngmanIsOnePersonAcrossFourMeetings() {
        assertThat(column("SELECT DISTINCT ?m WHERE { ?a sg:attendee person:ingmar-angman ; sg:meeting ?m } ORDER BY ?m", "m"))
                .extracting(SeedStore::slug).containsExactly(
                        "orebro-chefsgrupp-svvo-2022-11-11", "orebro-chefsgrupp-svvo-2025-10-03",
                        "orebro-gemensam-chefsgrupp-2022-06-03", "orebro-samverkansrad-folkhalsa-2024-05-17");
        assertThat(column("SELECT ?alt WHERE { person:ingmar-angman skos:altLabel ?alt }", "alt")).contains("Ingmar Angman");
    }

    @Test
    void madeleneMaxeKeepsEachSpellingWhereItWasWritten() {
        Map<String, String> writtenPerMeeting = select("SELECT ?m ?written WHERE { ?a sg:attendee person:madelene-maxe ; sg:meeting ?m ; sg:nameAsWritten ?written }")
                .stream().collect(Collectors.toMap(r -> SeedStore.slug(r.get("m")), r -> r.get("written")));
        assertThat(writtenPerMeeting).isEqualTo(Map.of(
                "orebro-chefsgrupp-svvo-2022-11-11", "Madelone Maxe",
                "orebro-gemensam-chefsgrupp-2022-06-03", "Madelene Maxe",
                "orebro-chefsgrupp-svvo-2025-10-03", "MadeteneMaxe"));
    }

    @Test
    void unprovenPairsAreOpenCandidatesNotMerged() {
        var pairs = select("SELECT ?a ?b WHERE { ?c a sg:IdentityCandidate ; sg:reviewStatus \"open\" ; sg:candidatePerson ?a , ?b FILTER(STR(?a) < STR(?b)) }")
                .stream().map(r -> SeedStore.slug(r.get("a")) + "~" + SeedStore.slug(r.get("b"))).toList();
        assertThat(pairs).containsExactlyInAnyOrder("ammi-gustafsson~ann-mari-gustafsson", "karolina-strid~karolina-stridh",
                "madde-gustafsson~mladenka-gustafsson");
    }

    @Test
    void noTwoPeopleShareACanonicalName() {
        assertThat(select("SELECT ?name (COUNT(DISTINCT ?p) AS ?n) WHERE { ?p a foaf:Person ; foaf:name ?name } GROUP BY ?name HAVING (COUNT(DISTINCT ?p) > 1)"))
                .isEmpty();
    }
}
