package se.samverkansgrafen.query;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

import se.samverkansgrafen.store.SeedStore;

/**
 * Every named query in queries/ run through {@link QueryRunner} against the real seed data
 * (ontology/ and data/ in TDB2), with parameters given as slugs, as the API passes them.
 * Expected answers are read by hand from the source documents in shared/seeds/:
 * 000 Örebro chefsgrupp SVVO 2022-11-11, 001 Kronoberg ledningsgrupp 2021-06-04,
 * 002 Örebro joint chefsgrupper 2022-06-03, 003 Örebro chefsgrupp SVVO 2025-10-03 (OCR),
 * 004 Örebro samverkansråd folkhälsa 2024-05-17 (OCR).
 */
public class NamedQueriesTest {

    private static final String ID = QueryParameter.ID_BASE;
    private static final String SG = "https://w3id.org/samverkan/def#";
    private static final String ORG = "http://www.w3.org/ns/org#";
    private static final String F000 = "000_dcf7ba001d6ee689.txt";
    private static final String F001 = "001_c167f51003a1b926.txt";
    private static final String F002 = "002_cd87559c2b5c8f44.txt";
    private static final String F003 = "003_be10af4f0b2c7a94.txt";
    private static final String F004 = "004_77f2909e1ce3d84a.txt";

    /** Seed 000 §4: the AU members for 2023. */
    private static final Set<String> AU_2023 = Set.of("martin-gunnarsson", "karin-haster", "lena-adolfsson",
            "fredrik-bergstrom", "marie-louise-forsberg-fransson", "gabriella-mueller-prabin", "johanna-viberg");

    private static QueryRunner seedRunner;

    /** The runner the expectations are checked through: the seed store; a subclass runs them on another store. */
    protected QueryRunner runner() {
        synchronized (NamedQueriesTest.class) {
            if (seedRunner == null) {
                seedRunner = new QueryRunner(SeedStore.tripleStore(), NamedQueryCatalog.load(Path.of("queries")),
                        Duration.ofSeconds(30));
            }
            return seedRunner;
        }
    }

    /** Runs a query with parameters given as name, value, name, value… */
    private List<Map<String, Object>> run(String query, String... parameters) {
        Map<String, String> values = new LinkedHashMap<>();
        for (int i = 0; i < parameters.length; i += 2) {
            values.put(parameters[i], parameters[i + 1]);
        }
        return runner().select(query, values).rows();
    }

    private static String slug(Object iri) {
        String s = String.valueOf(iri);
        return s.substring(s.lastIndexOf('/') + 1);
    }

    private static String str(Map<String, Object> row, String variable) {
        Object value = row.get(variable);
        return value == null ? null : value.toString();
    }

    private static List<String> slugs(List<Map<String, Object>> rows, String variable) {
        return rows.stream().filter(r -> r.containsKey(variable)).map(r -> slug(r.get(variable))).toList();
    }

    private static Map<String, Object> rowWhere(List<Map<String, Object>> rows, String variable, String slug) {
        List<Map<String, Object>> matching = rows.stream().filter(r -> slug.equals(slug(r.get(variable)))).toList();
        assertThat(matching).as("rows with %s = %s", variable, slug).hasSize(1);
        return matching.getFirst();
    }

    // ---------------------------------------------------------------- person, person-memberships

    @Test
    void personHasCanonicalNameVariantsAndAllFourOrebroSources() {
        var rows = run("person", "person", "ingmar-angman");
        assertThat(rows).singleElement().satisfies(r -> {
            assertThat(r.get("person")).isEqualTo(ID + "person/ingmar-angman");
            assertThat(r.get("name")).isEqualTo("Ingmar Ångman");
            // 003 and 004 (OCR) write "Ingmar Angman".
            assertThat(str(r, "altNames")).contains("Ingmar Angman");
            assertThat(str(r, "sources")).contains(F000, F002, F003, F004).doesNotContain(F001);
        });
        assertThat(run("person", "person", "annika-magnerot")).singleElement()
                .satisfies(r -> assertThat(r.get("sources")).isEqualTo(F001));
    }

    @Test
    void personGivesNoRowForAnIriThatIsNotAPerson() {
        assertThat(run("person", "person", "orebro-kcrd")).isEmpty();
        assertThat(run("person", "person", "no-such-person")).isEmpty();
    }

    @Test
    void ingmarAngmansAttendanceCoversTheFourOrebroMeetingsInDateOrder() {
        var rows = run("person-memberships", "person", "ingmar-angman");
        assertThat(rows).allSatisfy(r -> assertThat(r.get("kind")).isEqualTo("attendance"));
        assertThat(slugs(rows, "meeting")).containsOnly("orebro-gemensam-chefsgrupp-2022-06-03",
                "orebro-chefsgrupp-svvo-2022-11-11", "orebro-samverkansrad-folkhalsa-2024-05-17",
                "orebro-chefsgrupp-svvo-2025-10-03");
        // The joint meeting of 002 is held by two groups: one row per group.
        assertThat(rows).hasSize(5);
        assertThat(rows.stream().map(r -> str(r, "date")).toList())
                .containsExactly("2022-06-03", "2022-06-03", "2022-11-11", "2024-05-17", "2025-10-03");
        assertThat(rows.stream().filter(r -> slug(r.get("meeting")).equals("orebro-gemensam-chefsgrupp-2022-06-03"))
                .map(r -> slug(r.get("group"))).toList())
                .containsExactlyInAnyOrder("orebro-chefsgrupp-svvo", "orebro-chefsgrupp-folkhalsa");
        // 004: "Ingmar Angman, omradeschef Valfard och Folkhalsa, Regional utveckling" among the tjänstepersoner.
        var at004 = rowWhere(rows, "meeting", "orebro-samverkansrad-folkhalsa-2024-05-17");
        assertThat(slug(at004.get("onBehalfOf"))).isEqualTo("region-orebro-lan-valfard-och-folkhalsa");
        assertThat(at004.get("sourceFile")).isEqualTo(F004);
        assertThat(rows).allSatisfy(r -> assertThat(r).containsKeys("source", "sourceFile", "status", "groupLabel"));
    }

