package se.samverkansgrafen.pages;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;

/**
 * The pages in a real browser against the service with the seed data: search, a person
 * with sources, a group on two dates, an agreement's trace, the structure picture, and the
 * SPARQL page with an example and a CSV download. Expected values come from the seeds.
 */
class PagesTest extends BrowserTest {

    @Test
    void searchForgivesLostDiacriticsAndGroupsByKind() {
        open("/");
        screenshot("start");
        WebElement box = visible(By.id("q"));
        box.sendKeys("Angman");
        browser.findElement(By.cssSelector("#search-form button[type=submit]")).click();
        WebElement people = visible(By.id("results-person"));
        assertThat(people.getText()).contains("Personer").contains("Ingmar Ångman");
        assertThat(browser.getCurrentUrl()).contains("q=Angman");
        screenshot("search-angman");

        // "Orebro" (OCR form) finds groups and organisations with Ö, each under its own heading.
        open("/?q=Orebro");
        assertThat(visible(By.id("results-organisation")).getText()).contains("Region Örebro län");
        assertThat(browser.findElement(By.id("results-group")).getText()).contains("Länsdelsgrupp Örebro");
    }

    @Test
    void personPageListsMeetingsWithSourcesAndOpensTheSourceText() {
        open("/?q=Angman");
        visible(By.linkText("Ingmar Ångman")).click();
        waiting().until(ExpectedConditions.urlContains("/people/ingmar-angman"));
        assertThat(visible(By.id("person-name")).getText()).isEqualTo("Ingmar Ångman");
        assertThat(browser.findElement(By.id("name-variants")).getText()).contains("Ingmar Angman");

        // Seeds: 002 (joint meeting 2022-06-03), 000 (2022-11-11), 004 (2024-05-17), 003 (2025-10-03).
        List<WebElement> meetings = browser.findElements(By.cssSelector("#meetings tbody tr"));
        assertThat(meetings).hasSize(4);
        String table = browser.findElement(By.id("meetings")).getText();
        assertThat(table).contains("2022-06-03", "2022-11-11", "2024-05-17", "2025-10-03")
                .contains("Chefsgrupp folkhälsa").contains("tjänsteperson");
        assertThat(browser.findElements(By.cssSelector(".timeline .mark.attendance"))).hasSizeGreaterThanOrEqualTo(5);
        // The marks are placed by style attributes, which the Content-Security-Policy allows (scripts it does not).
        @SuppressWarnings("unchecked")
        List<Object> lefts = (List<Object>) script("return Array.from(document.querySelectorAll('.timeline .mark'), m => m.style.left);");
        assertThat(lefts).isNotEmpty().doesNotContain("");
        assertThat(lefts.stream().distinct().count()).isGreaterThan(1);
        screenshot("person-ingmar-angman");

        WebElement source = browser.findElement(
                By.cssSelector("#meetings a.source-link[href='/sources/000_dcf7ba001d6ee689.txt']"));
        // Named by what the document is (body, kind, date), with the file name as a detail.
        assertThat(source.getText())
                .isEqualTo("Chefsgrupp för samverkan social välfärd samt vård och omsorg, protokoll 2022-11-11");
        assertThat(source.getAttribute("title")).isEqualTo("000_dcf7ba001d6ee689.txt");
        source.click();
        waiting().until(ExpectedConditions.urlContains("/sources/000_dcf7ba001d6ee689.txt"));
        // The text the test wrote for 000 (ApiTest.SOURCE_TEXTS), shown as is.
        String text = visible(By.id("source-text")).getText();
        assertThat(text).contains("Protokoll Chefsgrupp för samverkan social välfärd samt vård och omsorg")
                .contains("Tid: 11 november 2022").contains("Text written by the tests");
        screenshot("source-000");
    }

