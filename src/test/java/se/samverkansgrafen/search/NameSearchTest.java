package se.samverkansgrafen.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import se.samverkansgrafen.query.NamedQueryCatalog;
import se.samverkansgrafen.query.QueryRunner;
import se.samverkansgrafen.store.SeedStore;

/**
 * The search as people name things, on the seed data in TDB2 with its jena-text index:
 * each query the issue found failing, and a table of query → expected first hit, the
 * expected answers read from the seeds.
 */
class NameSearchTest {

    private static final String ID = "https://w3id.org/samverkan/id/";

    private final NameSearch search = new NameSearch(new QueryRunner(SeedStore.tripleStore(),
            NamedQueryCatalog.load(Path.of("queries")), Duration.ofSeconds(30)));

    private List<SearchHit> hits(String q) {
        return search.search(q, null);
    }

    private List<SearchHit> hits(String q, String only) {
        return search.search(q, only);
    }

    private static List<String> entities(List<SearchHit> hits) {
        return hits.stream().map(h -> h.entity()).toList();
    }

    private static List<SearchHit.Reason> reasons(SearchHit hit) {
        return hit.matchedOn();
    }

    @Test
    void svvoFindsTheChefsgruppByTheInitialsOfItsName() {
        // The seeds never write "SVVO"; it is the initials of "social välfärd samt vård och omsorg".
        List<SearchHit> hits = hits("SVVO");
        assertThat(entities(hits)).first().isEqualTo(ID + "group/orebro-chefsgrupp-svvo");
        assertThat(reasons(hits.getFirst())).singleElement().satisfies(r -> {
            assertThat(r.on()).isEqualTo("initials");
            assertThat(r.text()).isEqualToIgnoringCase("social välfärd samt vård och omsorg");
        });
        assertThat(entities(hits)).contains(ID + "group/orebro-chefsgrupp-svvo-au", ID + "group/orebro-samverkansrad-svvo");
    }

    @Test
    void chefsgruppSvvoFindsTheChefsgruppFirst() {
        assertThat(entities(hits("Chefsgrupp SVVO"))).first().isEqualTo(ID + "group/orebro-chefsgrupp-svvo");
    }

    @Test
    void svvoAuFindsTheWorkingCommitteeByInitialsAndAbbreviation() {
        List<SearchHit> hits = hits("SVVO AU");
        assertThat(entities(hits)).first().isEqualTo(ID + "group/orebro-chefsgrupp-svvo-au");
        assertThat(reasons(hits.getFirst())).extracting(r -> r.word() + ":" + r.on())
                .containsExactlyInAnyOrder("svvo:initials", "au:abbreviation");
        // The chefsgrupp itself has no "AU" in any of its names.
        assertThat(entities(hits)).doesNotContain(ID + "group/orebro-chefsgrupp-svvo");
    }

    @Test
    void arbetsutskottFindsBothWorkingCommittees() {
        assertThat(entities(hits("arbetsutskott", "group")))
                .contains(ID + "group/orebro-chefsgrupp-svvo-au", ID + "group/orebro-gemensamt-au");
    }

    @Test
    void kronobergLedningsgruppFindsTheGroupThroughItsRegion() {
        List<SearchHit> hits = hits("Kronoberg ledningsgrupp");
        assertThat(entities(hits)).first().isEqualTo(ID + "group/kronoberg-ledningsgrupp-samordning");
        assertThat(reasons(hits.getFirst())).anySatisfy(r -> {
            assertThat(r.word()).isEqualTo("kronoberg");
            assertThat(r.on()).isEqualTo("region");
            assertThat(r.text()).isEqualTo("Region Kronoberg");
        });
    }

    @Test
    void kronobergFindsTheRegionAndItsGroups() {
        assertThat(entities(hits("Kronoberg"))).first().isEqualTo(ID + "org/region-kronoberg");
        List<String> groups = entities(hits("Kronoberg", "group"));
        assertThat(groups).first().isEqualTo(ID + "group/kronoberg-ledningsgrupp-samordning");
        // the tvärgrupper report to the ledningsgrupp, whose region is Kronoberg
        assertThat(groups).contains(ID + "group/kronoberg-tvargrupp-aldre");
        assertThat(groups).noneMatch(g -> ((String) g).contains("/orebro-"));
    }

