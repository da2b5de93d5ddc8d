package se.samverkansgrafen.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/**
 * Security headers on pages, the API, static files and Jetty's own refusals; pages without
 * inline scripts or event-handler attributes, so the Content-Security-Policy can forbid them;
 * CORS open on /sparql only.
 */
class HttpHygieneTest extends ApiTest {

    private static final List<String> PAGES = List.of("/", "/?q=Angman", "/people/ingmar-angman", "/groups",
            "/groups/orebro-chefsgrupp-svvo-au?at=2023-03-01", "/organisations/kommun-nora", "/agreements",
            "/agreements/orebro-overenskommelse-hsv-i-hemmet", "/meetings/orebro-chefsgrupp-svvo-2022-11-11",
            "/structure", "/sources", "/sources/000_dcf7ba001d6ee689.txt", "/sparql-editor", "/people/finns-inte");

    private static final Pattern INLINE_SCRIPT = Pattern.compile("<script(?![^>]*\\ssrc=)[^>]*>", Pattern.CASE_INSENSITIVE);
    private static final Pattern EVENT_HANDLER = Pattern.compile("<[^>]+\\son[a-z]+\\s*=", Pattern.CASE_INSENSITIVE);
    private static final Pattern SCRIPT_URL = Pattern.compile("(href|src|action)\\s*=\\s*\"\\s*javascript:", Pattern.CASE_INSENSITIVE);

    private static void securityHeaders(HttpResponse<String> response, String what) {
        String csp = response.headers().firstValue("Content-Security-Policy").orElse("");
        assertThat(csp).as(what).contains("default-src 'self'").contains("script-src 'self'")
                .contains("frame-ancestors 'none'").contains("object-src 'none'").contains("base-uri 'none'");
        Matcher scripts = Pattern.compile("script-src([^;]*)").matcher(csp);
        assertThat(scripts.find()).isTrue();
        assertThat(scripts.group(1)).doesNotContain("unsafe-inline").doesNotContain("unsafe-eval");
        assertThat(response.headers().firstValue("X-Content-Type-Options")).as(what).hasValue("nosniff");
        assertThat(response.headers().firstValue("X-Frame-Options")).as(what).hasValue("DENY");
        assertThat(response.headers().firstValue("Referrer-Policy")).as(what).hasValue("same-origin");
    }

    @Test
    void pagesCarryTheSecurityHeadersAndNoInlineScripts() {
        for (String page : PAGES) {
            HttpResponse<String> response = get(page, "text/html");
            assertThat(response.statusCode()).as(page).isIn(200, 404);
            securityHeaders(response, page);
            assertThat(INLINE_SCRIPT.matcher(response.body()).find()).as("inline <script> on " + page).isFalse();
            assertThat(EVENT_HANDLER.matcher(response.body()).find()).as("on* attribute on " + page).isFalse();
            assertThat(SCRIPT_URL.matcher(response.body()).find()).as("javascript: URL on " + page).isFalse();
        }
    }

    /** Static assets live under their own paths (WebConfiguration), not Boot's catch-all: each one a page links is there. */
    @Test
    void everyScriptAndStylesheetAPageLinksIsServed() {
        Pattern asset = Pattern.compile("(?:src|href)=\"(/[^\"?#]+\\.(js|css))\"");
        Set<String> seen = new TreeSet<>();
        for (String page : PAGES) {
            Matcher links = asset.matcher(get(page, "text/html").body());
            while (links.find()) {
                String path = links.group(1);
                if (seen.add(path)) {
                    HttpResponse<String> response = get(path, "*/*");
                    assertThat(response.statusCode()).as(path + " linked from " + page).isEqualTo(200);
                    assertThat(response.headers().firstValue("Content-Type").orElse(""))
                            .as(path).contains(links.group(2).equals("js") ? "javascript" : "text/css");
                }
            }
        }
        // The pages use every static directory and the webjars.
        assertThat(seen).anyMatch(p -> p.startsWith("/css/")).anyMatch(p -> p.startsWith("/js/"))
                .anyMatch(p -> p.startsWith("/vendor/")).anyMatch(p -> p.startsWith("/webjars/"));
    }

