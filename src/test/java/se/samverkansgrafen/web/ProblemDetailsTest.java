package se.samverkansgrafen.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.List;

import org.junit.jupiter.api.Test;

import tools.jackson.databind.JsonNode;

/** Bad input gets an RFC 9457 problem detail naming what was wrong, on every endpoint. */
class ProblemDetailsTest extends ApiTest {

    private JsonNode problem(String path, int status) {
        HttpResponse<String> response = get(path);
        assertThat(response.statusCode()).as(path).isEqualTo(status);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("application/problem+json"));
        JsonNode body = parse(response.body());
        assertThat(body.path("status").asInt()).isEqualTo(status);
        assertThat(body.path("type").asString()).startsWith("https://w3id.org/samverkan/problem/");
        return body;
    }

    @Test
    void unknownIdsAre404NamingTheId() {
        for (String path : List.of("/api/people/no-such-person", "/api/groups/no-such-group",
                "/api/organisations/no-such-org", "/api/meetings/no-such-meeting", "/api/agreements/no-such-matter",
                "/api/agreements/no-such-matter/trace")) {
            assertThat(problem(path, 404).path("detail").asString()).contains("no-such-");
        }
        assertThat(problem("/api/queries/no-such-query", 404).path("detail").asString()).contains("no-such-query");
    }

    @Test
    void malformedDatesAre400NamingTheParameter() {
        for (String at : List.of("2023-02-30", "yesterday", "2023-3-1", "2023-03-01T00:00", "%2B999999999-12-31",
                "-999999-01-01", "12023-01-01")) {
            JsonNode body = problem("/api/groups/orebro-chefsgrupp-svvo-au?at=" + at, 400);
            assertThat(body.path("parameter").asString()).isEqualTo("at");
            assertThat(body.path("detail").asString()).contains("YYYY-MM-DD");
        }
        assertThat(problem("/api/organisations/kommun-nora?at=1.1.2023", 400).path("parameter").asString()).isEqualTo("at");
    }

    @Test
    void injectionInIdsIsRefusedNotExecuted() {
        for (String id : List.of("x%3E%20%7D%20DROP%20ALL%20%23", "ingmar-angman%22%20.%20%3Fs%20%3Fp%20%3Fo",
                "INGMAR-ANGMAN", "%3Chttps:evil%3E")) {
            JsonNode body = problem("/api/people/" + id, 400);
            assertThat(body.path("parameter").asString()).isEqualTo("person");
        }
        // Encoded slashes are refused by the servlet container before they reach the service.
        assertThat(get("/api/people/%3Chttps%3A%2F%2Fevil%3E").statusCode()).isEqualTo(400);
        // The graph is untouched: the person is still there.
        assertThat(json("/api/people/ingmar-angman").path("name").asString()).isEqualTo("Ingmar Ångman");
    }

    @Test
    void missingAndUnknownQueryParametersAre400() {
        assertThat(problem("/api/queries/person", 400).path("parameter").asString()).isEqualTo("person");
        assertThat(problem("/api/queries/person?person=ingmar-angman&who=x", 400).path("parameter").asString()).isEqualTo("who");
        assertThat(problem("/api/people", 400).path("parameter").asString()).isEqualTo("q");
    }

    @Test
    void idsWithSpacesOrCharactersOutsideTheSlugAlphabetAre400NamingTheParameter() {
        for (String id : List.of("%20ingmar-angman", "ingmar-angman%20", "ingmar%20angman",
                "ingmar-angman%C2%A0", "ingmar-angman%E2%80%8B", "%D1%96ngmar-angman", "ingmar.angman")) {
            assertThat(problem("/api/people/" + id, 400).path("parameter").asString()).as(id).isEqualTo("person");
        }
        assertThat(problem("/api/groups/%20orebro-chefsgrupp-svvo-au", 400).path("parameter").asString()).isEqualTo("group");
        assertThat(problem("/api/groups/orebro-chefsgrupp-svvo-au?at=%202023-03-01", 400).path("parameter").asString())
                .isEqualTo("at");
        assertThat(problem("/api/groups/orebro-chefsgrupp-svvo-au?at=%20", 400).path("parameter").asString()).isEqualTo("at");
        for (String id : List.of("ingmar-angman%20", "%20ingmar-angman", "ingmar-angman%09", "%0Aingmar-angman")) {
            assertThat(problem("/api/queries/person?person=" + id, 400).path("parameter").asString()).as(id).isEqualTo("person");
        }
        // A tab in a path is refused by Jetty before the service sees it, as problem details too.
        assertThat(problem("/api/people/ingmar-angman%09", 400).path("detail").asString()).isNotBlank();
        // Without the spaces, the same ids answer.
        assertThat(json("/api/people/ingmar-angman").path("name").asString()).isEqualTo("Ingmar Ångman");
    }

    @Test
    void unknownOrRepeatedEnumeratedValuesAre400NamingTheParameterAndTheAllowedValues() {
        for (String only : List.of("people", "Person", "person%20", "", "person,group")) {
            JsonNode body = problem("/api/search?q=Angman&only=" + only, 400);
            assertThat(body.path("parameter").asString()).as(only).isEqualTo("only");
            if (!only.isEmpty()) {
                assertThat(body.path("allowed").values()).extracting(JsonNode::asString)
                        .containsExactly("person", "group", "organisation", "matter");
                assertThat(body.path("detail").asString()).contains("person, group, organisation, matter");
            }
        }
        JsonNode repeated = problem("/api/search?q=Angman&only=person&only=group", 400);
        assertThat(repeated.path("parameter").asString()).isEqualTo("only");
        assertThat(repeated.path("detail").asString()).contains("more than once");
        assertThat(problem("/api/queries/name-search?q=Angman&only=nobody", 400).path("parameter").asString()).isEqualTo("only");
        assertThat(problem("/api/groups/orebro-chefsgrupp-svvo-au?at=2023-03-01&at=2023-04-01", 400).path("parameter")
                .asString()).isEqualTo("at");
        // A listed value still restricts the search.
        assertThat(json("/api/search?q=Angman&only=person").values()).isNotEmpty()
                .allSatisfy(hit -> assertThat(hit.path("kind").asString()).isEqualTo("person"));
        assertThat(json("/api/search?q=Orebro&only=group").values()).isNotEmpty()
                .allSatisfy(hit -> assertThat(hit.path("kind").asString()).isEqualTo("group"));
    }

    @Test
    void pagesRefuseUnknownEnumeratedValuesAndBadIdsWithTheErrorPage() {
        for (String path : List.of("/?q=Angman&only=nobody", "/?only=nobody", "/sparql-editor?example=no-such-query",
                "/groups?group=%20orebro-chefsgrupp-svvo-au", "/groups?group=orebro-chefsgrupp-svvo-au&at=2023-02-30",
                "/people/%20ingmar-angman", "/?q=Angman&q=Orebro")) {
            HttpResponse<String> response = get(path, "text/html");
            assertThat(response.statusCode()).as(path).isEqualTo(400);
            assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("text/html"));
            assertThat(response.body()).as(path).contains("Felaktig parameter").contains("class=\"error-parameter\"");
        }
        assertThat(get("/?q=Angman&only=nobody", "text/html").body()).contains("person, group, organisation, matter");
        assertThat(get("/?q=Angman&only=person", "text/html").statusCode()).isEqualTo(200);
        assertThat(get("/?q=Angman&only=", "text/html").statusCode()).isEqualTo(200);
    }
}
