package se.samverkansgrafen.query;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import org.apache.jena.query.DatasetFactory;
import org.apache.jena.query.QueryExecution;
import org.junit.jupiter.api.Test;

/**
 * Query rows as typed records: components take the variables of their name (and the ids of
 * entity IRIs), with the values' types; a record naming a variable the query does not select
 * is refused, so a renamed query variable fails instead of silently emptying an API field.
 */
class RowRecordsTest {

    record Seat(String person, String personId, String name, Long meetings, Boolean ongoing, String end) {
    }

    record RenamedSeat(String person, String fullName) {
    }

    record ComputedSeat(String person, @Computed Boolean current) {
    }

    private static QueryResult seats() {
        try (QueryExecution exec = QueryExecution.dataset(DatasetFactory.create()).query("""
                PREFIX xsd: <http://www.w3.org/2001/XMLSchema#>
                SELECT ?person ?name ?meetings ?ongoing ?end WHERE {
                  VALUES (?person ?name ?meetings ?ongoing ?end) {
                    (<https://w3id.org/samverkan/id/person/ingmar-angman> "Ingmar Ångman" 3 true UNDEF)
                    (<https://w3id.org/samverkan/id/person/linnea-hedkvist> "Linnea Hedkvist" 1 false "2023-06-30"^^xsd:date)
                  } }""").build()) {
            return QueryResult.of(exec.execSelect());
        }
    }

    @Test
    void componentsTakeTheVariablesOfTheirNameWithTheirTypes() {
        List<Seat> seats = seats().as(Seat.class);
        assertThat(seats).containsExactly(
                new Seat("https://w3id.org/samverkan/id/person/ingmar-angman", "ingmar-angman", "Ingmar Ångman", 3L, true, null),
                new Seat("https://w3id.org/samverkan/id/person/linnea-hedkvist", "linnea-hedkvist", "Linnea Hedkvist", 1L,
                        false, "2023-06-30"));
        assertThat(seats().asWhere("name", "Linnea Hedkvist", Seat.class)).extracting(Seat::personId)
                .containsExactly("linnea-hedkvist");
        assertThat(seats().entityAs("end", Seat.class)).map(Seat::name).hasValue("Linnea Hedkvist");
    }

    @Test
    void aRecordNamingAVariableTheQueryDoesNotSelectIsRefused() {
        assertThatThrownBy(() -> seats().as(RenamedSeat.class))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("[fullName]");
    }

    @Test
    void aComputedComponentIsLeftToTheService() {
        assertThat(seats().as(ComputedSeat.class)).extracting(ComputedSeat::current).containsOnlyNulls();
    }
}
