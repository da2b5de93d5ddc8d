package se.samverkansgrafen.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import se.samverkansgrafen.query.NamedQueryCatalog;
import se.samverkansgrafen.query.QueryRunner;

/**
 * A fact recorded in several sets of minutes (a seat begun in one and confirmed or ended in a
 * later one) is one row in every answer that lists facts with their source: cited by the
 * minutes of the earliest meeting, with the agenda item of that meeting, never a source
 * paired with another source's item. The seeds cite each membership once, so two invented
 * sets of minutes of the arbetsutskott cite two seed memberships again: one later than the
 * seed's meeting (the seed's source stays first) and one earlier (it becomes first, though
 * its IRI sorts after the seed's, so the order is by date, not by name). A copy of the seed's
 * minutes cites an attendance again on the same day: there the IRI decides.
 */
class FactsInSeveralMinutesTest {

    static final String SEED_SOURCE = "https://w3id.org/samverkan/id/source/000_dcf7ba001d6ee689";
    private static final String SEED_ITEM = "https://w3id.org/samverkan/id/item/orebro-chefsgrupp-svvo-2022-11-11-4";
    static final String EARLIER_SOURCE = "https://w3id.org/samverkan/id/source/zz-test-au-2022-06-01";
    private static final String EARLIER_ITEM = "https://w3id.org/samverkan/id/item/zz-test-au-2022-06-01-5";
    private static final String COPY_SOURCE = "https://w3id.org/samverkan/id/source/000-test-copy";
    private static final String LENA_ATTENDANCE = "https://w3id.org/samverkan/id/attendance/orebro-chefsgrupp-svvo-2022-11-11-lena-adolfsson";
    private static final String MARTIN = "https://w3id.org/samverkan/id/membership/orebro-chefsgrupp-svvo-au-martin-gunnarsson-ledamot-2023";
    static final String KARIN = "https://w3id.org/samverkan/id/membership/orebro-chefsgrupp-svvo-au-karin-haster-ledamot-2023";
    private static final String MARTIN_PERSON = "https://w3id.org/samverkan/id/person/martin-gunnarsson";
    private static final String KARIN_PERSON = "https://w3id.org/samverkan/id/person/karin-haster";
    private static final String AU = "https://w3id.org/samverkan/id/group/orebro-chefsgrupp-svvo-au";

    private static final String PREFIXES = """
            @prefix sg:      <https://w3id.org/samverkan/def#> .
            @prefix grp:     <https://w3id.org/samverkan/id/group/> .
            @prefix meeting: <https://w3id.org/samverkan/id/meeting/> .
            @prefix item:    <https://w3id.org/samverkan/id/item/> .
            @prefix mship:   <https://w3id.org/samverkan/id/membership/> .
            @prefix src:     <https://w3id.org/samverkan/id/source/> .
            @prefix ik:      <https://w3id.org/samverkan/def/item-kind/> .
            @prefix skos:    <http://www.w3.org/2004/02/skos/core#> .
            @prefix dcterms: <http://purl.org/dc/terms/> .
            @prefix xsd:     <http://www.w3.org/2001/XMLSchema#> .
            """;

    /** Minutes of an AU meeting that cite a seed membership again, from agenda item {@code number}. */
    static String minutes(String day, int number, String membership) {
        String id = "zz-test-au-" + day;
        return PREFIXES + """
                src:%1$s a sg:SourceDocument ;
                    sg:fileName "%1$s.txt" ;
                    dcterms:title "Anteckningar, arbetsutskottet %2$s (test)"@sv ;
                    sg:ocr false ;
                    sg:recordsMeeting meeting:%1$s .
                meeting:%1$s a sg:Meeting ;
                    skos:prefLabel "Arbetsutskottet, möte %2$s (test)"@sv ;
                    sg:heldBy grp:orebro-chefsgrupp-svvo-au ;
                    sg:date "%2$s"^^xsd:date ;
                    sg:citedIn src:%1$s .
                item:%1$s-%3$d a sg:AgendaItem ;
                    sg:meeting meeting:%1$s ;
                    sg:itemNumber "%3$d" ; sg:itemOrder %3$d ;
                    dcterms:title "Arbetsutskottets ledamöter"@sv ;
                    sg:itemKind ik:informationsarende ;
                    sg:citedIn src:%1$s .
                mship:%4$s sg:citedIn src:%1$s ;
                    sg:citedItem item:%1$s-%3$d .
                """.formatted(id, day, number, membership);
    }

    @TempDir
    static Path work;

    private static EmbeddedStore store;
    private static QueryRunner queries;