    @Test
    void groupMembersFollowTheChosenDate() {
        open("/groups/orebro-chefsgrupp-svvo-au");
        assertThat(visible(By.id("group-name")).getText()).startsWith("Arbetsutskottet");
        chooseDate("2023-03-01");
        waiting().until(ExpectedConditions.urlContains("at=2023-03-01"));
        assertThat(visible(By.id("at")).getText()).isEqualTo("2023-03-01");
        // Seed 000 §4: the AU members for 2023.
        List<String> names = browser.findElements(By.cssSelector("#members tbody tr td:first-child")).stream()
                .map(WebElement::getText).toList();
        assertThat(names).containsExactlyInAnyOrder("Fredrik Bergström", "Gabriella Mueller Prabin", "Johanna Viberg",
                "Karin Haster", "Lena Adolfsson", "Marie-Louise Forsberg Fransson", "Martin Gunnarsson");
        assertThat(browser.findElement(By.id("members")).getText()).contains("Nora kommun")
                .contains("Chefsgrupp för samverkan social välfärd samt vård och omsorg, protokoll 2022-11-11 § 4");
        assertThat(browser.findElement(By.id("structure")).getText()).contains("Del av")
                .contains("Chefsgrupp för samverkan social välfärd samt vård och omsorg");
        screenshot("group-au-2023-03-01");

        chooseDate("2022-12-01");
        waiting().until(ExpectedConditions.urlContains("at=2022-12-01"));
        assertThat(visible(By.id("no-members")).getText()).contains("Inga formella ledamöter");
        assertThat(browser.findElements(By.id("members"))).isEmpty();
        screenshot("group-au-2022-12-01");

        // The chefsgrupp on the day of its 2022-11-11 meeting: participants of that meeting, with decisions below.
        open("/groups/orebro-chefsgrupp-svvo?at=2022-11-11");
        assertThat(visible(By.id("participants")).getText()).contains("Ingmar Ångman").contains("Jens Samuelsson");
        assertThat(browser.findElement(By.cssSelector(".meeting-summary")).getText()).contains("2022-06-03");
        screenshot("group-chefsgrupp-2022-11-11");
    }

    @Test
    void agreementTraceShowsDoneStepsApartFromPlannedOnesWithSources() {
        open("/agreements");
        visible(By.linkText("Överenskommelse om hälso- och sjukvård i hemmet")).click();
        waiting().until(ExpectedConditions.urlContains("/agreements/orebro-overenskommelse-hsv-i-hemmet"));
        assertThat(visible(By.id("matter-name")).getText()).isEqualTo("Överenskommelse om hälso- och sjukvård i hemmet");

        // 000 §6-7, 004 §10, and through the MTP review the samverkansavtal of 003 §11; the
        // MAS/MAR workshop and the styrgrupp of 000 §6 come first, dated only by the year.
        List<WebElement> done = browser.findElements(By.cssSelector("#done-steps > li"));
        assertThat(done).hasSize(8);
        assertThat(done.getFirst().getText()).startsWith("2022").contains("MAS/MAR-gruppen");
        assertThat(done).anySatisfy(step -> assertThat(step.getText()).startsWith("2022-11-11").contains("beslut"));
        assertThat(done.stream().filter(step -> !step.findElements(By.cssSelector("a.meeting-link")).isEmpty())).hasSize(5);
        for (WebElement step : done) {
            assertThat(step.findElements(By.cssSelector("a.source-link"))).hasSize(1);
        }
        assertThat(browser.findElement(By.id("done-steps")).getText()).contains("Specifika samverkansrådet för folkhälsa")
                .doesNotContain("2023-03");

        List<String> planned = browser.findElements(By.cssSelector("#planned-steps > li")).stream()
                .map(WebElement::getText).toList();
        // Seed 000 §7: the remiss plan, March to May 2023.
        for (String month : List.of("2023-03", "2023-04", "2023-05")) {
            assertThat(planned).anySatisfy(step -> assertThat(step).startsWith(month).contains("remiss")
                    .contains("Chefsgrupp för samverkan social välfärd samt vård och omsorg, protokoll 2022-11-11 § 7"));
        }
        assertThat(browser.findElements(By.cssSelector(".timeline .mark.done"))).hasSize(8);
        assertThat(browser.findElements(By.cssSelector(".timeline .mark.planned"))).hasSize(planned.size());
        screenshot("agreement-hsv-i-hemmet");

        browser.findElement(By.cssSelector("#done-steps a.meeting-link")).click();
        waiting().until(ExpectedConditions.urlContains("/meetings/orebro-chefsgrupp-svvo-2022-11-11"));
        assertThat(visible(By.id("items")).getText()).contains("Rapport från au");
        assertThat(browser.findElement(By.id("attendance")).getText()).contains("Ingmar Ångman");
        screenshot("meeting-2022-11-11");
    }