    @Test
    void fredrikBergstromsAuMembershipComesWithItsPeriodAndItem() {
        var rows = run("person-memberships", "person", "fredrik-bergstrom");
        var au = rows.stream().filter(r -> "membership".equals(r.get("kind"))).toList();
        assertThat(au).singleElement().satisfies(r -> {
            assertThat(slug(r.get("group"))).isEqualTo("orebro-chefsgrupp-svvo-au");
            assertThat(slug(r.get("role"))).isEqualTo("ledamot");
            assertThat(r.get("roleLabel")).isEqualTo("ledamot");
            assertThat(slug(r.get("onBehalfOf"))).isEqualTo("kommun-nora");
            assertThat(r.get("start")).isEqualTo("2023-01-01");
            assertThat(r.get("end")).isEqualTo("2023-12-31");
            assertThat(r.get("sourceFile")).isEqualTo(F000);
            assertThat(slug(r.get("item"))).isEqualTo("orebro-chefsgrupp-svvo-2022-11-11-4");
            assertThat(r.get("itemNumber")).isEqualTo("4");
        });
        // Present at 000, 002 (two groups) and 003 ("Fredrik Bergstrom").
        assertThat(rows.stream().filter(r -> "attendance".equals(r.get("kind"))).map(r -> slug(r.get("meeting"))).toList())
                .containsExactly("orebro-gemensam-chefsgrupp-2022-06-03", "orebro-gemensam-chefsgrupp-2022-06-03",
                        "orebro-chefsgrupp-svvo-2022-11-11", "orebro-chefsgrupp-svvo-2025-10-03");
    }

    @Test
    void kronobergTvargruppMembershipsKeepStatedOnAndEnded() {
        // 001 §11: Eva Gustavsson has left the leader pair but stays in the group.
        var rows = run("person-memberships", "person", "eva-gustavsson");
        assertThat(rows).hasSize(2).allSatisfy(r -> {
            assertThat(r.get("kind")).isEqualTo("membership");
            assertThat(slug(r.get("group"))).isEqualTo("kronoberg-tvargrupp-barn-och-unga");
            assertThat(r.get("sourceFile")).isEqualTo(F001);
        });
        var leaderPair = rowWhere(rows, "role", "ledarpar");
        assertThat(leaderPair.get("ongoing")).isEqualTo(false);
        assertThat(leaderPair).doesNotContainKey("statedOn");
        assertThat(rowWhere(rows, "role", "ledamot").get("statedOn")).isEqualTo("2021-06-04");
    }

    @Test
    void substituteAttendanceNamesWhomItReplaces() {
        // 003 Deltagare: "EvaPerssorrersatts av Anders Hedaberg".
        assertThat(run("person-memberships", "person", "anders-hedaberg")).singleElement().satisfies(r -> {
            assertThat(slug(r.get("status"))).isEqualTo("substitute");
            assertThat(slug(r.get("substituteFor"))).isEqualTo("eva-persson");
            assertThat(r.get("substituteForName")).isEqualTo("Eva Persson");
            assertThat(r.get("sourceFile")).isEqualTo(F003);
        });
    }

    // ---------------------------------------------------------------- groups, group, group-structure

    @Test
    void groupsListKindsParentsReportingLinesAndMeetingCounts() {
        var rows = run("groups");
        var au = rowWhere(rows, "group", "orebro-chefsgrupp-svvo-au");
        assertThat(slug(au.get("parent"))).isEqualTo("orebro-chefsgrupp-svvo");
        assertThat(au.get("kindLabel")).isEqualTo("arbetsutskott (AU)");
        assertThat(au.get("meetings")).isEqualTo(0L);
        // 000, 002 (joint) and 003.
        assertThat(rowWhere(rows, "group", "orebro-chefsgrupp-svvo").get("meetings")).isEqualTo(3L);
        assertThat(rowWhere(rows, "group", "orebro-chefsgrupp-folkhalsa").get("meetings")).isEqualTo(1L);
        assertThat(rowWhere(rows, "group", "orebro-samverkansrad-folkhalsa").get("meetings")).isEqualTo(1L);
        assertThat(rowWhere(rows, "group", "kronoberg-ledningsgrupp-samordning").get("meetings")).isEqualTo(1L);
        for (String tvargrupp : List.of("kronoberg-tvargrupp-barn-och-unga", "kronoberg-tvargrupp-vuxna", "kronoberg-tvargrupp-aldre")) {
            assertThat(slug(rowWhere(rows, "group", tvargrupp).get("reportsTo"))).isEqualTo("kronoberg-ledningsgrupp-samordning");
        }
        assertThat(slug(rowWhere(rows, "group", "orebro-ldg-norr").get("reportsTo"))).isEqualTo("orebro-chefsgrupp-svvo");
        List<String> labels = rows.stream().map(r -> str(r, "label")).toList();
        assertThat(labels).isSorted();
    }

    @Test
    void groupGivesLabelKindAltNamesAndSources() {
        assertThat(run("group", "group", "orebro-chefsgrupp-svvo-au")).singleElement().satisfies(r -> {
            assertThat(r.get("label")).isEqualTo("Arbetsutskottet för chefsgruppen för samverkan social välfärd samt vård och omsorg");
            assertThat(slug(r.get("kind"))).isEqualTo("arbetsutskott");
            assertThat(str(r, "altNames")).contains("AU");
            assertThat(str(r, "sources")).contains(F000, F003);
        });
        assertThat(run("group", "group", "kronoberg-tvargrupp-barn-och-unga")).singleElement().satisfies(r -> {
            assertThat(r.get("area")).isEqualTo("barn och unga");
            assertThat(r.get("kindLabel")).isEqualTo("tvärgrupp");
            assertThat(r.get("sources")).isEqualTo(F001);
        });
        assertThat(run("group", "group", "no-such-group")).isEmpty();
    }

    @Test
    void kronobergLedningsgruppStructureShowsTheTvargrupperReportingToItFromSource001() {
        var rows = run("group-structure", "group", "kronoberg-ledningsgrupp-samordning");
        var reportedBy = rows.stream().filter(r -> "reportedBy".equals(r.get("relation"))).toList();
        assertThat(slugs(reportedBy, "related")).contains("kronoberg-tvargrupp-barn-och-unga",
                "kronoberg-tvargrupp-vuxna", "kronoberg-tvargrupp-aldre");
        assertThat(reportedBy).allSatisfy(r -> {
            assertThat(r.get("sourceFile")).isEqualTo(F001);
            assertThat(str(r, "graph")).endsWith("001-kronoberg-ledningsgrupp-2021-06-04.ttl");
        });
        assertThat(rowWhere(reportedBy, "related", "kronoberg-tvargrupp-vuxna").get("relatedKindLabel")).isEqualTo("tvärgrupp");
        // Region Kronoberg and the eight municipalities in the participant list.
        var participating = rows.stream().filter(r -> "participatingOrganization".equals(r.get("relation"))).toList();
        assertThat(slugs(participating, "related")).hasSize(9).contains("region-kronoberg", "kommun-vaxjo", "kommun-almhult");
        assertThat(rowWhere(participating, "related", "region-kronoberg").get("relatedKindLabel")).isEqualTo("region");
    }

