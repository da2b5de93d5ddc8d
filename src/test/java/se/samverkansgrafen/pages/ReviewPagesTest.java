package se.samverkansgrafen.pages;

import static org.assertj.core.api.Assertions.assertThat;
import static se.samverkansgrafen.history.EditingFixture.EDITOR;
import static se.samverkansgrafen.history.EditingFixture.EDITOR_PASSWORD;
import static se.samverkansgrafen.history.EditingFixture.editor;
import static se.samverkansgrafen.history.EditingFixture.lastCommit;
import static se.samverkansgrafen.history.EditingFixture.send;
import static se.samverkansgrafen.history.EditingFixture.upload;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

import se.samverkansgrafen.history.EditingFixture;
import se.samverkansgrafen.web.HttpTest;

/**
 * The review pages in Chromium on a service with editing on, over a temporary copy of the
 * data (a git repository the service made): an editor logs in, uploads minutes, corrects an
 * attendance status, a decision kind and a wrongly matched person, is told when someone
 * else changed the draft meanwhile, accepts, and finds the meeting on its page and its
 * group's, with her commit in the history. Anonymous users see no forms and cannot post them.
 */
class ReviewPagesTest extends BrowserTest {

    static final Path ROOT = EditingFixture.copyOfProject("review-root");
    static final Path DRAFTS = temp("review-drafts");
    private static final Path MINUTES = Path.of("src/test/resources/ingest/protokoll-paragrafer.txt");
    private static final String MEETING = "dalarna-beredningsgrupp-for-vard-och-omsorg-i-2023-03-14";
    private static final String GROUP = "dalarna-beredningsgrupp-for-vard-och-omsorg-i";
    private static final String AS = "https://w3id.org/samverkan/def/attendance/";
    private static final String SG = "https://w3id.org/samverkan/def#";
    private static final String DK = "https://w3id.org/samverkan/def/decision-kind/";
    private static final ObjectMapper JSON = new ObjectMapper();

    @DynamicPropertySource
    static void editing(DynamicPropertyRegistry registry) {
        registry.add("samverkan.store.location", () -> HttpTest.storeLocation("review-pages"));
        registry.add("samverkan.data.root", ROOT::toString);
        registry.add("samverkan.history.enabled", () -> "true");
        registry.add("samverkan.drafts.directory", DRAFTS::toString);
        registry.add("samverkan.security.users", EditingFixture::users);
    }