    @Test
    void structurePictureDrawsTheGraphAndOpensANodesPage() {
        open("/structure");
        waiting().until(d -> Boolean.TRUE.equals(script("return window.structureLaidOut === true;")));
        long nodes = ((Number) script("return window.structureGraph.nodes().length;")).longValue();
        long edges = ((Number) script("return window.structureGraph.edges().length;")).longValue();
        assertThat(nodes).isGreaterThan(10);
        assertThat(edges).isGreaterThan(10);
        assertThat(browser.findElements(By.cssSelector("#cy canvas"))).isNotEmpty();
        // One region by default (Örebro län has the most groups), the AU drawn inside its chefsgrupp.
        assertThat(script("return window.structureGraph.getElementById('kronoberg-ledningsgrupp-samordning').length;"))
                .isEqualTo(0L);
        assertThat(script("return window.structureGraph.getElementById('orebro-chefsgrupp-svvo-au').parent().id();"))
                .isEqualTo("orebro-chefsgrupp-svvo");
        // Labels legible at the default zoom: at least 9 px on screen.
        double fontPixels = ((Number) script("return window.structureGraph.zoom() * 13;")).doubleValue();
        assertThat(fontPixels).isGreaterThanOrEqualTo(9.0);
        assertThat(browser.findElement(By.id("structure-outline")).getText())
                .contains("Chefsgrupp för samverkan social välfärd samt vård och omsorg");
        screenshot("structure");
        // Organisations are drawn on request.
        String visibleOrganisations = "return window.structureGraph.nodes('[type = \"organisation\"]').filter(':visible').length;";
        assertThat(script(visibleOrganisations)).isEqualTo(0L);
        browser.findElement(By.id("show-organisations")).click();
        waiting().until(d -> script(visibleOrganisations) instanceof Number n && n.intValue() > 0
                && Boolean.TRUE.equals(script("return window.structureLaidOut === true;")));
        screenshot("structure-with-organisations");

        // Click the AU node where cytoscape drew it.
        @SuppressWarnings("unchecked")
        java.util.Map<String, Object> position = (java.util.Map<String, Object>) script(
                "var n = window.structureGraph.getElementById('orebro-chefsgrupp-svvo-au');"
                        + "window.structureGraph.center(n); return n.renderedPosition();");
        WebElement canvas = browser.findElement(By.id("cy"));
        int x = (int) Math.round(((Number) position.get("x")).doubleValue() - canvas.getSize().getWidth() / 2.0);
        int y = (int) Math.round(((Number) position.get("y")).doubleValue() - canvas.getSize().getHeight() / 2.0);
        new Actions(browser).moveToElement(canvas, x, y).click().perform();
        waiting().until(ExpectedConditions.urlContains("/groups/orebro-chefsgrupp-svvo-au"));
        assertThat(visible(By.id("group-name")).getText()).startsWith("Arbetsutskottet");

        // Another region is one choice away.
        open("/structure");
        new Select(visible(By.id("region-select"))).selectByValue("region-kronoberg");
        waiting().until(ExpectedConditions.urlContains("region=region-kronoberg"));
        waiting().until(d -> Boolean.TRUE.equals(script("return window.structureLaidOut === true;")));
        assertThat(script("return window.structureGraph.getElementById('kronoberg-ledningsgrupp-samordning').length;"))
                .isEqualTo(1L);
        assertThat(script("return window.structureGraph.getElementById('orebro-chefsgrupp-svvo').length;")).isEqualTo(0L);
        screenshot("structure-kronoberg");
    }