    @Test
    void auIsPartOfChefsgruppPerTheReferenceDataWhichHasNoSourceFile() {
        var rows = run("group-structure", "group", "orebro-chefsgrupp-svvo-au");
        assertThat(rows).singleElement().satisfies(r -> {
            assertThat(r.get("relation")).isEqualTo("parent");
            assertThat(slug(r.get("related"))).isEqualTo("orebro-chefsgrupp-svvo");
            assertThat(str(r, "graph")).endsWith("reference/groups.ttl");
            assertThat(r).doesNotContainKey("sourceFile");
        });
        var chefsgrupp = run("group-structure", "group", "orebro-chefsgrupp-svvo");
        assertThat(chefsgrupp.stream().filter(r -> "child".equals(r.get("relation"))).map(r -> slug(r.get("related"))))
                .containsExactly("orebro-chefsgrupp-svvo-au");
        assertThat(chefsgrupp.stream().filter(r -> "reportedBy".equals(r.get("relation"))).map(r -> slug(r.get("related"))))
                .containsExactlyInAnyOrder("orebro-ldg-norr", "orebro-ldg-soder", "orebro-ldg-vaster", "orebro-ldg-orebro");
        assertThat(chefsgrupp.stream().filter(r -> "hostedBy".equals(r.get("relation"))).map(r -> slug(r.get("related"))))
                .contains("region-orebro-lan-regional-utveckling");
    }

    // ---------------------------------------------------------------- group-members-on-date

    @Test
    void identityCandidatesAboutOnePersonAreThePairsThatNameThem() {
        // 000 "Karolina Strid" against 003 "Karolina Stridh"; 000/002 "Ann-Mari" against 003 "Ammi" Gustafsson.
        var all = run("identity-candidates");
        assertThat(all).extracting(r -> r.get("personName") + " / " + r.get("otherName"))
                .contains("Karolina Strid / Karolina Stridh");
        var about = run("identity-candidates", "about", "karolina-stridh");
        assertThat(about).singleElement().satisfies(r -> {
            assertThat(slug(r.get("person"))).isEqualTo("karolina-strid");
            assertThat(slug(r.get("otherPerson"))).isEqualTo("karolina-stridh");
            assertThat(String.valueOf(r.get("evidence"))).isNotBlank();
        });
        // The same row as in the whole list, evidence and all: the parameter only narrows.
        assertThat(all).contains(about.getFirst());
        assertThat(run("identity-candidates", "about", "ingmar-angman")).isEmpty();
    }

    @Test
    void auOnFirstOfMarch2023HasExactlyTheSevenMembersOfSeed000Item4() {
        var rows = run("group-members-on-date", "group", "orebro-chefsgrupp-svvo-au", "at", "2023-03-01");
        assertThat(slugs(rows, "person")).containsExactlyInAnyOrderElementsOf(AU_2023);
        assertThat(rows).allSatisfy(r -> {
            assertThat(r.get("kind")).isEqualTo("member");
            assertThat(r.get("basis")).isEqualTo("period");
            assertThat(slug(r.get("role"))).isEqualTo("ledamot");
            assertThat(r.get("sourceFile")).isEqualTo(F000);
            assertThat(r.get("itemNumber")).isEqualTo("4");
        });
        assertThat(rows.stream().map(r -> str(r, "name")).toList()).isSorted();
    }

    @Test
    void auHasNobodyBeforeOrAfterItsPeriod() {
        assertThat(run("group-members-on-date", "group", "orebro-chefsgrupp-svvo-au", "at", "2022-11-11")).isEmpty();
        assertThat(run("group-members-on-date", "group", "orebro-chefsgrupp-svvo-au", "at", "2024-01-01")).isEmpty();
        assertThat(run("group-members-on-date", "group", "orebro-chefsgrupp-svvo-au", "at", "2023-12-31")).hasSize(7);
    }

    @Test
    void chefsgruppParticipantsOnFirstOfDecember2022AreThe36Of20221111() {
        var rows = run("group-members-on-date", "group", "orebro-chefsgrupp-svvo", "at", "2022-12-01");
        var participants = rows.stream().filter(r -> "participant".equals(r.get("kind"))).toList();
        assertThat(participants).hasSize(36).allSatisfy(r -> {
            assertThat(slug(r.get("meeting"))).isEqualTo("orebro-chefsgrupp-svvo-2022-11-11");
            assertThat(r.get("meetingDate")).isEqualTo("2022-11-11");
            assertThat(slug(r.get("status"))).isEqualTo("present");
            assertThat(r.get("sourceFile")).isEqualTo(F000);
        });
        assertThat(slugs(participants, "person")).contains("jens-samuelsson", "tarja-nordling", "madelene-maxe",
                "ann-mari-gustafsson", "ingmar-angman");
        // Members: the secretary, stated in 000 and in 002; Michael Karlsson is stated only in 2025.
        var members = rows.stream().filter(r -> "member".equals(r.get("kind"))).toList();
        assertThat(slugs(members, "person")).containsOnly("linnea-hedkvist");
        assertThat(members).allSatisfy(r -> assertThat(r.get("basis")).isEqualTo("stated"));
    }

    @Test
    void jointMeetingIsTheLatestForBothChefsgrupperBeforeNovember2022() {
        var svvo = run("group-members-on-date", "group", "orebro-chefsgrupp-svvo", "at", "2022-11-10");
        assertThat(svvo.stream().filter(r -> "participant".equals(r.get("kind")))).hasSize(35)
                .allSatisfy(r -> assertThat(slug(r.get("meeting"))).isEqualTo("orebro-gemensam-chefsgrupp-2022-06-03"));
        var folkhalsa = run("group-members-on-date", "group", "orebro-chefsgrupp-folkhalsa", "at", "2030-01-01");
        assertThat(folkhalsa.stream().filter(r -> "participant".equals(r.get("kind")))).hasSize(35);
        assertThat(run("group-members-on-date", "group", "orebro-chefsgrupp-svvo", "at", "2022-06-02")).isEmpty();
        // 003 (OCR): struck-through names are absent but still recorded at the meeting.
        var in2026 = run("group-members-on-date", "group", "orebro-chefsgrupp-svvo", "at", "2026-01-01");
        var johanna = rowWhere(in2026.stream().filter(r -> "participant".equals(r.get("kind"))).toList(), "person", "johanna-viberg");
        assertThat(slug(johanna.get("status"))).isEqualTo("absent");
        assertThat(johanna.get("sourceFile")).isEqualTo(F003);
    }

