package se.samverkansgrafen.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.GraphUtil;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdfconnection.RDFConnection;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.system.Txn;
import org.apache.jena.update.UpdateAction;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The derived facts a load writes are what the queries used to aggregate over the whole
 * graph on each request: checked against those aggregates computed live on the seeds, and
 * recomputed when a file goes.
 */
class DerivedFactsTest {

    private static final String DERIVED = "PREFIX sgd: <https://w3id.org/samverkan/derived#>\n";

    @TempDir
    Path work;

    /**
     * A fact whose roles read as several rows (two roles) has one role and every label
     * derived; a fact with one role has nothing derived, the queries read it as it stands.
     */
    @Test
    void rolesAreDerivedForTheFactsWithSeveralRolesOnly() {
        Map<String, Set<String>> labelsByFact = new HashMap<>();
        Map<String, Integer> rowsByFact = new HashMap<>();
        for (Map<String, String> row : SeedStore.select("""
                SELECT ?fact ?label WHERE {
                  ?fact sg:meetingRole|org:role ?role .
                  OPTIONAL { ?role skos:prefLabel ?label FILTER(LANG(?label) = "sv") }
                }""")) {
            rowsByFact.merge(row.get("fact"), 1, Integer::sum);
            Set<String> labels = labelsByFact.computeIfAbsent(row.get("fact"), f -> new HashSet<>());
            if (row.containsKey("label")) {
                labels.add(row.get("label"));
            }
        }
        Map<String, Set<String>> expected = new HashMap<>(labelsByFact);
        expected.keySet().removeIf(fact -> rowsByFact.get(fact) == 1);
        Map<String, Set<String>> derived = new HashMap<>();
        for (Map<String, String> row : SeedStore.select(DERIVED + """
                SELECT ?fact ?role ?label WHERE {
                  GRAPH <https://w3id.org/samverkan/graph/_derived> { ?fact sgd:role ?role ; sgd:roleLabel ?label }
                  ?fact sg:meetingRole|org:role ?role .
                }""")) {
            derived.put(row.get("fact"), new HashSet<>(Arrays.asList(row.get("label").split("; "))));
        }
        assertThat(labelsByFact).hasSizeGreaterThan(20);
        // Seed 004: a substitute who was also justerare, both labels on one row.
        assertThat(expected).isNotEmpty().allSatisfy((fact, labels) -> assertThat(labels).hasSizeGreaterThan(1));
        assertThat(derived).isEqualTo(expected);
        assertThat(Long.parseLong(SeedStore.value(DERIVED
                + "SELECT (COUNT(*) AS ?n) { GRAPH <https://w3id.org/samverkan/graph/_derived> { ?fact sgd:roleLabel ?l } }", "n")))
                .isEqualTo(expected.size());
    }

    @Test
    void countsPresentersAndCoverageAreTheLiveAggregates() {
        assertThat(SeedStore.select(DERIVED + """
                SELECT ?meeting WHERE {
                  ?meeting a sg:Meeting .
                  OPTIONAL { ?meeting sgd:itemCount ?derivedItems }
                  OPTIONAL { ?meeting sgd:decisionCount ?derivedDecisions }
                  { SELECT ?meeting (COUNT(DISTINCT ?i) AS ?items) WHERE { ?meeting a sg:Meeting .
                      OPTIONAL { ?i a sg:AgendaItem ; sg:meeting ?meeting } } GROUP BY ?meeting }
                  { SELECT ?meeting (COUNT(DISTINCT ?d) AS ?decisions) WHERE { ?meeting a sg:Meeting .
                      OPTIONAL { ?d a sg:Decision ; sg:meeting ?meeting } } GROUP BY ?meeting }
                  FILTER(COALESCE(?derivedItems, 0) != ?items || COALESCE(?derivedDecisions, 0) != ?decisions)
                }""")).as("meetings whose derived counts differ from the live ones").isEmpty();
        assertThat(Long.parseLong(SeedStore.value(DERIVED + "SELECT (COUNT(*) AS ?n) { ?m sgd:itemCount ?c }", "n")))
                .isEqualTo(5);
        assertThat(SeedStore.select(DERIVED + """
                SELECT ?group WHERE {
                  ?group a sg:CollaborationGroup .
                  OPTIONAL { ?group sgd:meetingCount ?derivedMeetings }
                  { SELECT ?group (COUNT(DISTINCT ?m) AS ?meetings) WHERE { ?group a sg:CollaborationGroup .
                      OPTIONAL { ?m sg:heldBy ?group } } GROUP BY ?group }
                  FILTER(COALESCE(?derivedMeetings, 0) != ?meetings)
                }""")).as("groups whose derived meeting counts differ from the live ones").isEmpty();
        // Five meetings, one of them held by two groups.
        assertThat(Long.parseLong(SeedStore.value(DERIVED + "SELECT (SUM(?c) AS ?n) { ?g a sg:CollaborationGroup ; sgd:meetingCount ?c }",
                "n"))).isEqualTo(6);

        List<Map<String, String>> presenters = SeedStore.select(DERIVED + """
                SELECT ?item ?presenters ?name WHERE { ?item sgd:presenters ?presenters ; sg:presenter/foaf:name ?name }""");
        assertThat(presenters).isNotEmpty()
                .allSatisfy(row -> assertThat(row.get("presenters").split("; ")).contains(row.get("name")));

        Map<String, String> live = SeedStore.select(
                "SELECT (MIN(?d) AS ?first) (MAX(?d) AS ?latest) (COUNT(?m) AS ?n) { ?m a sg:Meeting ; sg:date ?d }").getFirst();
        Map<String, String> derived = SeedStore.select(DERIVED
                + "SELECT ?first ?latest ?n { sgd:coverage sgd:firstMeetingDate ?first ; sgd:latestMeetingDate ?latest ;"
                + " sgd:meetingCount ?n }").getFirst();
        assertThat(derived).isEqualTo(live);
        assertThat(derived.get("latest")).isEqualTo("2025-10-03");
    }