    @Test
    void nutritionFindsTheAgreementByAPartOfItsCompound() {
        List<SearchHit> hits = hits("nutrition");
        assertThat(entities(hits)).first().isEqualTo(ID + "matter/orebro-overenskommelse-nutrition");
        assertThat(reasons(hits.getFirst())).singleElement().satisfies(r -> assertThat(r.on()).isEqualTo("compoundPart"));
    }

    @Test
    void nutritionsvardFindsTheAgreementByTheParts() {
        assertThat(entities(hits("nutritionsvård"))).first().isEqualTo(ID + "matter/orebro-overenskommelse-nutrition");
        // and is not widened to everything with "vård" in it
        assertThat(entities(hits("nutritionsvård"))).doesNotContain(ID + "matter/orebro-overenskommelse-hsv-i-hemmet");
    }

    @Test
    void anExactAbbreviationComesFirstAndSaysSo() {
        List<SearchHit> hits = hits("AU");
        assertThat(entities(hits)).first().isEqualTo(ID + "group/orebro-chefsgrupp-svvo-au");
        assertThat(reasons(hits.getFirst())).singleElement().satisfies(r -> {
            assertThat(r.on()).isEqualTo("abbreviation");
            assertThat(r.text()).isEqualTo("AU");
        });
        assertThat((Double) hits.getFirst().relevance()).isGreaterThan(2);
    }

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', textBlock = """
            SVVO                         | group/orebro-chefsgrupp-svvo
            Chefsgrupp SVVO              | group/orebro-chefsgrupp-svvo
            SVVO AU                      | group/orebro-chefsgrupp-svvo-au
            AU                           | group/orebro-chefsgrupp-svvo-au
            arbetsutskottet              | group/orebro-chefsgrupp-svvo-au
            KC/RD                        | group/orebro-kcrd
            KCRD                         | group/orebro-kcrd
            LDG norr                     | group/orebro-ldg-norr
            LDG väster                   | group/orebro-ldg-vaster
            HFS                          | group/natverk-hfs
            Kronoberg ledningsgrupp      | group/kronoberg-ledningsgrupp-samordning
            Kronoberg tvärgrupp äldre    | group/kronoberg-tvargrupp-aldre
            chefsgrupp folkhälsa         | group/orebro-chefsgrupp-folkhalsa
            samverkansråd folkhälsa      | group/orebro-samverkansrad-folkhalsa
            socialchefsgruppen           | group/orebro-socialchefsgrupp
            Kronoberg                    | org/region-kronoberg
            Regional utveckling          | org/region-orebro-lan-regional-utveckling
            Nora kommun                  | org/kommun-nora
            nutrition                    | matter/orebro-overenskommelse-nutrition
            nutritionsvård               | matter/orebro-overenskommelse-nutrition
            HSV i hemmet                 | matter/orebro-overenskommelse-hsv-i-hemmet
            sjukvård i hemmet            | matter/orebro-overenskommelse-hsv-i-hemmet
            TABB                         | matter/orebro-projekt-tabb
            MTP                          | matter/orebro-samverkansavtal-mtp
            SÖK                          | matter/kronoberg-strategisk-overenskommelse-mottagning-etablering
            familjecentral               | matter/orebro-overenskommelse-familjecentral
            föräldraskapsstöd            | matter/orebro-strategi-foraldraskapsstod
            Dietist direkt               | matter/orebro-dietist-direkt
            Angman                       | person/ingmar-angman
            Fredrik Bergstrom            | person/fredrik-bergstrom
            """)
    void firstHit(String q, String expected) {
        List<SearchHit> hits = hits(q);
        assertThat(entities(hits)).as("hits for %s: %s", q, hits).first().isEqualTo(ID + expected);
    }
}