    @Test
    void kronobergTvargruppOnTheMeetingDayHasTheStatedMembersButNotTheEndedOne() {
        var rows = run("group-members-on-date", "group", "kronoberg-tvargrupp-barn-och-unga", "at", "2021-06-04");
        // 001 §11: Jenny Lundell new leader pair, Eva Gustavsson stays, Jenny Strand replaces Elin Hjort.
        assertThat(slugs(rows, "person")).containsExactlyInAnyOrder("eva-gustavsson", "jenny-lundell", "jenny-strand");
        assertThat(rows).allSatisfy(r -> {
            assertThat(r.get("basis")).isEqualTo("stated");
            assertThat(r.get("sourceFile")).isEqualTo(F001);
            assertThat(r.get("itemNumber")).isEqualTo("11");
        });
        assertThat(slug(rowWhere(rows, "person", "jenny-lundell").get("role"))).isEqualTo("ledarpar");
        assertThat(run("group-members-on-date", "group", "kronoberg-tvargrupp-barn-och-unga", "at", "2021-06-03")).isEmpty();
    }

    @Test
    void samverkansradOnItsMeetingDayHasChairViceChairByPeriodAndParticipants() {
        var rows = run("group-members-on-date", "group", "orebro-samverkansrad-folkhalsa", "at", "2024-05-17");
        var members = rows.stream().filter(r -> "member".equals(r.get("kind"))).toList();
        // 004 §5: Siw Lunander elected vice chair at this meeting (a period starting that day).
        var viceChair = members.stream().filter(r -> "vice-ordforande".equals(slug(r.get("role")))).toList();
        assertThat(viceChair).singleElement().satisfies(r -> {
            assertThat(slug(r.get("person"))).isEqualTo("siw-lunander");
            assertThat(r.get("basis")).isEqualTo("period");
        });
        assertThat(slug(rowWhere(members, "person", "behcet-barsom").get("role"))).isEqualTo("ordforande");
        var participants = rows.stream().filter(r -> "participant".equals(r.get("kind"))).toList();
        assertThat(participants).hasSize(27);
        assertThat(slug(rowWhere(participants, "person", "behcet-barsom").get("role"))).isEqualTo("ordforande");
        assertThat(run("group-members-on-date", "group", "orebro-samverkansrad-folkhalsa", "at", "2024-05-16")).isEmpty();
    }

    // ---------------------------------------------------------------- group-meetings, meeting, attendance, items

    @Test
    void chefsgruppMeetingsInDateOrderWithItemAndDecisionCounts() {
        var rows = run("group-meetings", "group", "orebro-chefsgrupp-svvo");
        assertThat(rows.stream().map(r -> str(r, "date")).toList()).containsExactly("2022-06-03", "2022-11-11", "2025-10-03");
        var m000 = rowWhere(rows, "meeting", "orebro-chefsgrupp-svvo-2022-11-11");
        assertThat(m000.get("items")).isEqualTo(15L);
        // Items 2, 3, 6, 7, 12, 13 (two) and 14.
        assertThat(m000.get("decisions")).isEqualTo(8L);
        assertThat(m000.get("place")).isEqualTo("Digitalt");
        assertThat(m000.get("sourceFile")).isEqualTo(F000);
        assertThat(rowWhere(rows, "meeting", "orebro-gemensam-chefsgrupp-2022-06-03").get("items")).isEqualTo(6L);
        assertThat(run("group-meetings", "group", "kronoberg-ledningsgrupp-samordning")).singleElement().satisfies(r -> {
            assertThat(r.get("date")).isEqualTo("2021-06-04");
            assertThat(r.get("items")).isEqualTo(15L);
            assertThat(r.get("sourceFile")).isEqualTo(F001);
        });
        assertThat(run("group-meetings", "group", "orebro-chefsgrupp-svvo-au")).isEmpty();
    }

    @Test
    void meetingOf004HasInferredYearChairSecretaryAdjusterAndOcrSource() {
        assertThat(run("meeting", "meeting", "orebro-samverkansrad-folkhalsa-2024-05-17")).singleElement().satisfies(r -> {
            assertThat(r.get("date")).isEqualTo("2024-05-17");
            // "Fredag 17 maj" without a year; the year from "Justerat den: 2024-06-17".
            assertThat(str(r, "dateInferredFrom")).contains("2024-06-17");
            assertThat(r.get("chairName")).isEqualTo("Behcet Barsom");
            assertThat(r.get("secretaryName")).isEqualTo("Johanna Ek");
            assertThat(r.get("justerareName")).isEqualTo("Pia-Maria Johansson");
            assertThat(r.get("groups")).isEqualTo("Specifika samverkansrådet för folkhälsa");
            assertThat(r.get("sourceFile")).isEqualTo(F004);
            assertThat(r.get("ocr")).isEqualTo(true);
        });
    }

    @Test
    void jointMeetingOf002IsHeldByBothGroupsAndNamesNoChair() {
        assertThat(run("meeting", "meeting", "orebro-gemensam-chefsgrupp-2022-06-03")).singleElement().satisfies(r -> {
            assertThat(str(r, "groups")).contains("Chefsgrupp för samverkan social välfärd samt vård och omsorg", "Chefsgrupp folkhälsa");
            assertThat(r.get("timeOfDay")).isEqualTo("13:00–16:00");
            assertThat(r.get("place")).isEqualTo("Konserthuset Örebro");
            assertThat(r.get("secretaryName")).isEqualTo("Linnea Hedkvist");
            assertThat(r).doesNotContainKeys("chair", "justerare");
            assertThat(r.get("ocr")).isEqualTo(false);
        });
        assertThat(run("meeting", "meeting", "kronoberg-ledningsgrupp-samordning-2021-06-04")).singleElement().satisfies(r -> {
            assertThat(r.get("chairName")).isEqualTo("Annika Magnerot");
            assertThat(r.get("secretaryName")).isEqualTo("Jenny Folkesson");
            assertThat(r.get("timeOfDay")).isEqualTo("9:45-15:00");
            assertThat(r.get("sourceFile")).isEqualTo(F001);
        });
        assertThat(run("meeting", "meeting", "no-such-meeting")).isEmpty();
    }