    @Test
    void everyRepresentedUnitIsWithinItselfAndEveryOrganisationAboveIt() {
        String pairs = "SELECT ?unit ?top WHERE { %s } ORDER BY ?unit ?top";
        List<Map<String, String>> live = SeedStore.select(pairs.formatted(
                "{ SELECT DISTINCT ?unit { ?f sg:onBehalfOf ?unit } } ?unit org:unitOf* ?top"));
        List<Map<String, String>> derived = SeedStore.select(DERIVED + pairs.formatted(
                "?unit sgd:withinOrganisation ?top"));
        assertThat(derived).isEqualTo(live);
        // Units of the region reach it in one or more steps.
        assertThat(derived).anySatisfy(row -> assertThat(row.get("unit")).isNotEqualTo(row.get("top")));
    }

    /** Per group holding it, the meeting of the earliest later date (of two that day, the first by IRI). */
    @Test
    void eachMeetingIsFollowedByItsGroupsNextMeeting() {
        String pairs = "SELECT DISTINCT ?meeting ?next WHERE { %s } ORDER BY ?meeting ?next";
        List<Map<String, String>> live = SeedStore.select(pairs.formatted("""
                ?meeting sg:heldBy ?group ; sg:date ?date .
                ?next sg:heldBy ?group ; sg:date ?nextDate .
                FILTER(STR(?nextDate) > STR(?date))
                FILTER NOT EXISTS { ?between sg:heldBy ?group ; sg:date ?betweenDate .
                                    FILTER(STR(?betweenDate) > STR(?date) && (STR(?betweenDate) < STR(?nextDate)
                                           || (STR(?betweenDate) = STR(?nextDate) && STR(?between) < STR(?next)))) }"""));
        assertDerivedAsLive(pairs, live, "?meeting sgd:followedBy ?next");
    }

    /**
     * The group's latest meeting on or before a day, found as the queries find it (among the
     * meetings of its latest group-year up to the day's year and the latest meeting before
     * that year), is the one a scan of all the group's meetings finds: for every group, on
     * every meeting day, the day before the first, and every new year's day from 2020 to 2027
     * (before a group's first meeting, in the years between its meetings, after the last).
     */
    @Test
    void theLatestMeetingFoundThroughTheGroupYearsIsTheOneAScanFinds() {
        List<String> days = new ArrayList<>(SeedStore.column(
                "SELECT DISTINCT (STR(?date) AS ?day) { ?meeting sg:date ?date } ORDER BY ?day", "day"));
        days.addAll(List.of("2020-01-01", "2021-01-01", "2022-01-01", "2022-06-02", "2023-01-01", "2024-01-01",
                "2025-01-01", "2026-01-01", "2027-01-01"));
        // The day is a constant, as the named queries' parameter is once bound.
        String latest = """
                SELECT ?group ?meeting WHERE {
                  { SELECT DISTINCT ?group WHERE { ?anyMeeting sg:heldBy ?group } }
                  %s
                } ORDER BY ?group ?meeting""";
        String scan = """
                ?meeting sg:heldBy ?group ; sg:date ?date .
                FILTER(STR(?date) <= "DAY")
                FILTER NOT EXISTS { ?later sg:heldBy ?group ; sg:date ?laterDate .
                                    FILTER(STR(?laterDate) > STR(?date) && STR(?laterDate) <= "DAY") }""";
        String throughGroupYears = """
                {
                  ?groupYear sgd:group ?group .
                  FILTER EXISTS { ?groupYear sgd:year ?year FILTER(STR(?year) <= SUBSTR("DAY", 1, 4)) }
                  FILTER NOT EXISTS { ?groupYear sgd:nextGroupYear ?laterGroupYear .
                                      ?laterGroupYear sgd:year ?laterYear FILTER(STR(?laterYear) <= SUBSTR("DAY", 1, 4)) }
                }
                ?groupYear sgd:meeting|sgd:latestBefore ?meeting .
                OPTIONAL { ?meeting sg:date ?meetingDate }
                FILTER(STR(?meetingDate) <= "DAY")
                FILTER NOT EXISTS { ?meeting sgd:followedBy ?nextMeeting .
                                    ?nextMeeting sg:heldBy ?group ; sg:date ?nextDate .
                                    FILTER(STR(?nextDate) <= "DAY") }""";
        int crossingYears = 0;
        for (String day : days) {
            List<Map<String, String>> live = SeedStore.select(latest.formatted(scan.replace("DAY", day)));
            assertThat(SeedStore.select(DERIVED + latest.formatted(throughGroupYears.replace("DAY", day))))
                    .as("the latest meetings on %s", day).isEqualTo(live);
            crossingYears += (int) live.stream().filter(row -> SeedStore.value(
                    "SELECT (STR(?date) AS ?d) { <" + row.get("meeting") + "> sg:date ?date }", "d").compareTo(day.substring(0, 4)) < 0)
                    .count();
        }
        // Often the latest meeting is of an earlier year than the day (between a group's years, after its last).
        assertThat(crossingYears).isGreaterThan(10);
    }

