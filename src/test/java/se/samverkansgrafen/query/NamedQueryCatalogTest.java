package se.samverkansgrafen.query;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

import se.samverkansgrafen.store.SeedStore;

/**
 * The files in queries/: every one parses with a documented header, and the runner refuses
 * bad parameter values (naming the parameter) while binding string values as plain
 * literals. Uses the real queries and the seed store, not fakes.
 */
class NamedQueryCatalogTest {

    private static final Path QUERIES = Path.of("queries");

    /** The named queries of the query contract (queries-spec), each with its example run below. */
    private static final List<String> CONTRACT = List.of("person", "person-memberships", "groups", "group",
            "group-structure", "group-members-on-date", "group-meetings", "meeting", "meeting-attendance",
            "meeting-items", "organisation", "organisation-representatives", "shared-groups",
            "people-in-both-groups", "agreements", "matter", "agreement-trace", "data-quality-uncited-facts",
            "data-quality-memberships-without-period", "data-quality-uncertain-facts");

    private static NamedQueryCatalog catalog;
    private static QueryRunner runner;

    @BeforeAll
    static void load() {
        catalog = NamedQueryCatalog.load(QUERIES);
        runner = new QueryRunner(SeedStore.tripleStore(), catalog, Duration.ofSeconds(30));
    }

    static Stream<String> files() throws IOException {
        try (Stream<Path> files = Files.list(QUERIES)) {
            return files.map(f -> f.getFileName().toString()).filter(n -> n.endsWith(".rq")).sorted().toList().stream();
        }
    }

    @ParameterizedTest
    @MethodSource("files")
    void everyFileParsesWithTitleDescriptionExampleAndUsesEveryParameter(String file) throws IOException {
        String name = file.replaceFirst("\\.rq$", "");
        NamedQuery query = NamedQuery.parse(name, Files.readString(QUERIES.resolve(file)));
        assertThat(catalog.find(name)).isPresent();
        assertThat(query.title()).isNotBlank();
        assertThat(query.description()).isNotBlank();
        assertThat(query.example()).isNotBlank();
        assertThat(query.query().isSelectType()).isTrue();
        String body = query.text().lines().filter(l -> !l.startsWith("#")).reduce("", (a, b) -> a + "\n" + b);
        for (QueryParameter p : query.parameters()) {
            // As a whole variable in the query body, not as a prefix of another (?at vs ?attendance).
            assertThat(Pattern.compile("\\?" + p.name() + "\\b").matcher(body).find())
                    .as("%s uses ?%s", name, p.name()).isTrue();
        }
    }

    @Test
    void everyQueryOfTheContractIsThere() {
        assertThat(catalog.all()).extracting(NamedQuery::name).containsAll(CONTRACT);
    }

    static Stream<String> contract() {
        return CONTRACT.stream();
    }

    /** The header's example, "a=b&c=d" or "(no parameters) …", runs and returns rows. */
    @ParameterizedTest
    @MethodSource("contract")
    void everyContractQueryRunsItsExampleAndFindsSomething(String name) {
        NamedQuery query = catalog.get(name);
        Map<String, String> values = new LinkedHashMap<>();
        String example = query.example();
        if (!example.startsWith("(no parameters)")) {
            for (String pair : example.split("\\s+")[0].split("&")) {
                String[] kv = pair.split("=", 2);
                values.put(kv[0], kv[1]);
            }
        }
        assertThat(values.keySet()).containsExactlyInAnyOrderElementsOf(
                query.parameters().stream().map(QueryParameter::name).toList());
        QueryResult result = runner.select(name, values);
        if (!name.equals("data-quality-uncited-facts")) {
            assertThat(result.rows()).as("%s with %s", name, values).isNotEmpty();
        }
    }

    @Test
    void missingRequiredParameterIsRefusedByName() {
        assertThatThrownBy(() -> runner.select("person-memberships", Map.of()))
                .isInstanceOfSatisfying(InvalidParameterException.class, e -> assertThat(e.parameter()).isEqualTo("person"));
        assertThatThrownBy(() -> runner.select("group-members-on-date", Map.of("group", "orebro-chefsgrupp-svvo")))
                .isInstanceOfSatisfying(InvalidParameterException.class, e -> assertThat(e.parameter()).isEqualTo("at"));
        assertThatThrownBy(() -> runner.select("shared-groups", Map.of("person", "ingmar-angman")))
                .isInstanceOfSatisfying(InvalidParameterException.class, e -> assertThat(e.parameter()).isEqualTo("otherPerson"));
    }