    @Test
    void attendanceAt003KeepsStruckThroughNamesAsAbsentAndTheSubstitute() {
        var rows = run("meeting-attendance", "meeting", "orebro-chefsgrupp-svvo-2025-10-03");
        var absent = rows.stream().filter(r -> "absent".equals(slug(r.get("status")))).toList();
        assertThat(slugs(absent, "person")).containsExactlyInAnyOrder("lise-bergman-nordgren", "daniel-ahnberg",
                "eva-persson", "jaana-jansson", "johanna-viberg", "madelene-maxe", "patrik-jonsson", "stefan-nilsson");
        assertThat(rowWhere(rows, "person", "lise-bergman-nordgren").get("nameAsWritten")).isEqualTo("tise BergmanNordgren");
        assertThat(rowWhere(rows, "person", "eva-persson").get("uncertain")).isEqualTo(true);
        var hedaberg = rowWhere(rows, "person", "anders-hedaberg");
        assertThat(slug(hedaberg.get("substituteFor"))).isEqualTo("eva-persson");
        assertThat(hedaberg.get("section")).isEqualTo("Deltagare");
        // Presenters not in the participant list attend as föredragande, cited by item.
        var ammi = rowWhere(rows, "person", "ammi-gustafsson");
        assertThat(slug(ammi.get("role"))).isEqualTo("foredragande");
        assertThat(ammi).doesNotContainKey("section");
        assertThat(rows).allSatisfy(r -> assertThat(r.get("sourceFile")).isEqualTo(F003));
    }

    @Test
    void attendanceAt001HasSeventeenParticipantsWithPartialAttendanceNotes() {
        var rows = run("meeting-attendance", "meeting", "kronoberg-ledningsgrupp-samordning-2021-06-04");
        assertThat(rows).hasSize(17).allSatisfy(r -> {
            assertThat(r.get("sourceFile")).isEqualTo(F001);
            assertThat(r.get("section")).isEqualTo("Närvarande");
        });
        var annieLie = rowWhere(rows, "person", "annie-lie-jarhult");
        assertThat(slug(annieLie.get("status"))).isEqualTo("partial");
        assertThat(annieLie.get("note")).isEqualTo("ej fm");
        assertThat(rowWhere(rows, "person", "roger-o-nilsson").get("note")).isEqualTo("till och från");
        assertThat(slug(rowWhere(rows, "person", "annika-magnerot").get("role"))).isEqualTo("ordforande");
        assertThat(slug(rowWhere(rows, "person", "ewa-ekman").get("onBehalfOf"))).isEqualTo("kommun-vaxjo");
        // Ordered by the organisation's label, then name.
        List<String> order = rows.stream().map(r -> str(r, "onBehalfOfLabel") + "|" + str(r, "name")).toList();
        assertThat(order).isSorted();
    }

    @Test
    void attendanceAt004GivesOneRowPerPersonEvenWithTwoRoles() {
        var rows = run("meeting-attendance", "meeting", "orebro-samverkansrad-folkhalsa-2024-05-17");
        assertThat(rows).hasSize(27);
        // 004: Pia-Maria Johansson, ersättare for Nora, chosen to check the minutes.
        var pia = rowWhere(rows, "person", "pia-maria-johansson");
        assertThat(str(pia, "roleLabel")).contains("ersättare", "justerare");
        assertThat(slug(pia.get("onBehalfOf"))).isEqualTo("kommun-nora");
        assertThat(rowWhere(rows, "person", "behcet-barsom").get("section")).isEqualTo("Ordförande");
        // Names run together in the OCR were struck through: absent, raw form kept.
        var amanda = rowWhere(rows, "person", "amanda-lindgren");
        assertThat(slug(amanda.get("status"))).isEqualTo("absent");
        assertThat(amanda.get("nameAsWritten")).isEqualTo("Amanda-Lindgren");
        assertThat(rows).allSatisfy(r -> assertThat(r.get("sourceFile")).isEqualTo(F004));
    }

    @Test
    void itemsOf000InAgendaOrderWithPresentersAndOneRowPerDecision() {
        var rows = run("meeting-items", "meeting", "orebro-chefsgrupp-svvo-2022-11-11");
        // 15 items; item 13 has two decisions.
        assertThat(rows).hasSize(16);
        assertThat(rows.stream().map(r -> ((Number) r.get("order")).intValue()).toList()).isSorted();
        var item6 = rows.stream().filter(r -> "6".equals(r.get("number"))).toList();
        assertThat(item6).singleElement().satisfies(r -> {
            assertThat(str(r, "presenters")).contains("Ewa Slätmo", "Charlotte Dahlbom");
            assertThat(slug(r.get("decisionKind"))).isEqualTo("inriktningsbeslut");
            assertThat(r.get("kindLabel")).isEqualTo("beslutsärende");
            assertThat(r.get("sourceFile")).isEqualTo(F000);
        });
        assertThat(rows.stream().filter(r -> "13".equals(r.get("number"))).map(r -> slug(r.get("decisionKind"))).toList())
                .containsExactlyInAnyOrder("stallningstagande", "fortsatt-beredning");
        assertThat(rows.stream().filter(r -> "7".equals(r.get("number"))).map(r -> str(r, "decisionText")))
                .singleElement().asString().contains("2023-06-30");
        // Item 5 has no decision but still a row.
        assertThat(rows.stream().filter(r -> "5".equals(r.get("number")))).singleElement()
                .satisfies(r -> assertThat(r).doesNotContainKey("decision"));
    }

    @Test
    void itemsOf003FlagUncertainDecisions() {
        var rows = run("meeting-items", "meeting", "orebro-chefsgrupp-svvo-2025-10-03");
        var item10 = rows.stream().filter(r -> "10".equals(r.get("number"))).toList();
        assertThat(item10).isNotEmpty().allSatisfy(r -> {
            assertThat(r.get("uncertain")).isEqualTo(true);
            assertThat(r.get("sourceFile")).isEqualTo(F003);
        });
        assertThat(rows.stream().filter(r -> "1".equals(r.get("number")))).singleElement()
                .satisfies(r -> assertThat(r.get("uncertain")).isEqualTo(false));
    }

    // ---------------------------------------------------------------- organisations

    @Test
    void organisationGivesTypeCodesParentAndVariants() {
        assertThat(run("organisation", "organisation", "kommun-orebro")).singleElement().satisfies(r -> {
            assertThat(r.get("type")).isEqualTo(SG + "Municipality");
            assertThat(r.get("kommunkod")).isEqualTo("1880");
            assertThat(r.get("lanskod")).isEqualTo("18");
        });
        assertThat(run("organisation", "organisation", "region-orebro-lan-psykiatri")).singleElement().satisfies(r -> {
            assertThat(r.get("type")).isEqualTo(ORG + "OrganizationalUnit");
            assertThat(slug(r.get("parent"))).isEqualTo("region-orebro-lan-halso-och-sjukvard");
        });
        // 000 and 002 write "Lokeberg" for Lekeberg.
        assertThat(run("organisation", "organisation", "kommun-lekeberg")).singleElement()
                .satisfies(r -> assertThat(str(r, "altNames")).contains("Lokeberg"));
        assertThat(run("organisation", "organisation", "region-kronoberg")).singleElement().satisfies(r -> {
            assertThat(r.get("type")).isEqualTo(SG + "Region");
            assertThat(r.get("lanskod")).isEqualTo("07");
        });
        assertThat(run("organisation", "organisation", "ingmar-angman")).isEmpty();
    }