    /**
     * Two meetings of a group on one day (the seeds have none): the meeting before them is
     * followed by the first by IRI, each of the two by the group's next meeting, the last of a
     * year by the first of the next year with a meeting; and the group-year holds both. A
     * later meeting of the other group of the seeds' joint meeting, in a file of its own, makes
     * that joint meeting followed in both groups, which a change to one of them must keep.
     */
    @Test
    void twoMeetingsOnOneDayFollowTheRule() throws IOException {
        Path root = projectCopy();
        String group = "https://w3id.org/samverkan/id/group/orebro-chefsgrupp-svvo";
        String minutes = meetings(group, "zz-test-a-2023-03-01", "zz-test-b-2023-03-01", "zz-test-2023-09-01");
        Files.writeString(root.resolve("data/sources/zz-test-one-day.ttl"), minutes);
        Files.writeString(root.resolve("data/sources/zz-test-folkhalsa.ttl"),
                meetings("https://w3id.org/samverkan/id/group/orebro-chefsgrupp-folkhalsa", "zz-test-folkhalsa-2023-05-01"));
        try (EmbeddedStore store = emptyStore()) {
            LoadReport report = new GraphLoader(store).load(root, ProjectFiles.DIRECTORIES, ProjectFiles.SHAPES);
            assertThat(report.refused()).isEmpty();
            String meeting = "https://w3id.org/samverkan/id/meeting/";
            assertThat(pairs(store, "?meeting sgd:followedBy ?next . ?meeting sg:heldBy <" + group + ">", "meeting", "next"))
                    .containsExactlyInAnyOrder(
                            meeting + "orebro-gemensam-chefsgrupp-2022-06-03 " + meeting + "orebro-chefsgrupp-svvo-2022-11-11",
                            meeting + "orebro-gemensam-chefsgrupp-2022-06-03 " + meeting + "zz-test-folkhalsa-2023-05-01",
                            meeting + "orebro-chefsgrupp-svvo-2022-11-11 " + meeting + "zz-test-a-2023-03-01",
                            meeting + "zz-test-a-2023-03-01 " + meeting + "zz-test-2023-09-01",
                            meeting + "zz-test-b-2023-03-01 " + meeting + "zz-test-2023-09-01",
                            meeting + "zz-test-2023-09-01 " + meeting + "orebro-chefsgrupp-svvo-2025-10-03");
            assertThat(pairs(store, "?groupYear sgd:group <" + group + "> ; sgd:year \"2023\" ; sgd:meeting ?meeting . "
                    + "OPTIONAL { ?groupYear sgd:latestBefore ?before }", "meeting", "before"))
                    .containsExactlyInAnyOrder(
                            meeting + "zz-test-a-2023-03-01 " + meeting + "orebro-chefsgrupp-svvo-2022-11-11",
                            meeting + "zz-test-b-2023-03-01 " + meeting + "orebro-chefsgrupp-svvo-2022-11-11",
                            meeting + "zz-test-2023-09-01 " + meeting + "orebro-chefsgrupp-svvo-2022-11-11");

            // A third meeting that day, first by IRI, as a change: computed for the change,
            // the same as computed whole.
            Files.writeString(root.resolve("data/sources/zz-test-one-day.ttl"),
                    meetings(group, "zz-test-a-2023-03-01", "zz-test-0-2023-03-01", "zz-test-b-2023-03-01", "zz-test-2023-09-01"));
            loadOneChangedFile(store, root);
            assertThat(pairs(store, "<" + meeting + "orebro-chefsgrupp-svvo-2022-11-11> sgd:followedBy ?next ; sg:heldBy ?group",
                    "next", "group")).containsExactly(meeting + "zz-test-0-2023-03-01 " + group);
        }
    }