    @BeforeAll
    static void load() throws IOException {
        Path root = Files.createDirectories(work.resolve("project"));
        ProjectFiles.copyTo(root);
        Files.writeString(root.resolve("data/sources/zz-test-au-2023-03-10.ttl"),
                minutes("2023-03-10", 2, "orebro-chefsgrupp-svvo-au-martin-gunnarsson-ledamot-2023"));
        Files.writeString(root.resolve("data/sources/zz-test-au-2022-06-01.ttl"),
                minutes("2022-06-01", 5, "orebro-chefsgrupp-svvo-au-karin-haster-ledamot-2023"));
        // A second document recording the seed's meeting (as a corrected copy would): the same
        // day, so the order is by IRI, and "000-" sorts before the seed's "000_".
        Files.writeString(root.resolve("data/sources/zz-test-copy-2022-11-11.ttl"), PREFIXES + """
                @prefix att: <https://w3id.org/samverkan/id/attendance/> .
                src:000-test-copy a sg:SourceDocument ;
                    sg:fileName "000-test-copy.txt" ;
                    dcterms:title "Protokoll, kopia (test)"@sv ;
                    sg:ocr false ;
                    sg:recordsMeeting meeting:orebro-chefsgrupp-svvo-2022-11-11 .
                att:orebro-chefsgrupp-svvo-2022-11-11-lena-adolfsson sg:citedIn src:000-test-copy .
                """);
        store = new EmbeddedStore(new StoreProperties.Store(work.resolve("tdb2").toString(), null, null, null, null),
                new StoreProperties.Fuseki(0, "samverkan"), Duration.ofSeconds(30));
        LoadReport report = new GraphLoader(store).load(root, ProjectFiles.DIRECTORIES, ProjectFiles.SHAPES);
        assertThat(report.refused()).as("the invented minutes pass the shapes").isEmpty();
        queries = new QueryRunner(store, NamedQueryCatalog.load(Path.of("queries")), Duration.ofSeconds(30));
    }

    @AfterAll
    static void close() {
        if (store != null) {
            store.close();
        }
    }

    @Test
    void eachFactIsCitedInTwoDocuments() {
        for (String fact : List.of(MARTIN, KARIN, LENA_ATTENDANCE)) {
            String count = SparqlHttp.postForm(store.queryEndpoint(), "query",
                    "SELECT (COUNT(DISTINCT ?s) AS ?n) { <" + fact + "> <https://w3id.org/samverkan/def#citedIn> ?s }",
                    "text/csv").body().lines().skip(1).findFirst().orElseThrow().strip();
            assertThat(count).as("sources of %s", fact).isEqualTo("2");
        }
    }

    @Test
    void groupMembersOnADate() {
        List<Map<String, Object>> rows = queries.select("group-members-on-date",
                Map.of("group", "orebro-chefsgrupp-svvo-au", "at", "2023-06-01")).rows();
        assertCitedOnce(rows, Map.of("kind", "member", "person", MARTIN_PERSON), SEED_SOURCE, "item", SEED_ITEM);
        assertCitedOnce(rows, Map.of("kind", "member", "person", KARIN_PERSON), EARLIER_SOURCE, "item", EARLIER_ITEM);
    }

    @Test
    void anOrganisationsRepresentatives() {
        List<Map<String, Object>> rows = queries.select("organisation-representatives",
                Map.of("organisation", "region-orebro-lan", "at", "2023-06-01")).rows();
        assertCitedOnce(rows, Map.of("kind", "member", "person", MARTIN_PERSON, "group", AU), SEED_SOURCE, "item", SEED_ITEM);
        assertCitedOnce(rows, Map.of("kind", "member", "person", KARIN_PERSON, "group", AU), EARLIER_SOURCE, "item", EARLIER_ITEM);
    }

    @Test
    void aPersonsMemberships() {
        assertCitedOnce(queries.select("person-memberships", Map.of("person", "martin-gunnarsson")).rows(),
                Map.of("kind", "membership", "group", AU), SEED_SOURCE, "item", SEED_ITEM);
        assertCitedOnce(queries.select("person-memberships", Map.of("person", "karin-haster")).rows(),
                Map.of("kind", "membership", "group", AU), EARLIER_SOURCE, "item", EARLIER_ITEM);
    }

    @Test
    void theMembershipsExport() {
        List<Map<String, Object>> rows = exports().select("memberships", Map.of("group", "orebro-chefsgrupp-svvo-au")).rows();
        assertCitedOnce(rows, Map.of("membership", MARTIN), SEED_SOURCE, "itemNumber", "4");
        assertCitedOnce(rows, Map.of("membership", KARIN), EARLIER_SOURCE, "itemNumber", "5");
    }

    @Test
    void aMeetingsAttendanceAndItsExport() {
        List<Map<String, Object>> rows = queries.select("meeting-attendance",
                Map.of("meeting", "orebro-chefsgrupp-svvo-2022-11-11")).rows();
        assertCitedOnce(rows, Map.of("person", "https://w3id.org/samverkan/id/person/lena-adolfsson"), COPY_SOURCE, "sourceFile",
                "000-test-copy.txt");
        assertCitedOnce(exports().select("attendance", Map.of("meeting", "orebro-chefsgrupp-svvo-2022-11-11")).rows(),
                Map.of("attendance", LENA_ATTENDANCE), COPY_SOURCE, "sourceFile", "000-test-copy.txt");
    }

    /** The queries of the exports, a catalogue of their own. */
    private static QueryRunner exports() {
        return new QueryRunner(store, NamedQueryCatalog.load(Path.of("queries", "exports")), Duration.ofSeconds(30));
    }

    /** Exactly one row matches {@code about}, cited by {@code source} with that source's item. */
    private static void assertCitedOnce(List<Map<String, Object>> rows, Map<String, String> about, String source,
            String itemColumn, String item) {
        List<Map<String, Object>> matching = rows.stream()
                .filter(row -> about.entrySet().stream().allMatch(e -> e.getValue().equals(String.valueOf(row.get(e.getKey())))))
                .toList();
        assertThat(matching).as("rows with %s", about).hasSize(1);
        assertThat(matching.getFirst().get("source")).as("source of %s", about).isEqualTo(source);
        assertThat(String.valueOf(matching.getFirst().get(itemColumn))).as("item of %s", about).isEqualTo(item);
    }
}