    @Test
    void noraRepresentativesOnFirstOfJune2023IncludeFredrikBergstromInTheAu() {
        var rows = run("organisation-representatives", "organisation", "kommun-nora", "at", "2023-06-01");
        assertThat(rows).extracting(r -> r.get("kind") + " " + slug(r.get("group")) + " " + slug(r.get("person")))
                .containsExactlyInAnyOrder(
                        "member orebro-chefsgrupp-svvo-au fredrik-bergstrom",
                        // The latest meetings of the two chefsgrupper before the day: 000 and the joint 002.
                        "participant orebro-chefsgrupp-svvo fredrik-bergstrom",
                        "participant orebro-chefsgrupp-folkhalsa fredrik-bergstrom");
        var au = rowWhere(rows, "group", "orebro-chefsgrupp-svvo-au");
        assertThat(au.get("basis")).isEqualTo("period");
        assertThat(au.get("itemNumber")).isEqualTo("4");
        assertThat(rowWhere(rows, "group", "orebro-chefsgrupp-svvo").get("meetingDate")).isEqualTo("2022-11-11");
    }

    @Test
    void regionRepresentativesIncludeThoseOnBehalfOfItsUnits() {
        var rows = run("organisation-representatives", "organisation", "region-orebro-lan", "at", "2024-05-17");
        // 004: Ingmar Ångman attends for Välfärd och folkhälsa, a unit of Regional utveckling, a unit of the region.
        var ingmar = rows.stream().filter(r -> "ingmar-angman".equals(slug(r.get("person")))).toList();
        var atRad = rowWhere(ingmar, "group", "orebro-samverkansrad-folkhalsa");
        assertThat(atRad.get("kind")).isEqualTo("participant");
        assertThat(atRad.get("sourceFile")).isEqualTo(F004);
        // He also counts for the region at the chefsgrupper's latest meetings before the day (000, joint 002).
        assertThat(ingmar.stream().map(r -> slug(r.get("meeting"))).toList()).containsExactlyInAnyOrder(
                "orebro-samverkansrad-folkhalsa-2024-05-17", "orebro-chefsgrupp-svvo-2022-11-11",
                "orebro-gemensam-chefsgrupp-2022-06-03");
        assertThat(slugs(rows, "person")).contains("behcet-barsom", "johanna-ek");
    }

    @Test
    void vaxjoRepresentativesInKronoberg() {
        var rows = run("organisation-representatives", "organisation", "kommun-vaxjo", "at", "2021-06-04");
        assertThat(rows).extracting(r -> r.get("kind") + " " + slug(r.get("group")) + " " + slug(r.get("person")))
                .containsExactlyInAnyOrder(
                        "participant kronoberg-ledningsgrupp-samordning ewa-ekman",
                        "participant kronoberg-ledningsgrupp-samordning per-sandberg",
                        // 001 §3: proposed for the working group on fast vårdkontakt.
                        "member kronoberg-arbetsgrupp-handlingsplan-fast-vardkontakt ewa-ekman");
        assertThat(rows).allSatisfy(r -> assertThat(r.get("sourceFile")).isEqualTo(F001));
        assertThat(run("organisation-representatives", "organisation", "kommun-vaxjo", "at", "2021-06-03")).isEmpty();
    }

    // ---------------------------------------------------------------- shared-groups, people-in-both-groups

    @Test
    void ingmarAndFredrikSharedBothChefsgrupperByAttendance() {
        var rows = run("shared-groups", "person", "ingmar-angman", "otherPerson", "fredrik-bergstrom");
        assertThat(slugs(rows, "group")).containsExactlyInAnyOrder("orebro-chefsgrupp-svvo", "orebro-chefsgrupp-folkhalsa");
        var svvo = rowWhere(rows, "group", "orebro-chefsgrupp-svvo");
        assertThat(svvo.get("personVia")).isEqualTo("attendance");
        assertThat(svvo.get("otherVia")).isEqualTo("attendance");
        assertThat(svvo.get("firstDate")).isEqualTo("2022-06-03");
        assertThat(svvo.get("lastDate")).isEqualTo("2025-10-03");
    }

    @Test
    void auMembersShareTheAuByMembership() {
        var rows = run("shared-groups", "person", "karin-haster", "otherPerson", "fredrik-bergstrom");
        var au = rowWhere(rows, "group", "orebro-chefsgrupp-svvo-au");
        assertThat(au.get("personVia")).isEqualTo("membership");
        assertThat(au.get("otherVia")).isEqualTo("membership");
        assertThat(au.get("firstDate")).isEqualTo("2023-01-01");
        assertThat(au.get("lastDate")).isEqualTo("2023-12-31");
        // Kronoberg: Annelie Loberg and Ewa Ekman both at the ledningsgrupp and in the proposed working group.
        var kronoberg = run("shared-groups", "person", "annelie-loberg", "otherPerson", "ewa-ekman");
        assertThat(slugs(kronoberg, "group")).containsExactlyInAnyOrder("kronoberg-ledningsgrupp-samordning",
                "kronoberg-arbetsgrupp-handlingsplan-fast-vardkontakt");
        assertThat(run("shared-groups", "person", "annika-magnerot", "otherPerson", "ingmar-angman")).isEmpty();
    }

    @Test
    void peopleInChefsgruppAndItsAuAreTheSevenAuMembers() {
        var rows = run("people-in-both-groups", "group", "orebro-chefsgrupp-svvo", "otherGroup", "orebro-chefsgrupp-svvo-au");
        assertThat(slugs(rows, "person")).containsExactlyInAnyOrderElementsOf(AU_2023);
        assertThat(rows).allSatisfy(r -> {
            assertThat(r.get("groupVia")).isEqualTo("attendance");
            assertThat(r.get("otherGroupVia")).isEqualTo("membership");
        });
        // The joint meeting of 002 puts its 35 participants in both chefsgrupper.
        var joint = run("people-in-both-groups", "group", "orebro-chefsgrupp-svvo", "otherGroup", "orebro-chefsgrupp-folkhalsa");
        assertThat(joint).hasSize(35);
        assertThat(slugs(joint, "person")).contains("jonas-karlsson", "emma-lado", "linnea-hedkvist");
        assertThat(rowWhere(joint, "person", "linnea-hedkvist").get("groupVia").toString()).contains("membership", "attendance");
    }

    // ---------------------------------------------------------------- agreements, matter, trace

