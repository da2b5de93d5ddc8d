package se.samverkansgrafen.data;

import static org.assertj.core.api.Assertions.assertThat;
import static se.samverkansgrafen.store.SeedStore.column;
import static se.samverkansgrafen.store.SeedStore.select;
import static se.samverkansgrafen.store.SeedStore.slug;
import static se.samverkansgrafen.store.SeedStore.value;

import org.junit.jupiter.api.Test;

import se.samverkansgrafen.store.SeedStore;

/**
 * A second reading of the seeds, each finding checked against the text of the minutes by hand
 * (issue 12, "A second reading of the seeds").
 */
class SecondReadingTest {

    private static final String MEETING_003 = "meeting:orebro-chefsgrupp-svvo-2025-10-03";
    /** Prefixes the shared test base does not declare. */
    private static final String MORE = "PREFIX step: <https://w3id.org/samverkan/id/step/> "
            + "PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#> ";

    @Test
    void auReportIn003RecordsNoDecisionOfTheChefsgrupp() {
        // "Ingmar rapporterade kring detta inget beslut som behöver rapporteras in": the AU had none.
        assertThat(column(MORE + "SELECT ?d WHERE { ?d a sg:Decision ; sg:agendaItem item:orebro-chefsgrupp-svvo-2025-10-03-4 }", "d"))
                .isEmpty();
        assertThat(column(MORE + "SELECT ?d WHERE { ?d a sg:Decision ; sg:meeting " + MEETING_003 + " ; sg:decisionKind dk:inget-beslut }", "d"))
                .isEmpty();
    }

    @Test
    void previousMinutesLaidOnTheTableAreAFaststallandeAsIn004() {
        assertThat(slug(value(MORE + "SELECT ?k WHERE { ?d sg:agendaItem item:orebro-chefsgrupp-svvo-2025-10-03-3 ; sg:decisionKind ?k }", "k")))
                .isEqualTo("faststallande");
        assertThat(slug(value(MORE + "SELECT ?k WHERE { ?d sg:agendaItem item:orebro-samverkansrad-folkhalsa-2024-05-17-4 ; sg:decisionKind ?k }", "k")))
                .isEqualTo("faststallande");
    }

    @Test
    void agendaWithoutObjectionsIsMarkedAsInferred() {
        assertThat(value(MORE + "SELECT ?from WHERE { ?d sg:agendaItem item:orebro-chefsgrupp-svvo-2025-10-03-2 ; sg:inferredFrom ?from }", "from"))
                .contains("Inga synpunkter");
    }

    @Test
    void item6PresenterIsOnlyAmmiGustafsson() {
        assertThat(column(MORE + "SELECT ?p WHERE { item:orebro-chefsgrupp-svvo-2025-10-03-6 sg:presenter ?p }", "p"))
                .extracting(SeedStore::slug).containsExactly("ammi-gustafsson");
    }

    @Test
    void korttidsvardRiktlinjeIsARequestNotAnAssignment() {
        assertThat(slug(value(MORE + "SELECT ?k WHERE { step:orebro-lansovergripande-medicinsk-riktlinje-korttidsvard-2025-10-03 sg:stepKind ?k }", "k")))
                .isEqualTo("onskemal");
    }

    @Test
    void postponedSamverkansplanIsPreparationAsIn001() {
        var step = select(MORE + "SELECT ?kind ?taken ?dk WHERE { step:orebro-samverkansplan-psykisk-halsa-suicidprevention-2025-10-03 "
                + "sg:stepKind ?kind ; sg:decisionTaken ?taken ; sg:decision/sg:decisionKind ?dk }");
        assertThat(step).singleElement().satisfies(r -> {
            assertThat(slug(r.get("kind"))).isEqualTo("beredning");
            assertThat(r.get("taken")).isEqualTo("false");
            assertThat(slug(r.get("dk"))).isEqualTo("bordlagt");
        });
        // the same shape as 001's postponed rutin
        assertThat(slug(value(MORE + "SELECT ?k WHERE { step:kronoberg-rutin-avvikelsehantering-samverkan-2021-06-04 sg:stepKind ?k }", "k")))
                .isEqualTo("beredning");
    }

