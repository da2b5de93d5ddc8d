package se.samverkansgrafen.query;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.Map;

import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.DatasetFactory;
import org.junit.jupiter.api.Test;

import tools.jackson.databind.json.JsonMapper;

/**
 * SPARQL values become JSON values of their own datatype: decimals stay decimals (AVG(1, 2)
 * is 1.5, not 1), doubles doubles, integers integers, booleans booleans, dates strings.
 */
class QueryResultTest {

    private static Map<String, Object> row(String select) {
        try (QueryExecution exec = QueryExecution.dataset(DatasetFactory.create())
                .query("PREFIX xsd: <http://www.w3.org/2001/XMLSchema#> " + select).build()) {
            return QueryResult.of(exec.execSelect()).first().orElseThrow();
        }
    }

    @Test
    void numbersKeepTheirDatatype() {
        Map<String, Object> row = row("""
                SELECT (AVG(?x) AS ?avg) (SUM(?x) AS ?sum) (AVG(?d) AS ?avgDouble) (MAX(?big) AS ?huge)
                       ("2.0"^^xsd:decimal AS ?decimal) ("0.1"^^xsd:decimal + "0.2"^^xsd:decimal AS ?exact)
                       (true AS ?yes) ("2023-02-28"^^xsd:date AS ?date) ("7"^^xsd:nonNegativeInteger AS ?derived)
                       ("NaN"^^xsd:double AS ?nan) ("abc"^^xsd:integer AS ?illFormed) ("3.5"^^xsd:float AS ?float)
                WHERE { VALUES (?x ?d ?big) { (1 1.5e0 123456789012345678901234567890) (2 2.5e0 1) } }
                """);
        assertThat(row.get("avg")).isEqualTo(new BigDecimal("1.5"));
        assertThat(row.get("sum")).isEqualTo(3L);
        assertThat(row.get("avgDouble")).isEqualTo(2.0d);
        assertThat(row.get("huge")).isEqualTo(new BigInteger("123456789012345678901234567890"));
        assertThat(row.get("decimal")).isEqualTo(new BigDecimal("2.0"));
        assertThat(row.get("exact")).isEqualTo(new BigDecimal("0.3"));
        assertThat(row.get("yes")).isEqualTo(true);
        assertThat(row.get("date")).isEqualTo("2023-02-28");
        assertThat(row.get("derived")).isEqualTo(7L);
        assertThat(row.get("nan")).isEqualTo("NaN");
        assertThat(row.get("illFormed")).isEqualTo("abc");
        assertThat(row.get("float")).isEqualTo(3.5d);

        String json = JsonMapper.builder().build().writeValueAsString(row);
        assertThat(json).contains("\"avg\":1.5,").contains("\"sum\":3,").contains("\"avgDouble\":2.0,")
                .contains("\"huge\":123456789012345678901234567890,").contains("\"decimal\":2.0,")
                .contains("\"exact\":0.3,").contains("\"yes\":true,").contains("\"date\":\"2023-02-28\"");
    }
}