    /**
     * On an external store the change's update goes over SPARQL as one request, and the
     * groups it concerns are read over SPARQL before it: a meeting added to a group that shares
     * a joint meeting with another is computed for the change, as a whole recomputation
     * computes it.
     */
    @Test
    void aChangeToAnExternalStoreIsComputedForTheChangeOverSparql() throws IOException {
        Path root = projectCopy();
        String group = "https://w3id.org/samverkan/id/group/orebro-chefsgrupp-svvo";
        Files.writeString(root.resolve("data/sources/zz-test-folkhalsa.ttl"),
                meetings("https://w3id.org/samverkan/id/group/orebro-chefsgrupp-folkhalsa", "zz-test-folkhalsa-2023-05-01"));
        try (StandaloneFuseki fuseki = StandaloneFuseki.startInTemporaryDirectory("fuseki-derived")) {
            RemoteStore store = new RemoteStore(new StoreProperties.Store(null, URI.create(fuseki.datasetUrl()),
                    null, null, null, null, null, null), Duration.ofSeconds(30));
            assertThat(new GraphLoader(store).load(root, ProjectFiles.DIRECTORIES, ProjectFiles.SHAPES).refused()).isEmpty();

            Files.writeString(root.resolve("data/sources/zz-test-one-day.ttl"), meetings(group, "zz-test-2023-03-01"));
            loadOneChangedFile(store, root);
            String meeting = "https://w3id.org/samverkan/id/meeting/";
            assertThat(pairs(store, "<" + meeting + "orebro-gemensam-chefsgrupp-2022-06-03> sgd:followedBy ?next . ?next sg:heldBy ?group",
                    "next", "group")).as("the joint meeting, followed in each of its groups").containsExactlyInAnyOrder(
                            meeting + "orebro-chefsgrupp-svvo-2022-11-11 " + group,
                            meeting + "zz-test-folkhalsa-2023-05-01 https://w3id.org/samverkan/id/group/orebro-chefsgrupp-folkhalsa");
            assertThat(pairs(store, "<" + meeting + "orebro-chefsgrupp-svvo-2022-11-11> sgd:followedBy ?next . ?next sg:heldBy ?group",
                    "next", "group")).containsExactly(meeting + "zz-test-2023-03-01 " + group);
        }
    }

    /**
     * A fact cited by two sets of minutes has for first source those of the earlier meeting,
     * computed for a change as a whole recomputation computes it: invented minutes of an
     * earlier meeting citing a seed membership again come first, and once they are replaced by
     * minutes of a later meeting, the seed's come first again.
     */
    @Test
    void aFactCitedTwiceHasTheSourceOfTheEarlierMeetingFirst() throws IOException {
        Path root = projectCopy();
        Path file = root.resolve("data/sources/zz-test-au.ttl");
        String membership = "orebro-chefsgrupp-svvo-au-karin-haster-ledamot-2023";
        try (EmbeddedStore store = emptyStore()) {
            assertThat(new GraphLoader(store).load(root, ProjectFiles.DIRECTORIES, ProjectFiles.SHAPES).refused()).isEmpty();
            assertThat(pairs(store, "?fact sgd:firstSource ?source", "fact", "source")).as("the seeds cite each membership and attendance once").isEmpty();

            Files.writeString(file, FactsInSeveralMinutesTest.minutes("2022-06-01", 5, membership));
            loadOneChangedFile(store, root);
            assertThat(pairs(store, "?fact sgd:firstSource ?source", "fact", "source"))
                    .containsExactly(FactsInSeveralMinutesTest.KARIN + " " + FactsInSeveralMinutesTest.EARLIER_SOURCE);

            Files.writeString(file, FactsInSeveralMinutesTest.minutes("2023-03-10", 5, membership));
            loadOneChangedFile(store, root);
            assertThat(pairs(store, "?fact sgd:firstSource ?source", "fact", "source"))
                    .containsExactly(FactsInSeveralMinutesTest.KARIN + " " + FactsInSeveralMinutesTest.SEED_SOURCE);
        }
    }

    /** A change naming no meeting or group (an organisation in the reference data) is computed for the change, not whole. */
    @Test
    void aChangeNamingNoMeetingIsComputedForTheChange() throws IOException {
        Path root = projectCopy();
        try (EmbeddedStore store = emptyStore()) {
            assertThat(new GraphLoader(store).load(root, ProjectFiles.DIRECTORIES, ProjectFiles.SHAPES).refused()).isEmpty();
            Files.writeString(root.resolve("data/reference/zz-test-organisation.ttl"), """
                    <https://w3id.org/samverkan/id/org/zz-test> a <http://www.w3.org/ns/org#FormalOrganization> ;
                        <http://www.w3.org/2004/02/skos/core#prefLabel> "Testorganisation"@sv .
                    """);
            loadOneChangedFile(store, root);
        }
    }

