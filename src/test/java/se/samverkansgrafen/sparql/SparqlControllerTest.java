package se.samverkansgrafen.sparql;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.api.Test;

import se.samverkansgrafen.web.ApiTest;

/** The analysts' SPARQL 1.1 Protocol endpoint on the service port. */
class SparqlControllerTest extends ApiTest {

    private static final String COUNT_MEETINGS = "PREFIX sg: <https://w3id.org/samverkan/def#> "
            + "SELECT (COUNT(?m) AS ?meetings) WHERE { ?m a sg:Meeting }";
    private static final String CONSTRUCT_PERSON = "CONSTRUCT { ?p ?q ?o } WHERE { "
            + "BIND(<https://w3id.org/samverkan/id/person/ingmar-angman> AS ?p) ?p ?q ?o }";

    private static String form(String field, String value) {
        return field + "=" + URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    private HttpResponse<String> getQuery(String query, String accept) {
        return get("/sparql?" + form("query", query), accept);
    }

    @Test
    void selectByGetInEveryResultFormat() {
        assertThat(getQuery(COUNT_MEETINGS, "application/sparql-results+json").body())
                .contains("\"meetings\"").containsPattern("\"value\"\\s*:\\s*\"5\"");
        assertThat(getQuery(COUNT_MEETINGS, "application/sparql-results+xml").body()).contains("<literal datatype=").contains(">5<");
        HttpResponse<String> csv = getQuery(COUNT_MEETINGS, "text/csv");
        assertThat(csv.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("text/csv"));
        assertThat(csv.body().lines().toList()).containsExactly("meetings", "5");
        assertThat(getQuery(COUNT_MEETINGS, "text/tab-separated-values").body().lines().toList()).containsExactly("?meetings", "5");
    }

    @Test
    void postFormAndPostDirect() {
        assertThat(post("/sparql", "application/x-www-form-urlencoded", form("query", COUNT_MEETINGS), "text/csv").body())
                .contains("5");
        assertThat(post("/sparql", "application/sparql-query", COUNT_MEETINGS, "text/csv").body()).contains("5");
    }

    @Test
    void askAndConstructByContentNegotiation() {
        assertThat(getQuery("ASK { ?s a <http://xmlns.com/foaf/0.1/Person> }", "application/sparql-results+json").body())
                .contains("true");
        assertThat(getQuery(CONSTRUCT_PERSON, "text/turtle").body()).contains("Ingmar Ångman");
        assertThat(getQuery(CONSTRUCT_PERSON, "application/n-triples").body())
                .contains("<https://w3id.org/samverkan/id/person/ingmar-angman> <http://xmlns.com/foaf/0.1/name> \"Ingmar Ångman\"");
        assertThat(getQuery(CONSTRUCT_PERSON, "application/ld+json").body()).contains("\"@id\"").contains("Ingmar Ångman");
    }

    @Test
    void formatParameterForToolsThatCannotSetAccept() {
        HttpResponse<String> csv = get("/sparql?" + form("query", COUNT_MEETINGS) + "&format=csv", "*/*");
        assertThat(csv.body().lines().toList()).containsExactly("meetings", "5");
    }

    @Test
    void datasetFromTheProtocolOrTheQueryReplacesTheUnionDefaultGraph() {
        String countPeople = "SELECT (COUNT(DISTINCT ?p) AS ?n) WHERE { ?p a <http://xmlns.com/foaf/0.1/Person> }";
        String source001 = "https://w3id.org/samverkan/graph/data/sources/001-kronoberg-ledningsgrupp-2021-06-04.ttl";
        // Seed 001 (Kronoberg) declares its 24 people itself; the union holds the people of all documents.
        assertThat(get("/sparql?" + form("query", countPeople) + "&" + form("default-graph-uri", source001), "text/csv")
                .body().lines().toList()).containsExactly("n", "24");
        assertThat(getQuery(countPeople.replace("WHERE", "FROM <" + source001 + "> WHERE"), "text/csv")
                .body().lines().toList()).containsExactly("n", "24");
        assertThat(Integer.parseInt(getQuery(countPeople, "text/csv").body().lines().toList().get(1))).isGreaterThan(24);
        assertThat(get("/sparql?" + form("query", "SELECT DISTINCT ?g WHERE { GRAPH ?g { ?s ?p ?o } }") + "&"
                + form("named-graph-uri", source001), "text/csv").body().lines().toList()).containsExactly("g", source001);
        HttpResponse<String> bad = get("/sparql?" + form("query", countPeople) + "&" + form("default-graph-uri", "not an iri"),
                "application/json");
        assertThat(bad.statusCode()).isEqualTo(400);
        assertThat(bad.body()).contains("default-graph-uri");
    }

    @Test
    void everyUpdateFormIsRefused() {
        List<String> updates = List.of("INSERT DATA { <urn:a> <urn:b> <urn:c> }", "DELETE WHERE { ?s ?p ?o }",
                "LOAD <http://example.org/x>", "CLEAR ALL", "DROP ALL", "CREATE GRAPH <urn:g>",
                "ADD DEFAULT TO <urn:g>", "MOVE DEFAULT TO <urn:g>", "COPY DEFAULT TO <urn:g>",
                "DELETE { ?s ?p ?o } INSERT { ?s ?p \"x\" } WHERE { ?s ?p ?o }");
        for (String update : updates) {
            assertThat(getQuery(update, "application/json").statusCode()).as(update).isEqualTo(400);
            assertThat(post("/sparql", "application/x-www-form-urlencoded", form("update", update), "*/*").statusCode())
                    .as(update).isEqualTo(400);
            HttpResponse<String> direct = post("/sparql", "application/sparql-update", update, "*/*");
            assertThat(direct.statusCode()).as(update).isEqualTo(400);
            assertThat(direct.body()).contains("update-refused").contains("read-only");
        }
        assertThat(getQuery(COUNT_MEETINGS, "text/csv").body()).contains("5");
    }

    @Test
    void badQueriesGetProblemDetails() {
        HttpResponse<String> syntax = getQuery("SELECT ?x WHERE { ?x", "application/json");
        assertThat(syntax.statusCode()).isEqualTo(400);
        assertThat(syntax.body()).contains("query-syntax").contains("line");
        assertThat(get("/sparql", "application/json").statusCode()).isEqualTo(400);
        assertThat(getQuery("SELECT * WHERE { SERVICE <http://example.org/sparql> { ?s ?p ?o } }", "application/json").body())
                .contains("service-refused");
        assertThat(getQuery(COUNT_MEETINGS, "image/png").statusCode()).isEqualTo(406);
    }

    @Test
    void nestingTooDeepForTheEngineGets400() {
        int depth = 5000; // about 95 kB, under the default size limit
        String nested = "SELECT * WHERE { ".repeat(depth) + "?s ?p ?o" + " }".repeat(depth);
        HttpResponse<String> deep = post("/sparql", "application/sparql-query", nested, "text/csv");
        assertThat(deep.statusCode()).isEqualTo(400);
        assertThat(deep.body()).contains("query-too-complex");
        StringBuilder union = new StringBuilder("SELECT * WHERE { { ?s ?p 0 }");
        for (int branch = 1; union.length() < 95_000; branch++) {
            union.append(" UNION { ?s ?p ").append(branch).append(" }");
        }
        HttpResponse<String> wide = post("/sparql", "application/sparql-query", union.append(" }").toString(), "text/csv");
        assertThat(wide.statusCode()).as(wide.body()).isIn(200, 400);
        assertThat(getQuery(COUNT_MEETINGS, "text/csv").body()).contains("5");
    }
}
