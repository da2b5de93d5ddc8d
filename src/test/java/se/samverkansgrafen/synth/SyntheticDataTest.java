package se.samverkansgrafen.synth;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.apache.jena.query.QuerySolution;
import org.apache.jena.sparql.exec.http.QueryExecutionHTTP;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import se.samverkansgrafen.store.GraphLoader;
import se.samverkansgrafen.store.LoadReport;
import se.samverkansgrafen.store.Tdb2Stores;
import se.samverkansgrafen.store.TripleStore;

/**
 * Generates two small synthetic regions (the two with fewest municipalities in
 * data/reference, two years), loads the result with the project's loader and SHACL shapes
 * into a real TDB2 store, and checks the structure over HTTP with SPARQL.
 */
class SyntheticDataTest {

    private static final int YEARS = 2;
    private static final long SEED = 7;
    private static final String SG = "PREFIX sg: <https://w3id.org/samverkan/def#>\n"
            + "PREFIX org: <http://www.w3.org/ns/org#>\nPREFIX dcterms: <http://purl.org/dc/terms/>\n";

    @TempDir
    static Path work;

    private static List<Regions.Region> regions;
    private static Counts counts;
    private static LoadReport report;
    private static TripleStore store;

    @BeforeAll
    static void generateAndLoad() {
        List<Regions.Region> all = Regions.read(Path.of("data/reference"));
        regions = all.stream().sorted(Comparator.comparing((Regions.Region r) -> r.municipalities().size())
                .thenComparing(Regions.Region::lanskod)).limit(2).toList();
        counts = generate(work.resolve("a"), SEED, YEARS, regions.stream().map(Regions.Region::lanskod).toList());
        store = Tdb2Stores.onDisk(work.resolve("tdb2"));
        report = new GraphLoader(store).load(work.resolve("a"), List.of("ontology", "data"), "ontology/shapes.ttl");
    }

    @AfterAll
    static void closeStore() {
        store.close();
    }

    private static Counts generate(Path out, long seed, int years, List<String> codes) {
        return new Generator(Path.of("").toAbsolutePath(), out, new PrintStream(new ByteArrayOutputStream()))
                .run(new Generator.Options(Size.M, seed, years, codes));
    }

    /** Content hash of every file a generation with these options writes, by relative path. */
    private static Map<String, String> hashesOf(Path out, long seed, int years, List<String> codes) throws IOException {
        generate(out, seed, years, codes);
        return hashes(out);
    }

    @Test
    void theLoaderAcceptsEveryFileWithoutAViolation() {
        assertThat(report.refused()).as("files refused by the loader").isEmpty();
        assertThat(report.violations()).as("SHACL violations").isEmpty();
        assertThat(report.loaded()).hasSize((int) counts.files);
        assertThat(report.loaded().stream().mapToLong(LoadReport.LoadedFile::triples).sum()).isEqualTo(counts.triples);
        assertThat(counts.meetings).isGreaterThan(100);
        assertThat(counts.regions).isEqualTo(2);
    }

    @Test
    void theSameSeedWritesTheSameBytesAndAnotherSeedDoesNot() throws IOException {
        // One region, one year: enough files to compare, three times over.
        List<String> smallest = List.of(regions.getFirst().lanskod());
        Map<String, String> first = hashesOf(work.resolve("b1"), SEED, 1, smallest);
        Map<String, String> again = hashesOf(work.resolve("b2"), SEED, 1, smallest);
        Map<String, String> other = hashesOf(work.resolve("b3"), SEED + 1, 1, smallest);

        assertThat(first.keySet().stream().filter(p -> p.startsWith("data/synthetic/"))).hasSizeGreaterThan(50);
        assertThat(again).isEqualTo(first);
        assertThat(other.get("data/reference/organisations.ttl")).isEqualTo(first.get("data/reference/organisations.ttl"));
        String people = first.keySet().stream().filter(p -> p.startsWith("data/synthetic/") && p.endsWith("/reference/people.ttl"))
                .findFirst().orElseThrow();
        assertThat(other.get(people)).isNotEqualTo(first.get(people));
    }

    @Test
    void everyRegionHasEveryKindOfGroupWithReportingLines() {
        Map<String, Set<String>> kinds = new TreeMap<>();
        Map<String, Integer> tops = new HashMap<>();
        for (QuerySolution row : select("""
                SELECT ?region ?kind ?parent WHERE {
                  ?g a sg:CollaborationGroup ; sg:groupKind ?kind ; sg:hostedBy ?region .
                  OPTIONAL { ?g sg:reportsTo|org:subOrganizationOf ?parent }
                  FILTER(CONTAINS(STR(?g), "/group/synth-"))
                }""")) {
            String region = row.getResource("region").getURI();
            kinds.computeIfAbsent(region, r -> new java.util.TreeSet<>()).add(local(row.getResource("kind").getURI()));
            if (!row.contains("parent")) {
                tops.merge(region, 1, Integer::sum);
            }
        }
        assertThat(kinds.keySet()).containsExactlyInAnyOrderElementsOf(regions.stream().map(Regions.Region::iri).toList());
        kinds.values().forEach(k -> assertThat(k).containsAll(List.of("samverkansrad", "kcrd", "chefsgrupp",
                "arbetsutskott", "lansdelsgrupp", "tvargrupp", "styrgrupp", "natverk", "arbetsgrupp")));
        assertThat(tops).as("groups above which none stands, per region").allSatisfy((region, n) -> assertThat(n).isOne());
    }