    /**
     * Loads a change of one file and checks that its derived facts were computed for the
     * change (a derived fact about nothing it touches survives, where a whole recomputation
     * would drop it) and are what a whole recomputation gives.
     */
    private static void loadOneChangedFile(TripleStore store, Path root) {
        String sentinel = "<urn:sentinel> <https://w3id.org/samverkan/derived#itemCount> 99";
        try (RDFConnection conn = store.connect()) {
            conn.update("INSERT DATA { GRAPH <" + GraphNames.DERIVED_GRAPH + "> { " + sentinel + " } }");
        }
        LoadReport change = new GraphLoader(store).load(root, ProjectFiles.DIRECTORIES, ProjectFiles.SHAPES);
        assertThat(change.refused()).isEmpty();
        assertThat(change.loaded()).hasSize(1);
        assertThat(change.change()).isNotNull();
        Graph afterTheChange = derivedGraph(store);
        Node sentinelNode = NodeFactory.createURI("urn:sentinel");
        assertThat(afterTheChange.contains(sentinelNode, Node.ANY, Node.ANY)).as("recomputed for the change, not whole").isTrue();
        afterTheChange.remove(sentinelNode, Node.ANY, Node.ANY);
        new DerivedFacts(store).recompute();
        Graph whole = derivedGraph(store);
        assertThat(difference(afterTheChange, whole)).isEmpty();
        assertThat(difference(whole, afterTheChange)).isEmpty();
    }

    /** A file of test meetings of the group, each with its minutes, the date the end of its name. */
    private static String meetings(String group, String... names) {
        StringBuilder file = new StringBuilder("""
                @prefix sg: <https://w3id.org/samverkan/def#> .
                @prefix skos: <http://www.w3.org/2004/02/skos/core#> .
                @prefix dcterms: <http://purl.org/dc/terms/> .
                @prefix xsd: <http://www.w3.org/2001/XMLSchema#> .
                """);
        for (String name : names) {
            file.append("""
                    <https://w3id.org/samverkan/id/source/%1$s> a sg:SourceDocument ; sg:fileName "%1$s.txt" ;
                        dcterms:title "Test %1$s"@sv ; sg:ocr false ; sg:recordsMeeting <https://w3id.org/samverkan/id/meeting/%1$s> .
                    <https://w3id.org/samverkan/id/meeting/%1$s> a sg:Meeting ; skos:prefLabel "Test %1$s"@sv ;
                        sg:heldBy <%2$s> ; sg:date "%3$s"^^xsd:date ; sg:citedIn <https://w3id.org/samverkan/id/source/%1$s> .
                    """.formatted(name, group, name.substring(name.length() - 10)));
        }
        return file.toString();
    }

    /** The rows of the pattern as "first second" (IRIs), through the store's SPARQL endpoint. */
    private static List<String> pairs(TripleStore store, String pattern, String first, String second) {
        String body = SparqlHttp.postForm(store.queryEndpoint(), "query", DERIVED
                + "PREFIX sg: <https://w3id.org/samverkan/def#>\nSELECT ?" + first + " ?" + second + " { " + pattern + " }",
                "text/csv").body();
        return body.lines().skip(1).map(String::strip).map(line -> line.replace(",", " ")).toList();
    }

    @Test
    void aStatedSeatIsRestatedOnTheFirstLaterStatementOfTheSameSeat() {
        String rows = "SELECT ?fact ?restated WHERE { %s } ORDER BY ?fact";
        List<Map<String, String>> live = SeedStore.select(rows.formatted("""
                { SELECT ?fact (MIN(STR(?sameStated)) AS ?restated) WHERE {
                    ?fact a org:Membership ; org:role ?role ; org:organization ?group ; org:member ?person ;
                          sg:statedOn ?statedOn .
                    ?same a org:Membership ; org:role ?role ; org:organization ?group ; org:member ?person ;
                          sg:statedOn ?sameStated .
                    FILTER(?same != ?fact && (STR(?sameStated) > STR(?statedOn)
                           || (STR(?sameStated) = STR(?statedOn) && STR(?same) < STR(?fact))))
                  } GROUP BY ?fact }"""));
        assertDerivedAsLive(rows, live, "?fact sgd:restatedOn ?restated");
    }