    @Test
    void templatesHaveNoInlineScripts() throws IOException {
        try (Stream<Path> templates = Files.list(Path.of("src/main/resources/templates"))) {
            for (Path template : templates.toList()) {
                String html = Files.readString(template);
                assertThat(INLINE_SCRIPT.matcher(html).find()).as(template.toString()).isFalse();
                assertThat(Pattern.compile("\\s(th:)?on[a-z]+\\s*=").matcher(html).find()).as(template.toString()).isFalse();
            }
        }
    }

    @Test
    void apiStaticFilesAndJettysRefusalsCarryThemToo() {
        securityHeaders(get("/api/groups"), "/api/groups");
        securityHeaders(get("/api/people/finns-inte"), "/api/people/finns-inte");
        securityHeaders(get("/js/structure.js", "*/*"), "/js/structure.js");
        RawHttp.Response refused = RawHttp.get(port, "/api/people/a%2Fb", "Accept: application/json");
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.header("X-Content-Type-Options")).isEqualTo("nosniff");
        assertThat(refused.header("Content-Security-Policy")).contains("frame-ancestors 'none'");
    }

    @Test
    void sparqlIsOpenToOtherOriginsForGetAndPost() {
        HttpResponse<String> preflight = send(request("/sparql").method("OPTIONS", HttpRequest.BodyPublishers.noBody())
                .header("Origin", "https://analyst.example").header("Access-Control-Request-Method", "POST")
                .header("Access-Control-Request-Headers", "content-type").build());
        assertThat(preflight.statusCode()).isEqualTo(200);
        assertThat(preflight.headers().firstValue("Access-Control-Allow-Origin")).hasValue("*");
        assertThat(preflight.headers().firstValue("Access-Control-Allow-Methods").orElse("")).contains("GET").contains("POST");
        assertThat(preflight.headers().firstValue("Access-Control-Allow-Headers").orElse("").toLowerCase()).contains("content-type");

        HttpResponse<String> get = send(request("/sparql?query=ASK%7B%7D").header("Origin", "https://analyst.example")
                .header("Accept", "application/sparql-results+json").GET().build());
        assertThat(get.statusCode()).isEqualTo(200);
        assertThat(get.headers().firstValue("Access-Control-Allow-Origin")).hasValue("*");

        HttpResponse<String> post = send(request("/sparql").header("Origin", "https://analyst.example")
                .header("Content-Type", "application/sparql-query").header("Accept", "application/sparql-results+json")
                .POST(HttpRequest.BodyPublishers.ofString("ASK {}")).build());
        assertThat(post.statusCode()).isEqualTo(200);
        assertThat(post.headers().firstValue("Access-Control-Allow-Origin")).hasValue("*");

        // Other methods are not opened.
        HttpResponse<String> delete = send(request("/sparql").method("OPTIONS", HttpRequest.BodyPublishers.noBody())
                .header("Origin", "https://analyst.example").header("Access-Control-Request-Method", "DELETE").build());
        assertThat(delete.headers().firstValue("Access-Control-Allow-Origin")).isEmpty();
    }

    @Test
    void everythingElseIsClosedToOtherOrigins() {
        for (String path : List.of("/api/groups", "/api/people/ingmar-angman", "/api/queries", "/", "/sparql-editor")) {
            HttpResponse<String> preflight = send(request(path).method("OPTIONS", HttpRequest.BodyPublishers.noBody())
                    .header("Origin", "https://evil.example").header("Access-Control-Request-Method", "GET").build());
            assertThat(preflight.headers().firstValue("Access-Control-Allow-Origin")).as(path).isEmpty();
            HttpResponse<String> get = send(request(path).header("Origin", "https://evil.example").GET().build());
            assertThat(get.headers().firstValue("Access-Control-Allow-Origin")).as(path).isEmpty();
        }
    }
}
