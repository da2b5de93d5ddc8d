package se.samverkansgrafen.drafts;

import static org.assertj.core.api.Assertions.assertThat;
import static se.samverkansgrafen.history.EditingFixture.EDITOR;
import static se.samverkansgrafen.history.EditingFixture.READER;
import static se.samverkansgrafen.history.EditingFixture.READER_PASSWORD;
import static se.samverkansgrafen.history.EditingFixture.basic;
import static se.samverkansgrafen.history.EditingFixture.draft;
import static se.samverkansgrafen.history.EditingFixture.editor;
import static se.samverkansgrafen.history.EditingFixture.lastCommit;
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
import java.util.List;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.context.ConfigurableApplicationContext;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

import se.samverkansgrafen.SamverkansgrafenApplication;
import se.samverkansgrafen.history.EditingFixture;
import se.samverkansgrafen.web.HttpTest;

/**
 * The editing API over real HTTP on a service whose data root is a temporary copy of
 * ontology/ and data/ (a git repository the service made, sharing a bare "origin"): who
 * may write, what uploads are refused, optimistic locking, accepting a hand-made draft
 * into the graph with its commit, and reverting it.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class EditingApiTest {

    static final Path ROOT = EditingFixture.copyOfProject("editing-root");
    static final Path ORIGIN = EditingFixture.bareRepository("editing-origin");
    static final Path DRAFTS = temp("editing-drafts");
    private static final ObjectMapper JSON = new ObjectMapper();

    @LocalServerPort
    int port;

    @DynamicPropertySource
    static void editing(DynamicPropertyRegistry registry) {
        registry.add("samverkan.fuseki.port", () -> "0");
        registry.add("samverkan.store.location", () -> HttpTest.storeLocation("editing"));
        registry.add("samverkan.data.root", ROOT::toString);
        registry.add("samverkan.history.enabled", () -> "true");
        registry.add("samverkan.history.remote", ORIGIN::toString);
        registry.add("samverkan.drafts.directory", DRAFTS::toString);
        registry.add("samverkan.drafts.max-upload-size", () -> "256KB");
        registry.add("spring.servlet.multipart.max-file-size", () -> "1MB");
        registry.add("spring.servlet.multipart.max-request-size", () -> "1MB");
        registry.add("samverkan.security.users", EditingFixture::users);
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }

    private HttpResponse<String> call(String method, String path, String auth, String contentType, String body,
            UnaryOperator<HttpRequest.Builder> extra) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url(path)))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        if (auth != null) {
            request.header("Authorization", auth);
        }
        if (contentType != null) {
            request.header("Content-Type", contentType);
        }
        return send(extra.apply(request).build());
    }

    private HttpResponse<String> uploadAs(String auth, String name, byte[] content) {
        HttpRequest.Builder request = upload(url("/api/drafts"), name, content);
        if (auth != null) {
            request.header("Authorization", auth);
        }
        return send(request.build());
    }

    private JsonNode newDraft(String turtle) {
        HttpResponse<String> created = uploadAs(editor(), "protokoll.ttl", turtle.getBytes(StandardCharsets.UTF_8));
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        assertThat(created.headers().firstValue("ETag")).isPresent();
        return JSON.readTree(created.body());
    }

    /** Every write endpoint, with a body of the right kind. */
    private List<String[]> writes() {
        String any = "00000000-0000-0000-0000-000000000000";
        return List.of(
                new String[] {"PATCH", "/api/drafts/" + any, "application/json", "{\"operations\":[]}"},
                new String[] {"PUT", "/api/drafts/" + any, "text/turtle", "<a> <b> <c> ."},
                new String[] {"POST", "/api/drafts/" + any + "/accept", null, null},
                new String[] {"DELETE", "/api/drafts/" + any, null, null},
                new String[] {"PUT", "/api/data/files/data/sources/000-orebro-chefsgrupp-svvo-2022-11-11.ttl", "text/turtle", "<a> <b> <c> ."},
                new String[] {"POST", "/api/data/commits/HEAD/revert", null, null},
                new String[] {"POST", "/api/data/reload", null, null});
    }

    @Test
    void anonymousWritesAreRefusedWith401AndABasicChallenge() throws IOException {
        List<String> draftsBefore = listing(DRAFTS);
        String headBefore = lastCommit(ROOT)[2];
        for (String[] w : writes()) {
            HttpResponse<String> response = call(w[0], w[1], null, w[2], w[3], r -> r);
            assertThat(response.statusCode()).as(w[0] + " " + w[1]).isEqualTo(401);
            assertThat(response.headers().firstValue("WWW-Authenticate")).hasValueSatisfying(v -> assertThat(v).startsWith("Basic"));
            assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
                    v -> assertThat(v).startsWith("application/problem+json"));
            assertThat(JSON.readTree(response.body()).path("status").asInt()).isEqualTo(401);
        }
        HttpResponse<String> upload = uploadAs(null, "protokoll.ttl", draft("2030-01-10", true).getBytes(StandardCharsets.UTF_8));
        assertThat(upload.statusCode()).isEqualTo(401);
        HttpResponse<String> wrongPassword = uploadAs(basic(EDITOR, "fel"), "protokoll.ttl", new byte[] {'x'});
        assertThat(wrongPassword.statusCode()).isEqualTo(401);
        assertThat(listing(DRAFTS)).isEqualTo(draftsBefore);
        assertThat(lastCommit(ROOT)[2]).isEqualTo(headBefore);
    }

    @Test
    void aUserWithoutTheEditorRoleIsRefusedWith403() throws IOException {
        List<String> draftsBefore = listing(DRAFTS);
        String reader = basic(READER, READER_PASSWORD);
        for (String[] w : writes()) {
            HttpResponse<String> response = call(w[0], w[1], reader, w[2], w[3], r -> r);
            assertThat(response.statusCode()).as(w[0] + " " + w[1]).isEqualTo(403);
            assertThat(JSON.readTree(response.body()).path("type").asString()).endsWith("/forbidden");
        }
        assertThat(uploadAs(reader, "protokoll.ttl", draft("2030-01-11", true).getBytes(StandardCharsets.UTF_8))
                .statusCode()).isEqualTo(403);
        assertThat(listing(DRAFTS)).isEqualTo(draftsBefore);
    }

    @Test
    void readingStaysOpen() {
        for (String path : List.of("/api/drafts", "/api/data/history", "/api/meetings/orebro-chefsgrupp-svvo-2022-11-11",
                "/actuator/health", "/v3/api-docs", "/logga-in", "/", "/sparql?query=ASK%7B%7D")) {
            assertThat(call("GET", path, null, null, null, r -> r).statusCode()).as(path).isEqualTo(200);
        }
        HttpResponse<String> sparqlPost = call("POST", "/sparql", null, "application/x-www-form-urlencoded",
                "query=ASK%7B%7D", r -> r.header("Accept", "application/sparql-results+json"));
        assertThat(sparqlPost.statusCode()).isEqualTo(200);
    }

    @Test
    void aBrowserWriteFromAnotherSiteNeedsACsrfTokenEvenWithBasicCredentials() throws IOException {
        List<String> draftsBefore = listing(DRAFTS);
        HttpResponse<String> crossSite = send(upload(url("/api/drafts"), "protokoll.ttl",
                draft("2030-01-12", true).getBytes(StandardCharsets.UTF_8))
                .header("Authorization", editor()).header("Origin", "https://elak.example").build());
        assertThat(crossSite.statusCode()).isEqualTo(403);
        assertThat(JSON.readTree(crossSite.body()).path("type").asString()).endsWith("/csrf");
        HttpResponse<String> fetchMetadata = call("DELETE", "/api/drafts/00000000-0000-0000-0000-000000000000", editor(),
                null, null, r -> r.header("Sec-Fetch-Site", "cross-site"));
        assertThat(fetchMetadata.statusCode()).isEqualTo(403);
        assertThat(listing(DRAFTS)).isEqualTo(draftsBefore);
    }

    @Test
    void formsNeedALoginAndTheSessionsCsrfTokenAForgedOneIsRefused() throws Exception {
        java.net.http.HttpClient browser = java.net.http.HttpClient.newBuilder()
                .cookieHandler(new java.net.CookieManager()).followRedirects(java.net.http.HttpClient.Redirect.NEVER).build();
        UnaryOperator<String> form = body -> body;
        HttpResponse<String> anonymous = browser.send(HttpRequest.newBuilder(URI.create(url("/utkast/x/avvisa")))
                .header("Content-Type", "application/x-www-form-urlencoded").POST(HttpRequest.BodyPublishers.ofString("a=b"))
                .build(), HttpResponse.BodyHandlers.ofString());
        assertThat(anonymous.statusCode()).as("a page write without login").isIn(302, 403);

        HttpResponse<String> wrong = browser.send(loginRequest(browser, EDITOR, "fel"), HttpResponse.BodyHandlers.ofString());
        assertThat(wrong.headers().firstValue("Location")).hasValueSatisfying(v -> assertThat(v).contains("/logga-in?error"));
        HttpResponse<String> login = browser.send(loginRequest(browser, EDITOR, EditingFixture.EDITOR_PASSWORD),
                HttpResponse.BodyHandlers.ofString());
        assertThat(login.statusCode()).isEqualTo(302);
        assertThat(login.headers().firstValue("Location")).hasValueSatisfying(v -> assertThat(v).doesNotContain("error"));

        String token = csrfToken(browser);
        HttpResponse<String> forged = browser.send(HttpRequest.newBuilder(URI.create(url("/utkast/x/avvisa")))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form.apply("_csrf=" + "f".repeat(token.length())))).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(forged.statusCode()).as("a forged CSRF token").isEqualTo(403);
        HttpResponse<String> missing = browser.send(HttpRequest.newBuilder(URI.create(url("/utkast/x/avvisa")))
                .header("Content-Type", "application/x-www-form-urlencoded").POST(HttpRequest.BodyPublishers.ofString("a=b"))
                .build(), HttpResponse.BodyHandlers.ofString());
        assertThat(missing.statusCode()).as("no CSRF token").isEqualTo(403);
        HttpResponse<String> genuine = browser.send(HttpRequest.newBuilder(URI.create(url("/utkast/x/avvisa")))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("_csrf=" + java.net.URLEncoder.encode(token, StandardCharsets.UTF_8)))
                .build(), HttpResponse.BodyHandlers.ofString());
        assertThat(genuine.statusCode()).as("the session's token passes security (the page itself is not built yet)")
                .isNotIn(302, 401, 403);

        HttpResponse<String> apiWithSession = browser.send(HttpRequest.newBuilder(URI.create(url("/api/data/reload")))
                .POST(HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(apiWithSession.statusCode()).as("the API is stateless: a login cookie gives no power there").isEqualTo(401);
    }

    private HttpRequest loginRequest(java.net.http.HttpClient browser, String user, String password) throws Exception {
        String token = csrfToken(browser);
        String body = "username=" + user + "&password=" + java.net.URLEncoder.encode(password, StandardCharsets.UTF_8)
                + "&_csrf=" + java.net.URLEncoder.encode(token, StandardCharsets.UTF_8);
        return HttpRequest.newBuilder(URI.create(url("/logga-in"))).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build();
    }

    private String csrfToken(java.net.http.HttpClient browser) throws Exception {
        String page = browser.send(HttpRequest.newBuilder(URI.create(url("/logga-in"))).build(),
                HttpResponse.BodyHandlers.ofString()).body();
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("name=\"_csrf\"\\s+value=\"([^\"]+)\"").matcher(page);
        assertThat(m.find()).as("the login form carries a CSRF token").isTrue();
        return m.group(1);
    }

    @Test
    void uploadsThatAreNotDraftsAreRefusedWithNothingWritten() throws IOException {
        List<String> draftsBefore = listing(DRAFTS);
        List<String> sourcesBefore = listing(ROOT.resolve("data/sources"));
        byte[] turtle = draft("2030-01-13", true).getBytes(StandardCharsets.UTF_8);

        HttpResponse<String> traversal = uploadAs(editor(), "../../data/sources/999-evil.ttl", turtle);
        assertThat(traversal.statusCode()).as(traversal.body()).isEqualTo(400);
        assertThat(JSON.readTree(traversal.body()).path("type").asString()).endsWith("/invalid-file-name");
        assertThat(uploadAs(editor(), "..\\..\\evil.ttl", turtle).statusCode()).isEqualTo(400);

        byte[] png = new byte[64];
        System.arraycopy(new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'}, 0, png, 0, 8);
        HttpResponse<String> image = uploadAs(editor(), "protokoll.ttl", png);
        assertThat(image.statusCode()).as(image.body()).isEqualTo(415);
        assertThat(JSON.readTree(image.body()).path("detail").asString()).contains("image/png");

        HttpResponse<String> notTurtle = uploadAs(editor(), "protokoll.ttl", "Detta är inte Turtle {".getBytes(StandardCharsets.UTF_8));
        assertThat(notTurtle.statusCode()).isEqualTo(422);

        byte[] big = new byte[300 * 1024];
        java.util.Arrays.fill(big, (byte) 'a');
        HttpResponse<String> overOwnLimit = uploadAs(editor(), "protokoll.txt", big);
        assertThat(overOwnLimit.statusCode()).as(overOwnLimit.body()).isEqualTo(413);
        assertThat(overOwnLimit.headers().firstValue("Content-Type")).hasValueSatisfying(
                v -> assertThat(v).startsWith("application/problem+json"));
        HttpResponse<String> overMultipartLimit = uploadAs(editor(), "protokoll.txt", new byte[2 * 1024 * 1024]);
        assertThat(overMultipartLimit.statusCode()).isEqualTo(413);

        // A Word file whose document part inflates from kilobytes to 8 MB: refused, never inflated whole.
        java.io.ByteArrayOutputStream bomb = new java.io.ByteArrayOutputStream();
        try (java.util.zip.ZipOutputStream zip = new java.util.zip.ZipOutputStream(bomb)) {
            zip.putNextEntry(new java.util.zip.ZipEntry("[Content_Types].xml"));
            zip.write("<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\"/>"
                    .getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
            zip.putNextEntry(new java.util.zip.ZipEntry("word/document.xml"));
            zip.write(new byte[8 * 1024 * 1024]);
            zip.closeEntry();
        }
        HttpResponse<String> zipBomb = uploadAs(editor(), "protokoll.docx", bomb.toByteArray());
        assertThat(zipBomb.statusCode()).as(zipBomb.body()).isIn(413, 415, 422);
        assertThat(zipBomb.headers().firstValue("Content-Type")).hasValueSatisfying(
                v -> assertThat(v).startsWith("application/problem+json"));

        assertThat(listing(DRAFTS)).isEqualTo(draftsBefore);
        assertThat(listing(ROOT.resolve("data/sources"))).isEqualTo(sourcesBefore);
    }

    @Test
    void aHandMadeDraftIsCorrectedWithItsVersionAcceptedCommittedByItsEditorAndServed() {
        String date = "2030-02-14";
        JsonNode created = newDraft(draft(date, true));
        String id = created.path("id").asString();
        String version = created.path("version").asString();
        assertThat(created.path("summary").path("attendances").asInt()).isEqualTo(2);
        assertThat(created.path("summary").path("decisions").asInt()).isEqualTo(1);
        assertThat(call("GET", "/api/meetings/" + meetingId(date), null, null, null, r -> r).statusCode())
                .as("a draft is never served as facts").isEqualTo(404);

        String patch = """
                {"operations":[
                  {"op":"replace","subject":"dec:%1$s-1","predicate":"sg:decisionKind","value":"dk:beslut"},
                  {"op":"replace","subject":"att:%1$s-fredrik-bergstrom","predicate":"sg:attendanceStatus",
                   "object":"as:present","value":"as:absent"}]}""".formatted(meetingId(date));
        HttpResponse<String> noIfMatch = call("PATCH", "/api/drafts/" + id, editor(), "application/json", patch, r -> r);
        assertThat(noIfMatch.statusCode()).isEqualTo(428);
        HttpResponse<String> stale = call("PATCH", "/api/drafts/" + id, editor(), "application/json", patch,
                r -> r.header("If-Match", "\"0000\""));
        assertThat(stale.statusCode()).isEqualTo(412);
        assertThat(JSON.readTree(stale.body()).path("type").asString()).endsWith("/stale-version");
        HttpResponse<String> badPatch = call("PATCH", "/api/drafts/" + id, editor(), "application/json",
                "{\"operations\":[{\"op\":\"remove\",\"subject\":\"att:nobody\",\"predicate\":\"sg:meeting\"}]}",
                r -> r.header("If-Match", "\"" + version + "\""));
        assertThat(badPatch.statusCode()).isEqualTo(422);
        HttpResponse<String> corrected = call("PATCH", "/api/drafts/" + id, editor(), "application/json", patch,
                r -> r.header("If-Match", "\"" + version + "\""));
        assertThat(corrected.statusCode()).as(corrected.body()).isEqualTo(200);
        String correctedVersion = JSON.readTree(corrected.body()).path("version").asString();
        assertThat(correctedVersion).isNotEqualTo(version);

        HttpResponse<String> staleAccept = call("POST", "/api/drafts/" + id + "/accept", editor(), null, null,
                r -> r.header("If-Match", "\"" + version + "\""));
        assertThat(staleAccept.statusCode()).isEqualTo(412);
        HttpResponse<String> accepted = call("POST", "/api/drafts/" + id + "/accept", editor(), null, null,
                r -> r.header("If-Match", "\"" + correctedVersion + "\""));
        assertThat(accepted.statusCode()).as(accepted.body()).isEqualTo(201);
        JsonNode result = JSON.readTree(accepted.body());
        String file = result.path("file").asString();
        assertThat(file).matches("data/sources/\\d{3}-" + meetingId(date) + "\\.ttl");
        assertThat(accepted.headers().firstValue("Location")).hasValue("/api/meetings/" + meetingId(date));
        assertThat(Files.exists(ROOT.resolve(file))).isTrue();

        String[] commit = lastCommit(ROOT);
        assertThat(commit[0]).isEqualTo(EDITOR);
        assertThat(commit[1]).contains("2030-02-14").startsWith("Protokoll:");
        assertThat(commit[2]).isEqualTo(result.path("commit").asString());
        assertThat(lastCommit(ORIGIN)[2]).as("pushed to the shared repository").isEqualTo(commit[2]);

        JsonNode meeting = JSON.readTree(call("GET", "/api/meetings/" + meetingId(date), null, null, null, r -> r).body());
        assertThat(meeting.path("date").asString()).isEqualTo(date);
        assertThat(meeting.path("participants").findValuesAsString("status").toString()).contains("absent");
        assertThat(call("GET", "/api/drafts/" + id, null, null, null, r -> r).statusCode()).isEqualTo(404);

        JsonNode history = JSON.readTree(call("GET", "/api/data/history?path=" + file, null, null, null, r -> r).body());
        assertThat(history.path("commits").get(0).path("author").asString()).isEqualTo(EDITOR);
        HttpResponse<String> written = call("GET", "/api/data/files/" + file, null, null, null, r -> r);
        assertThat(written.body()).contains("prov:wasAttributedTo").contains("editor/" + EDITOR);
        assertThat(written.headers().firstValue("ETag")).isPresent();

        // The same meeting cannot be added twice.
        JsonNode again = newDraft(draft(date, true));
        HttpResponse<String> twice = call("POST", "/api/drafts/" + again.path("id").asString() + "/accept", editor(), null,
                null, r -> r.header("If-Match", "\"" + again.path("version").asString() + "\""));
        assertThat(twice.statusCode()).isEqualTo(409);
        assertThat(call("DELETE", "/api/drafts/" + again.path("id").asString(), editor(), null, null, r -> r).statusCode())
                .isEqualTo(204);
    }

    @Test
    void minutesAsTextBecomeADraftThatIsAcceptedAndServed() throws IOException {
        byte[] minutes = Files.readAllBytes(Path.of("src/test/resources/ingest/protokoll-paragrafer.txt"));
        HttpResponse<String> created = uploadAs(editor(), "protokoll-beredningsgruppen.txt", minutes);
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        JsonNode draft = JSON.readTree(created.body());
        assertThat(draft.path("notes").toString()).contains("participants: 6").contains("items: 6, decisions: 4");
        assertThat(draft.path("summary").path("attendances").asInt()).isEqualTo(6);
        JsonNode full = JSON.readTree(call("GET", "/api/drafts/" + draft.path("id").asString(), null, null, null, r -> r).body());
        assertThat(full.path("turtle").asString()).contains("sg:citedIn").contains("sg:sourceLine").contains("sg:confidence");

        HttpResponse<String> accepted = call("POST", "/api/drafts/" + draft.path("id").asString() + "/accept", editor(),
                null, null, r -> r.header("If-Match", "\"" + draft.path("version").asString() + "\""));
        assertThat(accepted.statusCode()).as(accepted.body()).isEqualTo(201);
        String meeting = accepted.headers().firstValue("Location").orElseThrow();
        JsonNode served = JSON.readTree(call("GET", meeting, null, null, null, r -> r).body());
        assertThat(served.path("date").asString()).isEqualTo("2023-03-14");
        assertThat(served.path("participants").size()).isEqualTo(6);
    }

    @Test
    void aDraftThatBreaksTheShapesIsRefusedAndNothingIsWritten() throws IOException {
        String date = "2030-03-15";
        JsonNode created = newDraft(draft(date, false));
        List<String> sourcesBefore = listing(ROOT.resolve("data/sources"));
        String headBefore = lastCommit(ROOT)[2];
        HttpResponse<String> refused = call("POST", "/api/drafts/" + created.path("id").asString() + "/accept", editor(),
                null, null, r -> r.header("If-Match", "\"" + created.path("version").asString() + "\""));
        assertThat(refused.statusCode()).as(refused.body()).isEqualTo(422);
        JsonNode problem = JSON.readTree(refused.body());
        assertThat(problem.path("violations").toString()).contains(meetingId(date) + "-ingmar-angman").contains("Cited");
        assertThat(listing(ROOT.resolve("data/sources"))).isEqualTo(sourcesBefore);
        assertThat(lastCommit(ROOT)[2]).isEqualTo(headBefore);
        assertThat(call("GET", "/api/drafts/" + created.path("id").asString(), null, null, null, r -> r).statusCode())
                .as("the draft stays for correction").isEqualTo(200);
    }

    @Test
    void anAcceptedMeetingIsRevertedAsANewCommitByTheEditorOnlyOnTheCurrentHead() {
        String date = "2030-04-16";
        JsonNode created = newDraft(draft(date, true));
        HttpResponse<String> accepted = call("POST", "/api/drafts/" + created.path("id").asString() + "/accept", editor(),
                null, null, r -> r.header("If-Match", "\"" + created.path("version").asString() + "\""));
        assertThat(accepted.statusCode()).as(accepted.body()).isEqualTo(201);
        String commit = JSON.readTree(accepted.body()).path("commit").asString();
        String file = JSON.readTree(accepted.body()).path("file").asString();
        // Read (and so kept by the answer cache) before the revert, which must not leave it served.
        assertThat(call("GET", "/api/meetings/" + meetingId(date), null, null, null, r -> r).statusCode()).isEqualTo(200);

        HttpResponse<String> history = call("GET", "/api/data/history", null, null, null, r -> r);
        String head = history.headers().firstValue("ETag").orElseThrow();
        assertThat(call("POST", "/api/data/commits/" + commit + "/revert", editor(), null, null, r -> r).statusCode())
                .isEqualTo(428);
        assertThat(call("POST", "/api/data/commits/" + commit + "/revert", editor(), null, null,
                r -> r.header("If-Match", "\"" + "1".repeat(40) + "\"")).statusCode()).isEqualTo(412);
        HttpResponse<String> reverted = call("POST", "/api/data/commits/" + commit + "/revert", editor(), null, null,
                r -> r.header("If-Match", head));
        assertThat(reverted.statusCode()).as(reverted.body()).isEqualTo(200);
        assertThat(Files.exists(ROOT.resolve(file))).isFalse();
        String[] last = lastCommit(ROOT);
        assertThat(last[0]).isEqualTo(EDITOR);
        assertThat(last[1]).contains("This reverts commit " + commit);
        assertThat(call("GET", "/api/meetings/" + meetingId(date), null, null, null, r -> r).statusCode()).isEqualTo(404);
    }

    @Test
    void twoReplicasSharingOneRepositorySeeEachOthersCommitsAfterReload() {
        Path rootB = temp("replica-b").resolve("data-root");
        try (ConfigurableApplicationContext replicaB = new SpringApplicationBuilder(SamverkansgrafenApplication.class).run(
                "--server.port=0", "--samverkan.fuseki.port=0",
                "--samverkan.store.location=" + temp("replica-b-tdb2").resolve("db"),
                "--samverkan.data.root=" + rootB, "--samverkan.history.enabled=true",
                "--samverkan.history.remote=" + ORIGIN,
                "--samverkan.drafts.directory=" + temp("replica-b-drafts"),
                "--samverkan.security.users=" + EditingFixture.users())) {
            String b = "http://localhost:" + replicaB.getEnvironment().getProperty("local.server.port");
            assertThat(Files.exists(rootB.resolve("data/sources/000-orebro-chefsgrupp-svvo-2022-11-11.ttl")))
                    .as("replica B cloned the shared repository").isTrue();

            String fromA = "2030-05-17";
            JsonNode draftA = newDraft(draft(fromA, true));
            assertThat(call("POST", "/api/drafts/" + draftA.path("id").asString() + "/accept", editor(), null, null,
                    r -> r.header("If-Match", "\"" + draftA.path("version").asString() + "\"")).statusCode()).isEqualTo(201);
            assertThat(send(HttpRequest.newBuilder(URI.create(b + "/api/meetings/" + meetingId(fromA))).build()).statusCode())
                    .isEqualTo(404);
            HttpResponse<String> reloadB = send(HttpRequest.newBuilder(URI.create(b + "/api/data/reload"))
                    .header("Authorization", editor()).POST(HttpRequest.BodyPublishers.noBody()).build());
            assertThat(reloadB.statusCode()).as(reloadB.body()).isEqualTo(200);
            assertThat(JSON.readTree(reloadB.body()).path("changedPaths").toString()).contains(meetingId(fromA));
            assertThat(send(HttpRequest.newBuilder(URI.create(b + "/api/meetings/" + meetingId(fromA))).build()).statusCode())
                    .isEqualTo(200);

            String fromB = "2030-06-18";
            HttpResponse<String> createdB = send(upload(b + "/api/drafts", "protokoll.ttl",
                    draft(fromB, true).getBytes(StandardCharsets.UTF_8)).header("Authorization", editor()).build());
            JsonNode draftB = JSON.readTree(createdB.body());
            HttpResponse<String> acceptedB = send(HttpRequest.newBuilder(URI.create(b + "/api/drafts/"
                    + draftB.path("id").asString() + "/accept")).header("Authorization", editor())
                    .header("If-Match", "\"" + draftB.path("version").asString() + "\"")
                    .POST(HttpRequest.BodyPublishers.noBody()).build());
            assertThat(acceptedB.statusCode()).as(acceptedB.body()).isEqualTo(201);
            assertThat(lastCommit(ORIGIN)[2]).isEqualTo(JSON.readTree(acceptedB.body()).path("commit").asString());

            assertThat(call("GET", "/api/meetings/" + meetingId(fromB), null, null, null, r -> r).statusCode()).isEqualTo(404);
            assertThat(call("POST", "/api/data/reload", editor(), null, null, r -> r).statusCode()).isEqualTo(200);
            assertThat(call("GET", "/api/meetings/" + meetingId(fromB), null, null, null, r -> r).statusCode()).isEqualTo(200);
            assertThat(lastCommit(ROOT)[2]).isEqualTo(lastCommit(rootB)[2]);
        }
    }

    private static List<String> listing(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return List.of();
        }
        try (Stream<Path> files = Files.walk(dir)) {
            return files.map(p -> dir.relativize(p).toString()).filter(p -> !p.startsWith(".")).sorted().toList();
        }
    }

    private static Path temp(String name) {
        try {
            return Files.createTempDirectory(name);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }


}