    /**
     * A membership's span holds on exactly the days its dates do by the rule of
     * group-members-on-date: checked on every day a membership begins, ends or is stated on,
     * the days either side, and every meeting day.
     */
    @Test
    void aMembershipSpanHoldsOnTheDaysItsDatesDo() {
        Set<String> days = new TreeSet<>();
        SeedStore.select("SELECT DISTINCT ?day WHERE { { ?f sg:startDate|sg:endDate|sg:statedOn ?day } UNION { ?m sg:date ?day } }")
                .forEach(row -> {
                    LocalDate day = LocalDate.parse(row.get("day"));
                    days.addAll(List.of(day.minusDays(1).toString(), day.toString(), day.plusDays(1).toString()));
                });
        String values = days.stream().map(day -> "\"" + day + "\"").collect(Collectors.joining(" "));
        String holds = """
                SELECT ?fact ?day ?span WHERE {
                  VALUES ?day { %s }
                  ?fact a org:Membership .
                  OPTIONAL { ?fact sg:startDate ?start }
                  OPTIONAL { ?fact sg:endDate ?end }
                  OPTIONAL { ?fact sg:statedOn ?statedOn }
                  OPTIONAL { ?fact sg:ongoing ?ongoing }
                  OPTIONAL { ?fact sgd:span ?span }
                  BIND(COALESCE(IF(BOUND(?start) || BOUND(?end),
                      (!BOUND(?start) || STR(?start) <= ?day) && (!BOUND(?end) || STR(?end) >= ?day),
                      BOUND(?statedOn) && STR(?statedOn) <= ?day && !(BOUND(?ongoing) && ?ongoing = false)), false) AS ?live)
                  BIND(COALESCE(BOUND(?span)
                      && (STRBEFORE(?span, "/") = ".." || STRBEFORE(?span, "/") <= ?day)
                      && (STRAFTER(?span, "/") = ".." || STRAFTER(?span, "/") >= ?day), false) AS ?derived)
                  FILTER(%s)
                }""";
        assertThat(SeedStore.select(DERIVED + holds.formatted(values, "?live != ?derived")))
                .as("memberships whose span and dates disagree on a day").isEmpty();
        // The check has something to check: memberships holding on some days and not on others,
        // by periods (open-ended too) and statements, and a statement of a seat that has ended.
        assertThat(SeedStore.select(DERIVED + holds.formatted(values, "?live")).size()).isGreaterThan(50);
        assertThat(SeedStore.select(DERIVED + holds.formatted(values, "!?live && BOUND(?span)"))).isNotEmpty();
        List<Map<String, String>> spans = SeedStore.select(DERIVED + "SELECT ?span WHERE { ?fact sgd:span ?span }");
        assertThat(spans).anyMatch(row -> row.get("span").matches("\\d{4}-\\d{2}-\\d{2}/\\.\\."))
                .anyMatch(row -> row.get("span").matches("\\d{4}-\\d{2}-\\d{2}/\\d{4}-\\d{2}-\\d{2}"));
        assertThat(Long.parseLong(SeedStore.value("SELECT (COUNT(*) AS ?n) WHERE { ?fact sg:ongoing false }", "n")))
                .isPositive();
        assertThat(SeedStore.select(DERIVED + "SELECT ?fact WHERE { ?fact sg:ongoing false ; sgd:span ?span }"))
                .as("a seat stated to have ended holds on no day").isEmpty();
    }

    @Test
    void eachUnitActedInTheGroupsOfItsMembershipsAndAttendance() {
        String pairs = "SELECT DISTINCT ?unit ?group WHERE { %s } ORDER BY ?unit ?group";
        List<Map<String, String>> live = SeedStore.select(pairs.formatted("""
                { ?fact sg:onBehalfOf ?unit ; a org:Membership ; org:organization ?group }
                UNION { ?fact sg:onBehalfOf ?unit ; a sg:Attendance ; sg:meeting ?meeting . ?meeting sg:heldBy ?group }"""));
        assertThat(live).hasSizeGreaterThan(10);
        assertDerivedAsLive(pairs, live, "?unit sgd:actedIn ?group");
    }

    /** The derived facts the pattern reads, in the select's form, are exactly the rows computed live (of which there are some). */
    private static void assertDerivedAsLive(String select, List<Map<String, String>> live, String derivedPattern) {
        assertThat(live).isNotEmpty();
        assertThat(SeedStore.select(DERIVED + select.formatted(derivedPattern))).isEqualTo(live);
    }

    @Test
    void aFileGoneIsGoneFromTheDerivedFacts() throws IOException {
        Path root = projectCopy();
        try (EmbeddedStore store = emptyStore()) {
            GraphLoader loader = new GraphLoader(store);
            loader.load(root, ProjectFiles.DIRECTORIES, ProjectFiles.SHAPES);
            assertThat(latest(store)).isEqualTo("2025-10-03");

            // The latest meeting's minutes removed: the coverage ends at the meeting before.
            Files.delete(root.resolve("data/sources/003-orebro-chefsgrupp-svvo-2025-10-03.ttl"));
            LoadReport report = loader.load(root, ProjectFiles.DIRECTORIES, ProjectFiles.SHAPES);
            assertThat(report.removed()).hasSize(1);
            assertThat(latest(store)).isEqualTo("2024-05-17");
            assertThat(SparqlHttp.postForm(store.queryEndpoint(), "query", DERIVED
                    + "ASK { <https://w3id.org/samverkan/id/meeting/orebro-chefsgrupp-svvo-2025-10-03> sgd:itemCount ?n }",
                    "application/sparql-results+json").body()).contains("false");
        }
    }