    @Test
    void everyGroupMeetsSixToElevenTimesAYear() {
        List<QuerySolution> rows = select("""
                SELECT ?g ?year (COUNT(?m) AS ?meetings) WHERE {
                  ?m a sg:Meeting ; sg:heldBy ?g ; sg:date ?date .
                  FILTER(CONTAINS(STR(?g), "/group/synth-"))
                  BIND(YEAR(?date) AS ?year)
                } GROUP BY ?g ?year""");
        assertThat(rows).hasSize((int) counts.groups * YEARS);
        rows.forEach(r -> assertThat(r.getLiteral("meetings").getInt()).as(r.toString()).isBetween(6, 11));
    }

    @Test
    void aboutFifteenPercentOfPeopleLeaveInAYear() {
        record Seat(LocalDate start, LocalDate end) {
        }
        Map<String, List<Seat>> byPerson = new HashMap<>();
        for (QuerySolution row : select("""
                SELECT ?p ?start ?end WHERE {
                  ?m a org:Membership ; org:member ?p .
                  OPTIONAL { ?m sg:startDate ?start } OPTIONAL { ?m sg:endDate ?end }
                  FILTER(CONTAINS(STR(?p), "/person/synth-"))
                }""")) {
            byPerson.computeIfAbsent(row.getResource("p").getURI(), p -> new ArrayList<>()).add(new Seat(
                    row.contains("start") ? LocalDate.parse(row.getLiteral("start").getLexicalForm()) : null,
                    row.contains("end") ? LocalDate.parse(row.getLiteral("end").getLexicalForm()) : null));
        }
        int year = Generator.LAST_YEAR - YEARS + 1;
        LocalDate jan1 = LocalDate.of(year, 1, 1);
        LocalDate dec31 = LocalDate.of(year, 12, 31);
        int active = 0;
        int left = 0;
        for (List<Seat> seats : byPerson.values()) {
            boolean seated = seats.stream().anyMatch(s -> (s.start() == null || !s.start().isAfter(jan1))
                    && (s.end() == null || !s.end().isBefore(jan1)));
            if (!seated) {
                continue;
            }
            active++;
            boolean gone = seats.stream().allMatch(s -> s.end() != null && !s.end().isAfter(dec31));
            if (gone) {
                left++;
            }
        }
        // Each person leaves with probability 0.15 a year; with about a hundred people the
        // share lies within 0.07-0.23 (more than two standard deviations either side).
        assertThat(active).isGreaterThan(80);
        assertThat((double) left / active).as("share of the %d people seated on %s who left during %d (%d)", active,
                jan1, year, left).isBetween(0.07, 0.23);
    }

    @Test
    void minutesRecordAbsencesSubstitutesSlipsAndIdentityCandidates() {
        Map<String, Integer> statuses = countBy("""
                SELECT ?key (COUNT(*) AS ?n) WHERE { ?a a sg:Attendance ; sg:attendanceStatus ?key .
                  FILTER(CONTAINS(STR(?a), "/attendance/synth-")) } GROUP BY ?key""");
        assertThat(statuses.keySet()).containsExactlyInAnyOrder("present", "absent", "partial", "substitute");
        int all = statuses.values().stream().mapToInt(Integer::intValue).sum();
        assertThat((double) statuses.get("present") / all).isBetween(0.7, 0.9);

        assertThat(number("""
                SELECT (COUNT(*) AS ?n) WHERE { ?a a sg:Attendance ; sg:substituteFor ?p ; sg:attendanceStatus ?s .
                  FILTER(STRENDS(STR(?s), "/substitute")) }""")).isPositive();
        assertThat(number("""
                SELECT (COUNT(*) AS ?n) WHERE { ?a a sg:Attendance ; sg:uncertain true ; sg:rawText ?raw .
                  FILTER(CONTAINS(STR(?a), "/attendance/synth-")) }""")).isPositive();
        int written = number("""
                SELECT (COUNT(*) AS ?n) WHERE { ?a sg:attendee ?p ; sg:nameAsWritten ?w . ?p <http://xmlns.com/foaf/0.1/name> ?name .
                  FILTER(CONTAINS(STR(?a), "/attendance/synth-") && ?w != ?name) }""");
        assertThat((double) written / all).as("names written otherwise than the canonical name").isBetween(0.005, 0.1);
        assertThat(number("""
                SELECT (COUNT(*) AS ?n) WHERE { ?c a sg:IdentityCandidate ; sg:reviewStatus "open" .
                  FILTER(CONTAINS(STR(?c), "/candidate/synth-")) }""")).isPositive();
        assertThat(number("""
                SELECT (COUNT(DISTINCT ?p) AS ?n) WHERE { ?p sg:evidence ?e ; <http://www.w3.org/2004/02/skos/core#altLabel> ?v .
                  FILTER(CONTAINS(STR(?p), "/person/synth-")) }""")).isPositive();
    }