    @Test
    void agreementsListEveryMatterWithTypeStepsAndLastAndNextStep() {
        var rows = run("agreements");
        var hsv = rowWhere(rows, "matter", "orebro-overenskommelse-hsv-i-hemmet");
        assertThat(hsv.get("type")).isEqualTo(SG + "GoverningDocument");
        assertThat(hsv.get("documentKindLabel")).isEqualTo("överenskommelse");
        // 000: the decision of item 7 and the four planned steps of the remiss plan; 004: §10.
        assertThat(hsv.get("steps")).isEqualTo(6L);
        assertThat(hsv.get("lastDoneDate")).isEqualTo("2024-05-17");
        // The remiss plan of 2023 lies before the 2024 step: no next planned step (issue 12).
        assertThat(hsv.get("nextPlannedDate")).isNull();
        assertThat(str(hsv, "sources")).contains(F000, F004);
        var tillnyktring = rowWhere(rows, "matter", "orebro-avtal-tillnyktring");
        assertThat(tillnyktring.get("validFrom")).isEqualTo("2019-09-01");
        assertThat(tillnyktring.get("validUntil")).isEqualTo("2022-12-31");
        assertThat(tillnyktring.get("lastDoneKindLabel")).isEqualTo("beredning");
        var mtp = rowWhere(rows, "matter", "orebro-uppdrag-mtp-nara-vard");
        assertThat(mtp.get("type")).isEqualTo(SG + "Assignment");
        assertThat(slug(mtp.get("partOf"))).isEqualTo("orebro-overenskommelse-hsv-i-hemmet");
        var im = rowWhere(rows, "matter", "kronoberg-fordjupad-utredning-im");
        assertThat(im.get("lastDoneDate")).isEqualTo("2021-06-04");
        assertThat(im.get("nextPlannedDate")).isEqualTo("2021-11");
        assertThat(im.get("sources")).isEqualTo(F001);
        assertThat(rowWhere(rows, "matter", "orebro-projekt-tabb").get("type")).isEqualTo(SG + "Project");
        assertThat(rowWhere(rows, "matter", "orebro-malbild-nara-vard").get("steps")).isEqualTo(0L);
        assertThat(rows.stream().map(r -> str(r, "label")).toList()).isSorted();
    }

    @Test
    void agreementsForOneMatterGiveThatMattersRowOfTheList() {
        var all = run("agreements");
        for (String matter : List.of("orebro-overenskommelse-hsv-i-hemmet", "orebro-avtal-tillnyktring", "orebro-malbild-nara-vard")) {
            assertThat(run("agreements", "matter", matter)).as(matter).containsExactly(rowWhere(all, "matter", matter));
        }
        assertThat(run("agreements", "matter", "no-such-matter")).isEmpty();
    }

    @Test
    void matterGivesAssignmentPartiesAndDescription() {
        assertThat(run("matter", "matter", "orebro-uppdrag-mtp-nara-vard")).singleElement().satisfies(r -> {
            assertThat(r.get("type")).isEqualTo(SG + "Assignment");
            assertThat(slug(r.get("partOf"))).isEqualTo("orebro-overenskommelse-hsv-i-hemmet");
            assertThat(r.get("partOfLabel")).isEqualTo("Överenskommelse om hälso- och sjukvård i hemmet");
            assertThat(r.get("assignedToLabel")).isEqualTo("Arbetsgruppen för översyn av medicintekniska produkter i nära vård");
            // 000 §6: "återrapportering sker via styrgruppen".
            assertThat(str(r, "reportsBackToLabel")).startsWith("Styrgruppen");
        });
        assertThat(run("matter", "matter", "orebro-avtal-tillnyktring")).singleElement().satisfies(r -> {
            assertThat(r.get("parties")).isEqualTo("Region Örebro län");
            assertThat(str(r, "description")).contains("2019-09-01");
            assertThat(r.get("documentKindLabel")).isEqualTo("avtal");
        });
        assertThat(run("matter", "matter", "kronoberg-fordjupad-utredning-im")).singleElement().satisfies(r -> {
            assertThat(str(r, "assignedByLabel")).startsWith("Ledningsgrupp för samordning");
            assertThat(str(r, "reportsBackToLabel")).startsWith("Ledningsgrupp för samordning");
            assertThat(r.get("sources")).isEqualTo(F001);
        });
        assertThat(run("matter", "matter", "no-such-matter")).isEmpty();
    }

    @Test
    void traceOfHsvIHemmetListsItsStepsAndItsPartsInSortDateOrder() {
        var rows = run("agreement-trace", "matter", "orebro-overenskommelse-hsv-i-hemmet");
        assertThat(rows.stream().map(r -> str(r, "sortDate")).toList()).isSorted();
        // With the groups 000 §6 only names (MAS/MAR-gruppen, styrgruppen; year of the minutes)
        // and the samverkansavtal the MTP review concerns (000 §6, 003 §11).
        assertThat(slugs(rows, "step")).containsExactly(
                "orebro-uppdrag-mtp-nara-vard-mas-mar-gruppen",
                "orebro-uppdrag-mtp-nara-vard-styrgruppen",
                "orebro-overenskommelse-hsv-i-hemmet-2022-11-11",
                "orebro-samverkansavtal-mtp-2022-11-11",
                "orebro-uppdrag-mtp-nara-vard-2022-11-11",
                "orebro-matning-hs-insatser-hsv-i-hemmet-2022-11-11-planned-1",
                "orebro-overenskommelse-hsv-i-hemmet-2022-11-11-planned-1",
                "orebro-overenskommelse-hsv-i-hemmet-2022-11-11-planned-2",
                "orebro-overenskommelse-hsv-i-hemmet-2022-11-11-planned-3",
                "orebro-overenskommelse-hsv-i-hemmet-2022-11-11-planned-4",
                "orebro-overenskommelse-hsv-i-hemmet-2024-05-17",
                "orebro-samverkansavtal-mtp-2025-06-13",
                "orebro-samverkansavtal-mtp-2025-10-03");
        // The remiss plan of 000 §7: March (chefsgruppen), April (KC/RD), May, June (slutleverans).
        var planned = rows.stream().filter(r -> slug(r.get("step")).startsWith("orebro-overenskommelse-hsv-i-hemmet-2022-11-11-planned")).toList();
        assertThat(planned.stream().map(r -> str(r, "plannedPeriod")).toList()).containsExactly("2023-03", "2023-04", "2023-05", "2023-06");
        assertThat(planned).allSatisfy(r -> assertThat(slug(r.get("status"))).isEqualTo("planned"));
        assertThat(slug(planned.get(1).get("group"))).isEqualTo("orebro-kcrd");
        var decided = rowWhere(rows, "step", "orebro-overenskommelse-hsv-i-hemmet-2022-11-11");
        assertThat(slug(decided.get("status"))).isEqualTo("done");
        assertThat(decided.get("decisionTaken")).isEqualTo(true);
        assertThat(slug(decided.get("decision"))).isEqualTo("orebro-chefsgrupp-svvo-2022-11-11-7");
        assertThat(str(decided, "decisionText")).contains("2023-06-30");
        assertThat(decided.get("itemNumber")).isEqualTo("7");
        var part = rowWhere(rows, "step", "orebro-uppdrag-mtp-nara-vard-2022-11-11");
        assertThat(slug(part.get("stepMatter"))).isEqualTo("orebro-uppdrag-mtp-nara-vard");
        assertThat(part.get("decisionKindLabel")).isEqualTo("inriktningsbeslut");
        assertThat(rowWhere(rows, "step", "orebro-overenskommelse-hsv-i-hemmet-2024-05-17").get("sourceFile")).isEqualTo(F004);
        assertThat(rows.getLast().get("sourceFile")).isEqualTo(F003);
        assertThat(rows.getLast().get("relationLabel")).isEqualTo("berörs av");
        assertThat(rows).allSatisfy(r -> assertThat(r).containsKeys("source", "sourceFile"));
    }