    @Test
    void factsLeftBehindByACrashAreRecomputedOnTheNextLoad() throws IOException {
        Path root = projectCopy();
        try (EmbeddedStore store = emptyStore()) {
            GraphLoader loader = new GraphLoader(store);
            loader.load(root, ProjectFiles.DIRECTORIES, ProjectFiles.SHAPES);
            String version = DerivedFacts.stamp(new DataVersion(store).refresh());
            assertThat(computedFor(store)).isEqualTo(version);

            // As a kill between a file's commit and the recomputation leaves them: facts of an
            // older version (here, a stale coverage date and marker).
            try (RDFConnection conn = store.connect()) {
                conn.update("PREFIX sgd: <https://w3id.org/samverkan/derived#>\n"
                        + "DELETE WHERE { GRAPH <" + GraphNames.DERIVED_GRAPH + "> { ?s sgd:computedFor ?v . sgd:coverage sgd:latestMeetingDate ?d } } ;\n"
                        + "INSERT DATA { GRAPH <" + GraphNames.DERIVED_GRAPH + "> { <" + GraphNames.DERIVED_GRAPH
                        + "> sgd:computedFor \"older\" . sgd:coverage sgd:latestMeetingDate \"2000-01-01\" } }");
            }
            assertThat(latest(store)).isEqualTo("2000-01-01");

            // No file changed, yet the next load (a restart) puts them right.
            LoadReport report = loader.load(root, ProjectFiles.DIRECTORIES, ProjectFiles.SHAPES);
            assertThat(report.loaded()).isEmpty();
            assertThat(latest(store)).isEqualTo("2025-10-03");
            assertThat(computedFor(store)).isEqualTo(version);
        }
    }

