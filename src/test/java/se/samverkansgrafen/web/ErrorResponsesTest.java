package se.samverkansgrafen.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

import tools.jackson.databind.JsonNode;

/**
 * Every error, whoever produces it, is problem details for API clients and the HTML error
 * page for browsers asking for a page: Jetty's own refusals (encoded separators, %00, bad
 * percent-encoding, a URI or headers too large, a form over its limit), Spring's (unknown
 * path, wrong method) and the application's. Sent over a raw socket, as they arrive.
 */
class ErrorResponsesTest extends ApiTest {

    private static final String JSON = "Accept: application/json";
    private static final String HTML = "Accept: text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8";

    private static JsonNode problem(RawHttp.Response response, int status) {
        assertThat(response.status()).as(response.body()).isEqualTo(status);
        assertThat(response.header("Content-Type")).as(response.body()).startsWith("application/problem+json");
        JsonNode body = parse(response.body());
        assertThat(body.path("status").asInt()).isEqualTo(status);
        assertThat(body.path("type").asString()).startsWith("https://w3id.org/samverkan/problem/");
        assertThat(body.path("title").asString()).isNotBlank();
        assertThat(body.path("detail").asString()).isNotBlank().doesNotContain("Exception").doesNotContain("org.eclipse");
        return body;
    }

    private static void errorPage(RawHttp.Response response, int status) {
        assertThat(response.status()).as(response.body()).isEqualTo(status);
        assertThat(response.header("Content-Type")).as(response.body()).startsWith("text/html");
        assertThat(response.body()).contains("<header class=\"site-header\">").contains("class=\"error-message\"")
                .contains("<span>" + status + "</span>").doesNotContain("Exception").doesNotContain("org.eclipse");
    }

    @Test
    void pathsJettyRefusesAreProblemDetailsForTheApi() {
        for (String path : List.of("/api/people/a%2Fb", "/api/people/%3Chttps%3A%2F%2Fevil%3E", "/api/people/a%5Cb",
                "/api/people/a%00b", "/api/people/..%2F..%2Fpom.xml", "/api/people/%2e%2e/x", "/api/people/a%ZZ",
                "/api/groups/x%2F..%2F..%2Fetc?at=2023-03-01", "/api/people/a%C0%AE", "/api/people/x;a=b/..%2F")) {
            problem(RawHttp.get(port, path, JSON), 400);
            // Whatever the client asks for: an API path answers problem details.
            problem(RawHttp.get(port, path, HTML), 400);
            problem(RawHttp.get(port, path), 400);
        }
    }

    @Test
    void pathsJettyRefusesAreTheErrorPageForBrowsers() {
        for (String path : List.of("/people/a%2Fb", "/groups/a%5Cb", "/sources/..%2F..%2Fpom.xml", "/groups/%2e%2e/x")) {
            errorPage(RawHttp.get(port, path, HTML), 400);
            problem(RawHttp.get(port, path, JSON), 400);
        }
    }

    /** A path Jetty cannot even decode (%00, bad percent-encoding) is refused before the headers are read: problem details. */
    @Test
    void pathsJettyCannotDecodeAreProblemDetailsWhateverTheClient() {
        for (String path : List.of("/people/a%00b", "/meetings/a%ZZ", "/api/people/a%0", "/%")) {
            JsonNode body = problem(RawHttp.get(port, path, HTML), 400);
            assertThat(body.has("instance")).isFalse();
        }
    }

    @Test
    void badPercentEncodingInTheQueryStringIs400() {
        JsonNode body = problem(RawHttp.get(port, "/api/search?q=%ZZ", JSON), 400);
        assertThat(body.path("detail").asString()).isNotBlank();
        problem(RawHttp.get(port, "/api/groups/orebro-chefsgrupp-svvo-au?at=2023-03-01%", JSON), 400);
        errorPage(RawHttp.get(port, "/groups/orebro-chefsgrupp-svvo-au?at=%E0%A4", HTML), 400);
        errorPage(RawHttp.get(port, "/?q=%ZZ", HTML), 400);
    }

    @Test
    void aUriOrHeadersOverJettysLimitsAreProblemDetails() {
        problem(RawHttp.get(port, "/api/people/" + "a".repeat(200_000), JSON), 414);
        problem(RawHttp.get(port, "/api/search?q=" + "a".repeat(200_000), JSON), 414);
        problem(RawHttp.get(port, "/api/groups", JSON, "X-Padding: " + "x".repeat(200_000)), 431);
    }

    @Test
    void aFormOverJettysLimitIsA4xxProblem() {
        RawHttp.Response response = RawHttp.send(port, "POST", "/sparql",
                "query=" + "a".repeat(300_000), "Content-Type: application/x-www-form-urlencoded", JSON);
        assertThat(response.status()).as(response.body()).isBetween(400, 499);
        problem(response, response.status());
    }

    @Test
    void unknownPathsAreTheErrorPageForBrowsersAndProblemDetailsOtherwise() {
        for (String path : List.of("/people/", "/finns-inte", "/groups/orebro-chefsgrupp-svvo-au/", "/css/finns-inte.css")) {
            errorPage(RawHttp.get(port, path, HTML), 404);
            problem(RawHttp.get(port, path, JSON), 404);
        }
        errorPage(RawHttp.get(port, "/people/finns-inte", HTML), 404);
        problem(RawHttp.get(port, "/api/finns-inte", HTML), 404);
        problem(RawHttp.get(port, "/api/people/", HTML), 404);
    }

    @Test
    void aWriteWithoutAnAccountIsRefusedBeforeItIsRouted() {
        // Reading is open; any other method needs an editor, whether or not the path answers it.
        problem(RawHttp.send(port, "DELETE", "/api/people/ingmar-angman", null, JSON), 401);
        problem(RawHttp.send(port, "POST", "/api/groups", "", JSON, "Content-Type: application/json"), 401);
        // A form posted without the session's CSRF token is refused first, with the error page.
        errorPage(RawHttp.send(port, "POST", "/groups", "", HTML, "Content-Type: application/x-www-form-urlencoded"), 403);
    }

    @Test
    void aMalformedRequestLineIs400ProblemDetails() {
        problem(RawHttp.get(port, "/api/people/a b", JSON), 400);
        problem(RawHttp.get(port, "/api/people/a\u0001b", JSON), 400);
    }
}