    @Test
    void sparqlPageIsYasguiWithTheNamedQueriesAsTabs() {
        open("/sparql-editor");
        waiting().until(ExpectedConditions.attributeToBe(By.id("yasgui"), "data-ready", "true"));
        // One tab per named query, the default one open.
        var catalogue = json("/api/queries");
        List<WebElement> tabs = browser.findElements(By.cssSelector("#yasgui .tabsList .tab"));
        assertThat(tabs).hasSize(catalogue.size());
        String groupsTitle = null;
        for (var entry : catalogue) {
            if (entry.get("name").asString().equals("groups")) {
                groupsTitle = entry.get("title").asString();
            }
        }
        assertThat(browser.findElement(By.cssSelector("#yasgui .tabsList .tab.active")).getText()).startsWith(groupsTitle);

        runActiveTab();
        WebElement table = visible(By.cssSelector("#yasgui .tabPanel.active .yasr_results table"));
        waiting().until(d -> table.findElements(By.cssSelector("tbody tr")).size() == 45);
        assertThat(table.findElements(By.cssSelector("thead th")).stream().map(WebElement::getText).toList())
                .contains("group", "label", "kind");
        // The project's prefixes are known: IRIs show as prefixed names.
        assertThat(table.getText()).contains("grp:orebro-chefsgrupp-svvo-au")
                .contains("Arbetsutskottet för chefsgruppen för samverkan social välfärd samt vård och omsorg");
        screenshot("sparql-yasgui-groups");

        // The raw answer, as /sparql gave it.
        browser.findElement(By.cssSelector("#yasgui .tabPanel.active .select_response")).click();
        waiting().until(d -> d.findElement(By.cssSelector("#yasgui .tabPanel.active .yasr_results")).getText()
                .contains("\"bindings\""));

        // A query with parameters opens with its example values bound.
        open("/sparql-editor?example=group-members-on-date");
        waiting().until(ExpectedConditions.attributeToBe(By.id("yasgui"), "data-ready", "true"));
        runActiveTab();
        WebElement members = visible(By.cssSelector("#yasgui .tabPanel.active .yasr_results table"));
        waiting().until(d -> members.getText().contains("Fredrik Bergström"));
        assertThat(members.findElements(By.cssSelector("tbody tr"))).hasSize(7);
        screenshot("sparql-yasgui-group-members-on-date");

        // Nothing came from outside the service.
        @SuppressWarnings("unchecked")
        List<String> fetched = (List<String>) script(
                "return performance.getEntriesByType('resource').map(function (e) { return e.name; });");
        assertThat(fetched).isNotEmpty().allSatisfy(u -> assertThat(u).startsWith(url("/")));
    }

    private static void runActiveTab() {
        visible(By.cssSelector("#yasgui .tabPanel.active .yasqe_queryButton")).click();
    }

    @Test
    void organisationPageShowsRepresentativesAndMissingGroups() {
        open("/organisations/kommun-nora?at=2023-03-01");
        assertThat(visible(By.id("organisation-name")).getText()).isEqualTo("Nora kommun");
        assertThat(browser.findElement(By.id("members")).getText())
                .contains("Arbetsutskottet").contains("Fredrik Bergström");
        screenshot("organisation-nora-2023-03-01");

        // Laxå has no one in the AU in 2023 while four other municipalities of the county do.
        open("/organisations/kommun-laxa?at=2023-03-01");
        String missing = visible(By.id("missing")).getText();
        assertThat(missing).contains("Arbetsutskottet").contains("Nora kommun").contains("Degerfors kommun");
        screenshot("organisation-laxa-2023-03-01");
    }

    @Test
    void errorsArePagesInSwedish() {
        HttpResponse<String> unknown = get("/people/finns-inte", "text/html");
        assertThat(unknown.statusCode()).isEqualTo(404);
        assertThat(unknown.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("text/html"));
        assertThat(unknown.body()).contains("Sidan finns inte");

        HttpResponse<String> badDate = get("/groups/orebro-chefsgrupp-svvo-au?at=2023-13-01", "text/html");
        assertThat(badDate.statusCode()).isEqualTo(400);
        assertThat(badDate.body()).contains("Felaktig parameter").contains("<code class=\"error-parameter\">at</code>");

        assertThat(get("/sources/pom.xml", "text/html").statusCode()).isEqualTo(404);
        assertThat(get("/sources/..%2F..%2Fpom.xml", "text/html").statusCode()).isIn(400, 404);
        HttpResponse<String> source = get("/sources/004_77f2909e1ce3d84a.txt", "text/html");
        assertThat(source.statusCode()).isEqualTo(200);
        assertThat(source.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("text/html"));

        // The API keeps its problem details.
        HttpResponse<String> api = get("/api/people/finns-inte");
        assertThat(api.statusCode()).isEqualTo(404);
        assertThat(api.headers().firstValue("Content-Type")).hasValue("application/problem+json");

        open("/people/finns-inte");
        assertThat(visible(By.tagName("h1")).getText()).contains("404").contains("Sidan finns inte");
        screenshot("error-404");
    }

    private void chooseDate(String date) {
        WebElement input = visible(By.id("at-input"));
        script("arguments[0].value = arguments[1];", input, date);
        browser.findElement(By.cssSelector("#date-form button[type=submit]")).click();
    }
}