    /**
     * A change recomputes only what it can affect, and gives what a whole recomputation
     * gives: a person's name (items in other files present them), a presenter taken off an
     * item, a role changed, a decision and a file removed, a unit moved in its organisation.
     */
    @Test
    void aChangeRecomputesWhatItTouchesAndGivesWhatAWholeRecomputationGives() throws IOException {
        Path root = projectCopy();
        try (EmbeddedStore store = emptyStore()) {
            GraphLoader loader = new GraphLoader(store);
            loader.load(root, ProjectFiles.DIRECTORIES, ProjectFiles.SHAPES);
            String prefixes = """
                    PREFIX sg: <https://w3id.org/samverkan/def#>
                    PREFIX foaf: <http://xmlns.com/foaf/0.1/>
                    PREFIX org: <http://www.w3.org/ns/org#>
                    PREFIX person: <https://w3id.org/samverkan/id/person/>
                    PREFIX dec: <https://w3id.org/samverkan/id/decision/>
                    PREFIX orgn: <https://w3id.org/samverkan/id/org/>
                    PREFIX role: <https://w3id.org/samverkan/def/role/>
                    """;
            edit(root.resolve("data/reference/people.ttl"), prefixes + """
                    DELETE { person:ingmar-angman foaf:name ?name } INSERT { person:ingmar-angman foaf:name "Ingmar Ångman (ändrad)" }
                    WHERE { person:ingmar-angman foaf:name ?name }""");
            edit(root.resolve("data/sources/000-orebro-chefsgrupp-svvo-2022-11-11.ttl"), prefixes + """
                    DELETE WHERE { ?item sg:presenter person:fredrik-bergstrom } ;
                    DELETE { ?m org:role role:sekreterare } INSERT { ?m org:role role:ledamot } WHERE { ?m org:role role:sekreterare } ;
                    INSERT { ?a sg:meetingRole role:justerare } WHERE { ?a sg:meetingRole role:sekreterare } ;
                    DELETE WHERE { ?s ?p dec:orebro-chefsgrupp-svvo-2022-11-11-7 } ;
                    DELETE WHERE { dec:orebro-chefsgrupp-svvo-2022-11-11-7 ?p ?o }""");
            edit(root.resolve("data/reference/organisations.ttl"), prefixes + """
                    DELETE { orgn:region-orebro-lan-valfard-och-folkhalsa org:unitOf ?parent }
                    INSERT { orgn:region-orebro-lan-valfard-och-folkhalsa org:unitOf orgn:region-orebro-lan }
                    WHERE { orgn:region-orebro-lan-valfard-och-folkhalsa org:unitOf ?parent }""");
            Files.delete(root.resolve("data/sources/004-orebro-samverkansrad-folkhalsa-2024-05-17.ttl"));
            // A derived fact about nothing the change touches: a whole recomputation would drop it.
            String sentinel = "<urn:sentinel> <https://w3id.org/samverkan/derived#itemCount> 99";
            try (RDFConnection conn = store.connect()) {
                conn.update("INSERT DATA { GRAPH <" + GraphNames.DERIVED_GRAPH + "> { " + sentinel + " } }");
            }

            LoadReport report = loader.load(root, ProjectFiles.DIRECTORIES, ProjectFiles.SHAPES);
            assertThat(report.refused()).isEmpty();
            assertThat(report.loaded()).hasSize(3);
            assertThat(report.removed()).hasSize(1);
            assertThat(report.change()).isNotNull();
            Graph afterTheChange = derivedGraph(store);
            assertThat(afterTheChange.size()).isPositive();
            try (RDFConnection conn = store.connect()) {
                conn.update("DELETE DATA { GRAPH <" + GraphNames.DERIVED_GRAPH + "> { " + sentinel + " } }");
            }
            assertThat(afterTheChange.contains(NodeFactory.createURI("urn:sentinel"), Node.ANY, Node.ANY))
                    .as("recomputed for the change, not whole").isTrue();
            afterTheChange.remove(NodeFactory.createURI("urn:sentinel"), Node.ANY, Node.ANY);

            new DerivedFacts(store).recompute();
            Graph whole = derivedGraph(store);
            assertThat(difference(afterTheChange, whole)).as("derived after the change, not after a whole recomputation").isEmpty();
            assertThat(difference(whole, afterTheChange)).as("derived after a whole recomputation, not after the change").isEmpty();
            assertThat(SparqlHttp.postForm(store.queryEndpoint(), "query", DERIVED + "ASK { "
                    + "<https://w3id.org/samverkan/id/group/orebro-samverkansrad-folkhalsa> sgd:meetingCount ?n }",
                    "application/sparql-results+json").body()).as("the count of a group whose one meeting is gone").contains("false");
            assertThat(SparqlHttp.postForm(store.queryEndpoint(), "query", DERIVED + "ASK { ?item sgd:presenters ?p "
                    + "FILTER(CONTAINS(?p, \"Ingmar Ångman (ändrad)\")) }", "application/sparql-results+json").body()).contains("true");
            assertThat(SparqlHttp.postForm(store.queryEndpoint(), "query", DERIVED + "ASK { ?fact sgd:roleLabel ?l "
                    + "FILTER(CONTAINS(?l, \"justerare\") && CONTAINS(?l, \"sekreterare\")) }", "application/sparql-results+json")
                    .body()).as("a second role given by the change").contains("true");
        }
    }

    private static void edit(Path file, String update) throws IOException {
        Model model = RDFDataMgr.loadModel(file.toString());
        UpdateAction.parseExecute(update, model);
        try (var out = Files.newOutputStream(file)) {
            RDFDataMgr.write(out, model, Lang.TURTLE);
        }
    }

    private static Graph derivedGraph(TripleStore store) {
        try (RDFConnection conn = store.connect()) {
            return Txn.calculateRead(conn, () -> {
                Graph copy = GraphFactory.createDefaultGraph();
                GraphUtil.addInto(copy, conn.fetch(GraphNames.DERIVED_GRAPH).getGraph());
                return copy;
            });
        }
    }

    /** The triples of {@code graph} that {@code other} lacks, as text. */
    private static List<String> difference(Graph graph, Graph other) {
        return graph.find().toList().stream().filter(t -> !other.contains(t)).map(Triple::toString).sorted().toList();
    }

    private Path projectCopy() throws IOException {
        Path root = Files.createDirectories(work.resolve("project"));
        ProjectFiles.copyTo(root);
        return root;
    }

    private EmbeddedStore emptyStore() {
        return new EmbeddedStore(new StoreProperties.Store(work.resolve("tdb2").toString(), null, null, null, null),
                new StoreProperties.Fuseki(0, "samverkan"), Duration.ofSeconds(10));
    }

    private static String computedFor(TripleStore store) {
        String body = SparqlHttp.postForm(store.queryEndpoint(), "query", "SELECT ?v { GRAPH <" + GraphNames.DERIVED_GRAPH
                + "> { ?s <" + DerivedFacts.COMPUTED_FOR + "> ?v } }", "text/csv").body();
        return body.lines().skip(1).findFirst().orElse("").strip();
    }

    private static String latest(TripleStore store) {
        String body = SparqlHttp.postForm(store.queryEndpoint(), "query", DERIVED
                + "SELECT ?latest { sgd:coverage sgd:latestMeetingDate ?latest }", "text/csv").body();
        return body.lines().skip(1).findFirst().orElse("").strip();
    }
}
