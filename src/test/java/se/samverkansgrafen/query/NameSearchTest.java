package se.samverkansgrafen.query;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import se.samverkansgrafen.store.SeedStore;

/** The name search over the jena-text index, on the seed data in TDB2. */
class NameSearchTest {

    private final QueryRunner runner = runner();

    /** The seed store with the queries as written; a subclass checks another form of the search. */
    QueryRunner runner() {
        return new QueryRunner(SeedStore.tripleStore(), NamedQueryCatalog.load(Path.of("queries")), Duration.ofSeconds(30));
    }

    private List<Object> found(String q) {
        return runner.select("name-search", Map.of("q", q)).column("entity");
    }

    private List<Object> found(String q, String only) {
        return runner.select("name-search", Map.of("q", q, "only", only)).column("entity");
    }

    @Test
    void ocrFormWithoutDiacriticsFindsThePerson() {
        assertThat(found("Angman")).first().isEqualTo("https://w3id.org/samverkan/id/person/ingmar-angman");
        assertThat(found("ingmar ångman")).first().isEqualTo("https://w3id.org/samverkan/id/person/ingmar-angman");
    }

    @Test
    void orebroWithoutDiacriticsFindsTheMunicipalityAndRegion() {
        assertThat(found("Orebro", "organisation")).contains(
                "https://w3id.org/samverkan/id/org/kommun-orebro",
                "https://w3id.org/samverkan/id/org/region-orebro-lan");
    }

    @Test
    void swedishInflectionFindsTheBaseForm() {
        // "kommunens" (the municipality's) finds "Nora kommun".
        assertThat(found("Nora kommunens", "organisation")).contains("https://w3id.org/samverkan/id/org/kommun-nora");
    }

    @Test
    void oneLetterOcrSlipIsForgiven() {
        // "Bergstrom" lost its ö; "Bergstrøm" is one edit away from the folded form.
        assertThat(found("Fredrik Bergstrom")).first().isEqualTo("https://w3id.org/samverkan/id/person/fredrik-bergstrom");
        assertThat(found("Madelone Maxe")).contains("https://w3id.org/samverkan/id/person/madelene-maxe");
    }

    @Test
    void restrictsToOneKind() {
        assertThat(found("chefsgrupp", "group")).isNotEmpty()
                .allSatisfy(e -> assertThat((String) e).startsWith("https://w3id.org/samverkan/id/group/"));
    }

    @Test
    void luceneSyntaxInTheWordsIsInert() {
        assertThat(found("Angman) *:* \"")).first().isEqualTo("https://w3id.org/samverkan/id/person/ingmar-angman");
        assertThat(found("label:* AND NOT x")).doesNotContain("https://w3id.org/samverkan/id/person/ingmar-angman");
        assertThatThrownBy(() -> found("  ?!  ")).isInstanceOf(InvalidParameterException.class).hasMessageContaining("'q'");
    }
}
