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
        for (String at : List.of("2023-02-30", "yesterday", "2023-3-1", "2023-03-01T00:00")) {
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
}