    @Test
    void unknownParameterIsRefusedByName() {
        assertThatThrownBy(() -> runner.select("person", Map.of("person", "ingmar-angman", "colour", "blue")))
                .isInstanceOfSatisfying(InvalidParameterException.class, e -> assertThat(e.parameter()).isEqualTo("colour"));
        assertThatThrownBy(() -> runner.select("groups", Map.of("group", "orebro-chefsgrupp-svvo")))
                .isInstanceOfSatisfying(InvalidParameterException.class, e -> assertThat(e.parameter()).isEqualTo("group"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"2022-13-45", "yesterday", "2022-11-11T00:00", "11/11/2022", "2022-11-11\" ) } #"})
    void malformedDateIsRefusedByName(String at) {
        assertThatThrownBy(() -> runner.select("group-members-on-date", Map.of("group", "orebro-chefsgrupp-svvo", "at", at)))
                .isInstanceOfSatisfying(InvalidParameterException.class, e -> {
                    assertThat(e.parameter()).isEqualTo("at");
                    assertThat(e.getMessage()).contains("'at'");
                });
        assertThatThrownBy(() -> runner.select("organisation-representatives", Map.of("organisation", "kommun-nora", "at", at)))
                .isInstanceOfSatisfying(InvalidParameterException.class, e -> assertThat(e.parameter()).isEqualTo("at"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"ingmar-angman> } ; DROP ALL ; #", "ingmar angman", "ingmar-angman\"", "'ingmar-angman'",
            "Ingmar-Angman", "ingmar-angman>", "../person/ingmar-angman", "https://example.org/x> <y"})
    void injectionInAnIdParameterIsRefusedByName(String person) {
        assertThatThrownBy(() -> runner.select("person", Map.of("person", person)))
                .isInstanceOfSatisfying(InvalidParameterException.class, e -> assertThat(e.parameter()).isEqualTo("person"));
        assertThatThrownBy(() -> runner.select("shared-groups", Map.of("person", "ingmar-angman", "otherPerson", person)))
                .isInstanceOfSatisfying(InvalidParameterException.class, e -> assertThat(e.parameter()).isEqualTo("otherPerson"));
        assertThatThrownBy(() -> runner.select("meeting", Map.of("meeting", person)))
                .isInstanceOfSatisfying(InvalidParameterException.class, e -> assertThat(e.parameter()).isEqualTo("meeting"));
    }

    @Test
    void idParameterAcceptsTheFullIriOfItsKindOnly() {
        assertThat(runner.select("person", Map.of("person", QueryParameter.ID_BASE + "person/ingmar-angman")).rows())
                .singleElement().satisfies(r -> assertThat(r.get("name")).isEqualTo("Ingmar Ångman"));
        assertThatThrownBy(() -> runner.select("person", Map.of("person", QueryParameter.ID_BASE + "group/orebro-kcrd> . ?x ?y")))
                .isInstanceOf(InvalidParameterException.class);
    }

    @Test
    void injectionInAStringParameterIsBoundAsALiteralAndChangesNothing() {
        long before = tripleCount();
        String injected = "person\" } ; DROP ALL ; # ') } <x> ?y";
        NamedQuery echo = NamedQuery.parse("echo", """
                # title: Echo
                # description: The value bound to ?text, as the query sees it.
                # param: text string - any text
                # example: text=x
                SELECT ?text (STRLEN(?text) AS ?length) WHERE { FILTER(BOUND(?text)) }
                """);
        QueryResult result = runner.select(echo, echo.bind(Map.of("text", injected)));
        assertThat(result.rows()).singleElement().satisfies(row -> {
            assertThat(row.get("text")).isEqualTo(injected);
            assertThat(row.get("length")).isEqualTo((long) injected.length());
        });
        assertThat(tripleCount()).isEqualTo(before);
        assertThat(runner.select("person", Map.of("person", "ingmar-angman")).rows()).hasSize(1);
    }

    @ParameterizedTest
    @ValueSource(strings = {"person\" } ; DROP ALL ; # ') } <x> ?y", "people", "Person", " person", "person ",
            "person,group"})
    void aValueOutsideAListedSetIsRefusedByNameWithTheAllowedValues(String only) {
        assertThatThrownBy(() -> runner.select("name-search", Map.of("q", "Angman", "only", only)))
                .isInstanceOfSatisfying(InvalidParameterException.class, e -> {
                    assertThat(e.parameter()).isEqualTo("only");
                    assertThat(e.allowed()).containsExactly("person", "group", "organisation", "matter");
                });
        QueryResult plain = runner.select("name-search", Map.of("q", "Angman", "only", "person"));
        assertThat(plain.rows()).extracting(r -> r.get("entity")).contains(QueryParameter.ID_BASE + "person/ingmar-angman");
    }

    @ParameterizedTest
    @ValueSource(strings = {" ingmar-angman", "ingmar-angman ", "ingmar-angman\t", "\ningmar-angman", "ingmar-angman\u00a0"})
    void anIdWithSpacesAroundItIsRefusedNotTrimmed(String person) {
        assertThatThrownBy(() -> runner.select("person", Map.of("person", person)))
                .isInstanceOfSatisfying(InvalidParameterException.class, e -> assertThat(e.parameter()).isEqualTo("person"));
    }

    private static long tripleCount() {
        return Long.parseLong(SeedStore.value("SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } }", "n"));
    }
}