    @Test
    void decisionsOfEveryKindAndMattersThatMoveBetweenGroups() {
        Map<String, Integer> decisions = countBy("""
                SELECT ?key (COUNT(*) AS ?n) WHERE { ?d a sg:Decision ; sg:decisionKind ?key .
                  FILTER(CONTAINS(STR(?d), "/decision/synth-")) } GROUP BY ?key""");
        assertThat(decisions.keySet()).containsExactlyInAnyOrder("beslut", "inriktningsbeslut", "stallningstagande",
                "bordlagt", "inget-beslut", "fortsatt-beredning", "faststallande", "val");
        Map<String, Integer> steps = countBy("""
                SELECT ?key (COUNT(*) AS ?n) WHERE { ?s a sg:HandlingStep ; sg:stepKind ?key .
                  FILTER(CONTAINS(STR(?s), "/step/synth-")) } GROUP BY ?key""");
        assertThat(steps.keySet()).contains("uppdrag", "beredning", "remiss", "beslut", "uppfoljning", "leverans",
                "forankring", "rapport", "information");
        assertThat(number("""
                SELECT (COUNT(*) AS ?n) WHERE { ?s a sg:HandlingStep ; sg:plannedPeriod ?when .
                  FILTER(CONTAINS(STR(?s), "/step/synth-")) }""")).isPositive();
        assertThat(number("""
                SELECT (COUNT(DISTINCT ?m) AS ?n) WHERE {
                  ?a sg:matter ?m ; sg:handledBy ?g1 ; sg:stepStatus ?done . ?b sg:matter ?m ; sg:handledBy ?g2 ; sg:stepStatus ?done .
                  FILTER(?g1 != ?g2 && STRENDS(STR(?done), "/done") && CONTAINS(STR(?m), "/matter/synth-")) }""")).isGreaterThan(10);
        assertThat(number("""
                SELECT (COUNT(*) AS ?n) WHERE { ?a a sg:Assignment ; sg:assignedBy ?by ; sg:assignedTo ?to ; sg:reportsBackTo ?back .
                  FILTER(CONTAINS(STR(?a), "/matter/synth-")) }""")).isPositive();
    }

    @Test
    void syntheticFactsAreMarkedAndUseRealOrganisations() {
        assertThat(number("""
                SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o }
                  FILTER(CONTAINS(STR(?g), "/data/synthetic/") && STRSTARTS(STR(?s), "https://w3id.org/samverkan/id/")
                    && !CONTAINS(STR(?s), "/synth-")) }""")).as("subjects in synthetic files without the synth- prefix").isZero();
        assertThat(number("""
                SELECT (COUNT(*) AS ?n) WHERE { ?d a sg:SourceDocument . FILTER(CONTAINS(STR(?d), "/source/synth-"))
                  FILTER NOT EXISTS { ?d dcterms:description ?text FILTER(CONTAINS(STR(?text), "Syntetiskt")) } }"""))
                .as("synthetic sources that do not say so").isZero();
        assertThat(number("""
                SELECT (COUNT(DISTINCT ?org) AS ?n) WHERE { ?a a sg:Attendance ; sg:onBehalfOf ?org .
                  FILTER(CONTAINS(STR(?a), "/attendance/synth-"))
                  FILTER NOT EXISTS { GRAPH ?g { ?org sg:lanskod ?code } FILTER(CONTAINS(STR(?g), "/data/reference/")) } }"""))
                .as("organisations represented that are not in the reference data").isZero();
    }

    // --- helpers ------------------------------------------------------------------------------

    private static List<QuerySolution> select(String query) {
        List<QuerySolution> rows = new ArrayList<>();
        try (QueryExecutionHTTP exec = QueryExecutionHTTP.service(store.queryEndpoint()).query(SG + query).build()) {
            exec.execSelect().forEachRemaining(rows::add);
        }
        return rows;
    }

    private static int number(String query) {
        return select(query).getFirst().getLiteral("n").getInt();
    }

    private static Map<String, Integer> countBy(String query) {
        return select(query).stream().collect(Collectors.toMap(r -> local(r.getResource("key").getURI()),
                r -> r.getLiteral("n").getInt()));
    }

    private static String local(String iri) {
        return iri.substring(iri.lastIndexOf('/') + 1);
    }

    private static Map<String, String> hashes(Path root) throws IOException {
        Map<String, String> hashes = new TreeMap<>();
        try (Stream<Path> files = Files.walk(root)) {
            for (Path f : files.filter(Files::isRegularFile).toList()) {
                try {
                    hashes.put(root.relativize(f).toString().replace('\\', '/'),
                            HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(f))));
                } catch (java.security.NoSuchAlgorithmException e) {
                    throw new IllegalStateException(e);
                }
            }
        }
        return hashes;
    }
}
