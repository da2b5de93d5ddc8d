package se.samverkansgrafen.exports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import se.samverkansgrafen.query.QueryDirectoryCopy;
import se.samverkansgrafen.web.HttpTest;

/**
 * An export its timeout cuts is never taken for a whole file. The service runs with a copy of
 * queries/ in which two exports read a million generated rows (cut at any scale by a timeout
 * of two seconds): attendance as they come, so rows have gone out when the cut comes, and
 * decisions sorted, so that nothing has. The other exports keep their queries and must still
 * come whole under the same timeout. One export or dump runs at a time.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ExportCutShortTest {

    /** A million rows of 128 characters, made faster than they can be written: the first go out at once. */
    private static final String MILLION_ROWS = """
            # title: A million rows
            # description: Test query: every triple of numbers below 100 with a long hash of it.
            # example: (no parameters)
            SELECT ?a ?b ?c ?hash
            WHERE {
              VALUES ?a { %1$s } VALUES ?b { %1$s } VALUES ?c { %1$s }
              BIND(SHA512(CONCAT(STR(?a), "-", STR(?b), "-", STR(?c))) AS ?hash)
            }
            """.formatted(QueryDirectoryCopy.numbersBelow(100));

    private static final Path QUERIES = QueryDirectoryCopy.with("export-cut-short-queries", Map.of(
            "exports/attendance.rq", MILLION_ROWS,
            "exports/decisions.rq", MILLION_ROWS.replace("# title: A million rows", "# title: A million rows, sorted")
                    + "ORDER BY DESC(?hash)\n"));
    // Not closed per request: closing a client waits for the bodies it is still to read.
    private static final HttpClient CLIENT = HttpClient.newHttpClient();

    @LocalServerPort
    int port;

    @DynamicPropertySource
    static void tightExports(DynamicPropertyRegistry registry) {
        registry.add("samverkan.fuseki.port", () -> "0");
        registry.add("samverkan.store.location", () -> HttpTest.storeLocation("export-cut-short"));
        registry.add("samverkan.query.directory", QUERIES::toString);
        registry.add("samverkan.downloads.timeout", () -> "2s");
        registry.add("samverkan.downloads.concurrency", () -> "1");
        registry.add("samverkan.downloads.retry-after", () -> "7s");
    }

    @Test
    void anExportBeyondTheSlotsIsRefusedAtOnceWithRetryAfter() throws Exception {
        HttpResponse<InputStream> running = open("/exports/attendance.csv");
        assertThat(running.statusCode()).isEqualTo(200);
        try (InputStream unread = running.body()) {
            // The one slot is held while the first export writes (its client not reading).
            HttpResponse<InputStream> refused = open("/exports/popolo.json");
            String problem = text(refused);
            assertThat(refused.statusCode()).isEqualTo(429);
            assertThat(refused.headers().firstValue("Retry-After")).hasValue("7");
            assertThat(problem).contains("too-many-downloads");
            HttpResponse<InputStream> dump = open("/dumps/samverkan.nq.gz");
            text(dump);
            assertThat(dump.statusCode()).as("a dump shares the slots").isEqualTo(429);
            assertThatThrownBy(unread::readAllBytes).isInstanceOf(IOException.class);
        }
        // The slot is free again once the first export is over.
        HttpResponse<InputStream> after = open("/exports/memberships.csv");
        text(after);
        assertThat(after.statusCode()).isEqualTo(200);
    }

    @Test
    void anExportCutAfterItsFirstRowsBreaksTheTransfer() throws Exception {
        HttpResponse<InputStream> response = open("/exports/attendance.csv");
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Disposition")).hasValueSatisfying(
                disposition -> assertThat(disposition).contains("samverkan-narvaro.csv"));
        try (InputStream body = response.body()) {
            // A clean end of the body here would hand the client a cut file as if it were whole.
            assertThatThrownBy(body::readAllBytes).isInstanceOf(IOException.class);
        }
    }

    @Test
    void anExportCutBeforeItsFirstRowIsAProblemNotADownload() throws Exception {
        HttpResponse<InputStream> response = open("/exports/decisions.csv");
        String body = text(response);
        assertThat(response.statusCode()).isEqualTo(503);
        assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        assertThat(response.headers().firstValue("Content-Disposition")).isEmpty();
        assertThat(body).contains("query-timeout").contains("decisions").doesNotContain("decision,meeting");
    }

    @Test
    void anExportWithinItsTimeoutComesWhole() throws Exception {
        HttpResponse<InputStream> response = open("/exports/memberships.csv");
        String csv = text(response);
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(csv).startsWith("membership,person,name,group").contains("orebro-chefsgrupp-svvo");
    }

    /** The whole body of a response that ends cleanly, as UTF-8 text. */
    private static String text(HttpResponse<InputStream> response) throws IOException {
        try (InputStream in = response.body()) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    /** The response as soon as its headers are in; the body is read by the test. */
    private HttpResponse<InputStream> open(String path) throws IOException, InterruptedException {
        return CLIENT.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).GET().build(),
                HttpResponse.BodyHandlers.ofInputStream());
    }
}