    @Test
    void noStepClaimsADecisionWhoseKindIsOnlyPreparationOrPostponement() {
        assertThat(column(MORE + "SELECT ?s WHERE { ?s sg:decisionTaken true ; sg:decision ?d . ?d sg:decisionKind ?k "
                + "FILTER(?k IN (dk:fortsatt-beredning, dk:bordlagt, dk:inget-beslut)) "
                + "FILTER NOT EXISTS { ?s sg:decision ?other . ?other sg:decisionKind ?ok "
                + "FILTER(?ok NOT IN (dk:fortsatt-beredning, dk:bordlagt, dk:inget-beslut)) } }", "s"))
                .isEmpty();
        assertThat(value(MORE + "SELECT ?t WHERE { step:kronoberg-fordjupad-utredning-im-2021-06-04 sg:decisionTaken ?t }", "t"))
                .isEqualTo("false");
    }

    @Test
    void skrIsNoPartyOfTheNationalAgreementOnlyThroughALink() {
        assertThat(column(MORE + "SELECT ?p WHERE { matter:nationell-overenskommelse-psykisk-halsa-suicidprevention sg:party ?p }", "p"))
                .isEmpty();
    }

    @Test
    void tillnyktringDecisionIsPlannedForTheNextMeetingThatTheMinutesDate() {
        var planned = select(MORE + "SELECT ?period ?group ?kind ?from WHERE { ?s sg:matter matter:orebro-avtal-tillnyktring ; "
                + "sg:stepStatus ss:planned ; sg:plannedPeriod ?period ; sg:handledBy ?group ; sg:stepKind ?kind ; sg:dateInferredFrom ?from }");
        assertThat(planned).singleElement().satisfies(r -> {
            assertThat(r.get("period")).isEqualTo("2022-12-09");
            assertThat(slug(r.get("group"))).isEqualTo("orebro-chefsgrupp-svvo");
            assertThat(slug(r.get("kind"))).isEqualTo("beslut");
            assertThat(r.get("from")).contains("9 december");
        });
    }

    @Test
    void periodsAndYearsTheTextDoesNotGiveSayTheyWereInferred() {
        assertThat(column(MORE + "SELECT ?m WHERE { ?m org:organization grp:orebro-chefsgrupp-svvo-au ; sg:startDate \"2023-01-01\"^^xsd:date "
                + "FILTER NOT EXISTS { ?m sg:dateInferredFrom ?from } }", "m")).isEmpty();
        assertThat(column(MORE + "SELECT ?m WHERE { ?m org:organization grp:orebro-chefsgrupp-svvo-au ; sg:dateInferredFrom ?from "
                + "FILTER(CONTAINS(?from, \"för 2023\")) }", "m")).hasSize(7);
        assertThat(column(MORE + "SELECT ?s WHERE { ?s sg:matter matter:orebro-forandring-samverkansorganisation ; sg:stepStatus ss:planned "
                + "FILTER NOT EXISTS { ?s sg:dateInferredFrom ?from } }", "s")).isEmpty();
    }

    @Test
    void referenceCommentsAgreeWithTheSourceFiles() {
        assertThat(value(MORE + "SELECT ?c WHERE { grp:orebro-samverkansrad-folkhalsa rdfs:comment ?c }", "c"))
                .contains("Caroline Dieker").contains("Erik Konie").doesNotContain("är oläsliga");
        assertThat(value(MORE + "SELECT ?c WHERE { orgn:kommun-lekeberg rdfs:comment ?c }", "c"))
                .doesNotContain("Råformen behålls i sg:nameAsWritten");
        // and indeed no attendance keeps the municipality's raw form as the name as written
        assertThat(column(MORE + "SELECT ?a WHERE { ?a sg:nameAsWritten ?n FILTER(CONTAINS(?n, \"Lokeberg\")) }", "a")).isEmpty();
        assertThat(column(MORE + "SELECT ?a WHERE { ?a a sg:Attendance ; sg:onBehalfOf orgn:kommun-lekeberg ; sg:quote ?q FILTER(CONTAINS(?q, \"Lokeberg\")) }", "a"))
                .hasSize(2);
    }
}