    @Test
    void traceJoinsSeveralHandlersAndDecisionsIntoOneRowPerStep() {
        // 002 §4: handled by both chefsgrupper at the joint meeting, then on to both.
        var rows = run("agreement-trace", "matter", "orebro-forandring-samverkansorganisation");
        assertThat(rows).hasSize(3);
        var joint = rowWhere(rows, "step", "orebro-forandring-samverkansorganisation-2022-06-03");
        assertThat(str(joint, "groupLabel")).contains("Chefsgrupp folkhälsa", "Chefsgrupp för samverkan social välfärd samt vård och omsorg");
        assertThat(str(joint, "nextLabel")).contains("Chefsgrupp folkhälsa");
        assertThat(joint.get("sourceFile")).isEqualTo(F002);
        // 000 §13: two decisions on the tillnyktring step.
        // (§15 dates the "kommande möte" of §13: a planned step on 2022-12-09 follows.)
        var tillnyktring = run("agreement-trace", "matter", "orebro-avtal-tillnyktring");
        assertThat(tillnyktring).hasSize(2);
        assertThat(tillnyktring.getFirst()).satisfies(r ->
                assertThat(str(r, "decisionKindLabel")).contains("ställningstagande", "fortsatt beredning"));
        assertThat(str(tillnyktring.getLast(), "plannedPeriod")).isEqualTo("2022-12-09");
        // Kronoberg: parts of the IM matter (the deeper inquiry, its directive, Ekeliden) are traced too.
        var im = run("agreement-trace", "matter", "kronoberg-integrerad-beroendemottagning");
        assertThat(slugs(im, "stepMatter")).contains("kronoberg-integrerad-beroendemottagning",
                "kronoberg-fordjupad-utredning-im", "kronoberg-utredningsdirektiv-fordjupad-utredning-im",
                "kronoberg-ekelidens-framtid", "kronoberg-utredningsdirektiv-im-2020");
        assertThat(im.stream().map(r -> str(r, "sortDate")).toList()).isSorted();
    }

    // ---------------------------------------------------------------- data quality

    @Test
    void everyFactCitesItsSource() {
        assertThat(run("data-quality-uncited-facts")).isEmpty();
    }

    @Test
    void membershipsWithoutPeriodAreTheStatedOnes() {
        var rows = run("data-quality-memberships-without-period");
        var memberships = slugs(rows, "membership");
        assertThat(memberships).contains("orebro-chefsgrupp-svvo-linnea-hedkvist-sekreterare",
                "kronoberg-tvargrupp-barn-och-unga-eva-gustavsson-ledarpar",
                "orebro-samverkansrad-folkhalsa-behcet-barsom-ordforande",
                "orebro-chefsgrupp-svvo-michael-karlsson-sekreterare");
        assertThat(memberships).noneMatch(m -> m.startsWith("orebro-chefsgrupp-svvo-au-"))
                .doesNotContain("orebro-samverkansrad-folkhalsa-siw-lunander-vice-ordforande");
        assertThat(rowWhere(rows, "membership", "orebro-chefsgrupp-svvo-linnea-hedkvist-sekreterare").get("statedOn"))
                .isEqualTo("2022-11-11");
        assertThat(rowWhere(rows, "membership", "kronoberg-tvargrupp-barn-och-unga-eva-gustavsson-ledarpar"))
                .doesNotContainKey("statedOn");
        assertThat(rows.stream().map(r -> str(r, "sourceFile")).collect(Collectors.toSet()))
                .contains(F000, F001, F002, F003, F004);
    }

    @Test
    void uncertainFactsComeFromTheOcrScansAndThe000Inference() {
        var rows = run("data-quality-uncertain-facts");
        assertThat(rows.stream().map(r -> str(r, "sourceFile")).toList()).isSorted();
        assertThat(rows.stream().map(r -> str(r, "sourceFile")).collect(Collectors.toSet()))
                .containsExactlyInAnyOrder(F000, F003, F004);
        // 000 §10: when KC/RD adopted the plan is not stated.
        var kcrd = rowWhere(rows, "fact", "orebro-kompetensforsorjningsplan-kcrd-faststalld");
        assertThat(kcrd.get("class")).isEqualTo(SG + "HandlingStep");
        assertThat(kcrd.get("itemNumber")).isEqualTo("10");
        assertThat(str(kcrd, "note")).contains("2022");
        var evaPersson = rowWhere(rows, "fact", "orebro-chefsgrupp-svvo-2025-10-03-eva-persson");
        assertThat(evaPersson.get("class")).isEqualTo(SG + "Attendance");
        assertThat(evaPersson.get("rawText")).isEqualTo("EvaPerssorrersatts av Anders Hedaberg");
        // 004: the garbled ledamöter table; the meeting's six raw lines are joined into one row.
        assertThat(rowWhere(rows, "fact", "orebro-samverkansrad-folkhalsa-2024-05-17-caroline-dieker").get("rawText"))
                .isEqualTo("aroline Dieker As! N");
        assertThat(rowWhere(rows, "fact", "orebro-samverkansrad-folkhalsa-annica-sidavist-ledamot").get("class"))
                .isEqualTo(ORG + "Membership");
        // A group is reported as a collaboration group, not as the generic org:Organization.
        assertThat(rowWhere(rows, "fact", "orebro-styrgruppen").get("class")).isEqualTo(SG + "CollaborationGroup");
    }
}
