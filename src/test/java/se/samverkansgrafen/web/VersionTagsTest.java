package se.samverkansgrafen.web;

import static org.assertj.core.api.Assertions.assertThat;
import static se.samverkansgrafen.history.EditingFixture.draft;
import static se.samverkansgrafen.history.EditingFixture.editor;
import static se.samverkansgrafen.history.EditingFixture.meetingId;
import static se.samverkansgrafen.history.EditingFixture.send;
import static se.samverkansgrafen.history.EditingFixture.upload;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import se.samverkansgrafen.history.EditingFixture;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/**
 * Answers read from the graph carry the data version as their ETag and are 304 to a client
 * that names it, until the data changes through a draft accepted or a commit reverted; then
 * the old tag gets the new answer. Over real HTTP on a service whose data root is a copy of
 * ontology/ and data/ with history on.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class VersionTagsTest {

    static final Path ROOT = EditingFixture.copyOfProject("version-tags-root");
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String GROUP = "/api/groups/orebro-chefsgrupp-svvo";

    @LocalServerPort
    int port;

    @DynamicPropertySource
    static void editing(DynamicPropertyRegistry registry) {
        registry.add("samverkan.fuseki.port", () -> "0");
        registry.add("samverkan.store.location", () -> HttpTest.storeLocation("version-tags"));
        registry.add("samverkan.data.root", ROOT::toString);
        registry.add("samverkan.history.enabled", () -> "true");
        registry.add("samverkan.drafts.directory", () -> temp("version-tags-drafts").toString());
        registry.add("samverkan.security.users", EditingFixture::users);
    }

    private HttpResponse<String> get(String path, String accept, String ifNoneMatch) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Accept", accept);
        if (ifNoneMatch != null) {
            request.header("If-None-Match", ifNoneMatch);
        }
        return send(request.GET().build());
    }

    private HttpResponse<String> post(String path, String ifMatch) {
        return send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Authorization", editor()).header("If-Match", ifMatch)
                .POST(HttpRequest.BodyPublishers.noBody()).build());
    }

    private static String tag(HttpResponse<String> response) {
        return response.headers().firstValue("ETag").orElseThrow(() -> new AssertionError("no ETag"));
    }

    @Test
    void unchangedAnswersAre304ForTheirTagOnTheApiAndThePages() {
        for (String[] request : new String[][] {{GROUP + "?at=2023-03-01", "application/json"},
                {"/api/people/ingmar-angman", "application/json"},
                {"/api/queries/group-members-on-date?group=orebro-chefsgrupp-svvo-au&at=2023-03-01", "application/json"},
                {"/groups/orebro-chefsgrupp-svvo?at=2022-11-11", "text/html"}, {"/", "text/html"}}) {
            HttpResponse<String> first = get(request[0], request[1], null);
            assertThat(first.statusCode()).as(request[0]).isEqualTo(200);
            String tag = tag(first);
            assertThat(tag).startsWith("W/\"");
            assertThat(first.headers().firstValue("Cache-Control")).hasValue("no-cache");
            assertThat(first.headers().allValues("Vary")).anySatisfy(v -> assertThat(v).contains("Accept"));

            HttpResponse<String> again = get(request[0], request[1], tag);
            assertThat(again.statusCode()).as(request[0]).isEqualTo(304);
            assertThat(again.body()).isEmpty();
            assertThat(tag(again)).isEqualTo(tag);
            // Another tag, or one of a list: weak comparison over every tag named.
            assertThat(get(request[0], request[1], "W/\"0000-0000\"").statusCode()).isEqualTo(200);
            assertThat(get(request[0], request[1], "W/\"0000-0000\", " + tag).statusCode()).isEqualTo(304);
        }
    }

    @Test
    void errorsAndAnswersFromOtherStateCarryNoVersionTag() {
        HttpResponse<String> unknown = get("/api/groups/no-such-group", "application/json", null);
        assertThat(unknown.statusCode()).isEqualTo(404);
        assertThat(unknown.headers().firstValue("ETag")).isEmpty();
        HttpResponse<String> badDate = get(GROUP + "?at=2023-02-30", "application/json", null);
        assertThat(badDate.statusCode()).isEqualTo(400);
        assertThat(badDate.headers().firstValue("ETag")).isEmpty();
        HttpResponse<String> sparql = get("/sparql?query=ASK%7B%7D", "application/sparql-results+json", null);
        assertThat(sparql.statusCode()).isEqualTo(200);
        assertThat(sparql.headers().firstValue("ETag")).isEmpty();
        // Drafts have versions of their own, not the data's.
        HttpResponse<String> drafts = get("/api/drafts", "application/json", null);
        assertThat(drafts.headers().firstValue("ETag").orElse("")).doesNotStartWith("W/");
    }

    @Test
    void aDraftAcceptedAndItsCommitRevertedEachGiveANewVersion() {
        HttpResponse<String> before = get(GROUP, "application/json", null);
        String original = tag(before);

        String date = "2031-03-03";
        HttpResponse<String> created = send(upload("http://localhost:" + port + "/api/drafts", "protokoll.ttl",
                draft(date, true).getBytes(StandardCharsets.UTF_8)).header("Authorization", editor()).build());
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        JsonNode draft = JSON.readTree(created.body());
        assertThat(get(GROUP, "application/json", original).statusCode()).as("a draft changes no fact").isEqualTo(304);
        HttpResponse<String> accepted = post("/api/drafts/" + draft.path("id").asString() + "/accept",
                "\"" + draft.path("version").asString() + "\"");
        assertThat(accepted.statusCode()).as(accepted.body()).isEqualTo(201);

        HttpResponse<String> after = get(GROUP, "application/json", original);
        assertThat(after.statusCode()).as("the old tag gets the new answer").isEqualTo(200);
        assertThat(after.body()).contains(meetingId(date));
        String changed = tag(after);
        assertThat(changed).isNotEqualTo(original);
        assertThat(get(GROUP, "application/json", changed).statusCode()).isEqualTo(304);

        String head = get("/api/data/history", "application/json", null).headers().firstValue("ETag").orElseThrow();
        String commit = JSON.readTree(accepted.body()).path("commit").asString();
        HttpResponse<String> reverted = post("/api/data/commits/" + commit + "/revert", head);
        assertThat(reverted.statusCode()).as(reverted.body()).isIn(200, 201);
        HttpResponse<String> afterRevert = get(GROUP, "application/json", changed);
        assertThat(afterRevert.statusCode()).isEqualTo(200);
        assertThat(afterRevert.body()).doesNotContain(meetingId(date));
        // The files are as they were: the same data, the same version.
        assertThat(tag(afterRevert)).isEqualTo(original);
    }

    private static Path temp(String name) {
        try {
            return Files.createTempDirectory(name);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
