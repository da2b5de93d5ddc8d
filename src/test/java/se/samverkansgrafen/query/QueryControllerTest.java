package se.samverkansgrafen.query;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import se.samverkansgrafen.web.ApiTest;
import tools.jackson.databind.JsonNode;

class QueryControllerTest extends ApiTest {

    @Test
    void catalogueListsEveryQueryFileWithItsParameters() throws IOException {
        List<String> files;
        try (Stream<Path> list = Files.list(Path.of("queries"))) {
            files = list.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".rq"))
                    .map(n -> n.substring(0, n.length() - 3)).sorted().toList();
        }
        JsonNode catalogue = json("/api/queries");
        List<String> names = new ArrayList<>();
        catalogue.forEach(q -> {
            names.add(q.path("name").asString());
            assertThat(q.path("title").asString()).isNotBlank();
            assertThat(q.path("sparql").asString()).contains("SELECT");
        });
        assertThat(names).isEqualTo(files);
        assertThat(catalogue).anySatisfy(q -> {
            assertThat(q.path("name").asString()).isEqualTo("group-members-on-date");
            assertThat(q.path("parameters").findValuesAsString("name")).containsExactly("group", "at");
        });
    }

    @Test
    void runsANamedQueryWithParametersFromTheQueryString() {
        JsonNode result = json("/api/queries/meeting-items?meeting=orebro-chefsgrupp-svvo-2022-11-11");
        assertThat(result.path("query").asString()).isEqualTo("meeting-items");
        assertThat(result.path("parameters").path("meeting").asString()).isEqualTo("orebro-chefsgrupp-svvo-2022-11-11");
        assertThat(result.path("results")).anySatisfy(r -> {
            assertThat(r.path("number").asString()).isEqualTo("6");
            assertThat(r.path("decisionKindLabel").asString()).isEqualTo("inriktningsbeslut");
        });
    }

    @Test
    void stringParametersAreBoundAsLiteralsNotSpliced() {
        JsonNode result = json("/api/queries/name-search?q=%22%20%7D%20DROP%20ALL%20%23%20Angman");
        assertThat(result.path("results")).isEmpty();
        assertThat(json("/api/queries/name-search?q=Angman").path("results")).isNotEmpty();
    }

    /** Numbers keep their datatype in the JSON: counts are JSON integers, dates stay YYYY-MM-DD strings. */
    @Test
    void countsAreJsonIntegersAndDatesStrings() {
        JsonNode covered = json("/api/queries/covered-dates").path("results").get(0);
        assertThat(covered.path("meetings").isIntegralNumber()).isTrue();
        assertThat(covered.path("meetings").asInt()).isPositive();
        assertThat(covered.path("first").isString()).isTrue();
        assertThat(covered.path("latest").asString()).matches("\\d{4}-\\d{2}-\\d{2}");
        JsonNode coverage = json("/api/queries/coverage-by-source").path("results");
        assertThat(coverage.values()).isNotEmpty().allSatisfy(row -> {
            assertThat(row.path("instances").isIntegralNumber()).isTrue();
            assertThat(row.path("citedInstances").isIntegralNumber()).isTrue();
        });
    }
}