    private static Path temp(String name) {
        try {
            return Files.createTempDirectory(name);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private void logIn() {
        browser.manage().deleteAllCookies();
        open("/logga-in");
        visible(By.id("username")).sendKeys(EDITOR);
        browser.findElement(By.id("password")).sendKeys(EDITOR_PASSWORD);
        browser.findElement(By.cssSelector("form.login button[type=submit]")).click();
        waiting().until(ExpectedConditions.urlContains("/utkast"));
    }

    private static WebElement participant(String name) {
        return browser.findElement(By.cssSelector("tr.participant[data-name='" + name + "']"));
    }

    private static String tableOfParticipant(String name) {
        return participant(name).findElement(By.xpath("ancestor::table")).getAttribute("id");
    }

    private JsonNode draftByApi(String id) {
        HttpResponse<String> response = send(HttpRequest.newBuilder(URI.create(url("/api/drafts/" + id))).build());
        assertThat(response.statusCode()).isEqualTo(200);
        return JSON.readTree(response.body());
    }

    @Test
    void anEditorUploadsCorrectsAndAcceptsMinutesAndFindsTheMeetingAndHerCommit() throws IOException {
        logIn();
        assertThat(browser.findElements(By.id("upload-form"))).hasSize(1);
        browser.findElement(By.id("files")).sendKeys(MINUTES.toAbsolutePath().toString());
        browser.findElement(By.cssSelector("#upload-form button[type=submit]")).click();
        awaitMessage("protokoll-paragrafer.txt");
        String listing = browser.findElement(By.id("drafts")).getText();
        assertThat(listing).contains("protokoll-paragrafer.txt").contains("6 deltagare").contains("4 beslut")
                .contains(EDITOR);
        screenshot("review-drafts");

        browser.findElement(By.linkText("protokoll-paragrafer.txt")).click();
        waiting().until(ExpectedConditions.urlMatches("/utkast/[0-9a-f-]{36}$"));
        String id = browser.getCurrentUrl().replaceAll(".*/utkast/", "");
        assertThat(visible(By.id("meeting-date")).getText()).isEqualTo("2023-03-14");
        // Grouped by status; low-confidence facts (here the proposed new matters) are marked.
        assertThat(tableOfParticipant("Maja Ekelund")).isEqualTo("status-partial");
        assertThat(tableOfParticipant("Henrietta Wallgren")).isEqualTo("status-absent");
        assertThat(participant("Sigrid Holmqvist").getAttribute("class")).doesNotContain("low");
        assertThat(browser.findElements(By.cssSelector("tr.low")).stream().map(WebElement::getText).toList())
                .anySatisfy(row -> assertThat(row).contains("Riktlinje för samordnad individuell plan"));
        // The source text with line numbers; a fact's line link targets its highlighted line.
        assertThat(browser.findElement(By.id("rad-12")).getText()).startsWith("Maja Ekelund, Mora kommun");
        participant("Maja Ekelund").findElement(By.linkText("rad 12")).click();
        waiting().until(ExpectedConditions.urlContains("#rad-12"));
        String highlight = (String) script("return getComputedStyle(document.getElementById('rad-12')).backgroundColor;");
        String plain = (String) script("return getComputedStyle(document.getElementById('rad-13')).backgroundColor;");
        assertThat(highlight).isNotEqualTo(plain);
        screenshot("review-draft");

        // Someone else changes the draft after this page was read: the form is refused, nothing changes.
        String versionSeen = draftByApi(id).path("version").asString();
        HttpResponse<String> other = send(HttpRequest.newBuilder(URI.create(url("/api/drafts/" + id)))
                .header("Authorization", editor()).header("If-Match", "\"" + versionSeen + "\"")
                .header("Content-Type", "application/json")
                .method("PATCH", HttpRequest.BodyPublishers.ofString("{\"operations\":[{\"op\":\"replace\",\"subject\":"
                        + "\"meeting:" + MEETING + "\",\"predicate\":\"sg:place\",\"value\":\"\\\"Regionhuset i Falun\\\"@sv\"}]}"))
                .build());
        assertThat(other.statusCode()).as(other.body()).isEqualTo(200);
        new Select(participant("Maja Ekelund").findElement(By.cssSelector(".status-form select"))).selectByValue(AS + "present");
        participant("Maja Ekelund").findElement(By.cssSelector(".status-form button")).click();
        assertThat(visible(By.id("error")).getText()).contains("Utkastet har ändrats av någon annan");
        assertThat(draftByApi(id).path("turtle").asString()).contains("as:partial");
        assertThat(tableOfParticipant("Maja Ekelund")).isEqualTo("status-partial");

        // Now on the current version: Maja Ekelund was present throughout.
        new Select(participant("Maja Ekelund").findElement(By.cssSelector(".status-form select"))).selectByValue(AS + "present");
        participant("Maja Ekelund").findElement(By.cssSelector(".status-form button")).click();
        awaitMessage("Närvarostatusen är ändrad");
        assertThat(tableOfParticipant("Maja Ekelund")).isEqualTo("status-present");
        // A corrected fact has been read by an editor: its confidence is now 1.
        org.apache.jena.rdf.model.Model corrected = org.apache.jena.rdf.model.ModelFactory.createDefaultModel();
        org.apache.jena.riot.RDFParser.fromString(draftByApi(id).path("turtle").asString(), org.apache.jena.riot.Lang.TURTLE)
                .parse(corrected);
        assertThat(corrected.listSubjectsWithProperty(corrected.createProperty(SG + "nameAsWritten")).toList().stream()
                .filter(a -> a.getProperty(corrected.createProperty(SG + "nameAsWritten")).getString().startsWith("Maja Ekelund"))
                .map(a -> a.getProperty(corrected.createProperty(SG + "confidence")).getDouble()).toList())
                .containsExactly(1.0);

        // § 4's decision was a decision of direction, not a plain decision.
        WebElement item4 = browser.findElement(By.cssSelector("tr.item[data-item='4']"));
        assertThat(item4.getText()).contains("beslut");
        new Select(item4.findElement(By.cssSelector(".kind-form select"))).selectByValue(DK + "inriktningsbeslut");
        item4.findElement(By.cssSelector(".kind-form button")).click();
        awaitMessage("Beslutstypen är ändrad");
        assertThat(browser.findElement(By.cssSelector("tr.item[data-item='4']")).getText()).contains("inriktningsbeslut");

        // Henrietta Wallgren was matched to a new person; she is a person already in the graph.
        participant("Henrietta Wallgren").findElement(By.cssSelector(".person-form input[name=person]")).sendKeys("nobody-such");
        participant("Henrietta Wallgren").findElement(By.cssSelector(".person-form button")).click();
        assertThat(visible(By.id("error")).getText()).contains("ingen person med id nobody-such");
        participant("Henrietta Wallgren").findElement(By.cssSelector(".person-form input[name=person]")).sendKeys("fredrik-bergstrom");
        participant("Henrietta Wallgren").findElement(By.cssSelector(".person-form button")).click();
        awaitMessage("fredrik-bergstrom");
        assertThat(participant("Henrietta Wallgren").findElement(By.tagName("a")).getAttribute("href"))
                .endsWith("/people/fredrik-bergstrom");
        // The organisation read for a participant is corrected to one in the graph.
        participant("Arvid Lindroth").findElement(By.cssSelector(".organisation-form input[name=organisation]"))
                .sendKeys("kommun-nora");
        participant("Arvid Lindroth").findElement(By.cssSelector(".organisation-form button")).click();
        awaitMessage("kommun-nora");
        assertThat(participant("Arvid Lindroth").getText()).contains("kommun-nora");
        screenshot("review-draft-corrected");

        String headBefore = lastCommit(ROOT)[2];
        browser.findElement(By.cssSelector("#accept-form button")).click();
        waiting().until(ExpectedConditions.urlContains("/meetings/" + MEETING));
        assertThat(visible(By.id("meeting-name")).getText()).contains("Beredningsgrupp för vård och omsorg i Dalarna");
        String attendance = browser.findElement(By.id("attendance")).getText();
        assertThat(attendance).contains("Maja Ekelund").contains("Fredrik Bergström");
        // The person the draft had made for the relinked name went with the link: no phantom is accepted.
        assertThat(get("/api/people/henrietta-wallgren").statusCode()).isEqualTo(404);
        assertThat(get("/api/people/sigrid-holmqvist").statusCode()).isEqualTo(200);
        assertThat(browser.findElement(By.xpath("//table[@id='attendance']//tr[contains(., 'Maja Ekelund')]")).getText())
                .contains("närvarande").doesNotContain("del av mötet");
        assertThat(browser.findElement(By.xpath("//table[@id='items']//tr[td[1]='4']")).getText()).contains("inriktningsbeslut");
        screenshot("review-accepted-meeting");

        open("/groups/" + GROUP);
        assertThat(visible(By.tagName("main")).getText()).contains("2023-03-14");

        String[] commit = lastCommit(ROOT);
        assertThat(commit[2]).isNotEqualTo(headBefore);
        assertThat(commit[0]).isEqualTo(EDITOR);
        assertThat(commit[1]).contains("Protokoll");
        try (var files = Files.list(ROOT.resolve("data/sources"))) {
            assertThat(files.map(p -> p.getFileName().toString()).toList()).anyMatch(n -> n.endsWith(MEETING + ".ttl"));
        }
        assertThat(send(HttpRequest.newBuilder(URI.create(url("/api/drafts/" + id))).build()).statusCode()).isEqualTo(404);

        // The history page shows the commit with its author, and a revert button for the editor.
        open("/historik");
        WebElement row = visible(By.cssSelector("#commits tr[data-commit='" + commit[2] + "']"));
        assertThat(row.findElement(By.className("author")).getText()).isEqualTo(EDITOR);
        assertThat(row.findElements(By.cssSelector(".revert-form button"))).hasSize(1);
        screenshot("review-history");

        // The new source document's page lists the commits of its data file, with revert for the editor.
        open("/sources/protokoll-paragrafer.txt");
        WebElement fileHistory = visible(By.id("file-history"));
        assertThat(fileHistory.getText()).contains("data/sources/").contains(MEETING + ".ttl");
        WebElement fileCommit = fileHistory.findElement(By.cssSelector("tr[data-commit='" + commit[2] + "']"));
        assertThat(fileCommit.findElement(By.className("author")).getText()).isEqualTo(EDITOR);
        assertThat(fileCommit.findElements(By.cssSelector(".revert-form button"))).hasSize(1);
        screenshot("review-source-history");

        // Reverting the acceptance from the page: a new commit by the editor, and the meeting is gone.
        fileCommit.findElement(By.cssSelector(".revert-form button")).click();
        awaitMessage("återställd");
        String[] revert = lastCommit(ROOT);
        assertThat(revert[0]).isEqualTo(EDITOR);
        assertThat(revert[1]).startsWith("Återställ").contains(commit[2]);
        assertThat(send(HttpRequest.newBuilder(URI.create(url("/api/meetings/" + MEETING))).build()).statusCode())
                .isEqualTo(404);
    }

    @Test
    void anonymousUsersSeeNoFormsAndCannotPostThem() {
        HttpResponse<String> created = send(upload(url("/api/drafts"), "protokoll-paragrafer.txt", read(MINUTES))
                .header("Authorization", editor()).build());
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        String id = JSON.readTree(created.body()).path("id").asString();
        String version = JSON.readTree(created.body()).path("version").asString();

        browser.manage().deleteAllCookies();
        open("/utkast");
        assertThat(visible(By.id("drafts")).getText()).contains("protokoll-paragrafer.txt");
        assertThat(browser.findElements(By.cssSelector("form[method=post]"))).isEmpty();
        assertThat(browser.findElement(By.id("login-hint")).findElement(By.linkText("Logga in")).getAttribute("href"))
                .endsWith("/logga-in");
        open("/utkast/" + id);
        assertThat(visible(By.id("meeting-date")).getText()).isEqualTo("2023-03-14");
        assertThat(browser.findElements(By.cssSelector("form[method=post]"))).isEmpty();
        assertThat(browser.findElements(By.cssSelector("select, button.danger, #accept-form"))).isEmpty();
        open("/historik");
        assertThat(browser.findElements(By.cssSelector("form[method=post]"))).isEmpty();

        // Posting the forms anyway: without a session's token 403; with an anonymous session's token, to the login.
        String attendance = "https://w3id.org/samverkan/id/attendance/" + MEETING + "-maja-ekelund";
        List<String[]> posts = List.of(
                new String[] {"/utkast", ""},
                new String[] {"/utkast/" + id + "/narvaro", "version=" + version + "&attendance=" + attendance
                        + "&status=" + AS + "present"},
                new String[] {"/utkast/" + id + "/beslutstyp", "version=" + version + "&decision=x&kind=" + DK + "beslut"},
                new String[] {"/utkast/" + id + "/person", "version=" + version + "&attendance=" + attendance
                        + "&person=fredrik-bergstrom"},
                new String[] {"/utkast/" + id + "/ta-bort", "version=" + version + "&fact=" + attendance},
                new String[] {"/utkast/" + id + "/godkann", "version=" + version},
                new String[] {"/utkast/" + id + "/kasta", "version=" + version},
                new String[] {"/historik/HEAD/aterstall", "head=x"});
        String[] session = anonymousSessionAndToken();
        for (String[] post : posts) {
            HttpResponse<String> bare = send(form(post[0], post[1]).build());
            assertThat(bare.statusCode()).as("POST " + post[0]).isEqualTo(403);
            HttpResponse<String> withToken = send(form(post[0], post[1] + "&_csrf=" + session[1])
                    .header("Cookie", session[0]).build());
            assertThat(withToken.statusCode()).as("POST " + post[0] + " with a token").isEqualTo(302);
            assertThat(withToken.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).endsWith("/logga-in"));
        }
        assertThat(draftByApi(id).path("version").asString()).isEqualTo(version);
    }

    private HttpRequest.Builder form(String path, String body) {
        return HttpRequest.newBuilder(URI.create(url(path))).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body));
    }

    /** An anonymous session's cookie and the CSRF token its login form carries. */
    private String[] anonymousSessionAndToken() {
        HttpResponse<String> login = send(HttpRequest.newBuilder(URI.create(url("/logga-in"))).build());
        String cookie = login.headers().firstValue("Set-Cookie").orElseThrow().split(";", 2)[0];
        var token = java.util.regex.Pattern.compile("name=\"_csrf\"\\s+value=\"([^\"]+)\"").matcher(login.body());
        assertThat(token.find()).as(login.body()).isTrue();
        return new String[] {cookie, token.group(1)};
    }

    private static byte[] read(Path file) {
        try {
            return Files.readAllBytes(file);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * Waits until the page's message says {@code expected} (failing when it never does): after
     * a form is sent the previous page, with its own message, may still be showing for a moment.
     */
    private static String awaitMessage(String expected) {
        return waiting().ignoring(StaleElementReferenceException.class).until(d -> {
            String text = visible(By.id("message")).getText();
            return text.contains(expected) ? text : null;
        });
    }
}
