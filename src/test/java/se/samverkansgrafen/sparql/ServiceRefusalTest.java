package se.samverkansgrafen.sparql;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.function.Function;

import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.ResultSetFormatter;
import org.apache.jena.rdfconnection.RDFConnection;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import se.samverkansgrafen.store.TripleStore;
import se.samverkansgrafen.web.ApiTest;

/**
 * No query makes the service, or the Fuseki it embeds, call another server: SERVICE is
 * refused at every depth by /sparql, and the query engine itself refuses it for queries that
 * never pass that check (sent straight to the embedded Fuseki, or run in process). A
 * listener on a loopback port proves that no request leaves.
 */
class ServiceRefusalTest extends ApiTest {

    private static OutboundListener listener;

    @Autowired
    TripleStore store;

    @BeforeAll
    static void startListener() throws IOException {
        listener = new OutboundListener();
    }

    @AfterAll
    static void stopListener() {
        listener.close();
    }

    private static final List<String> FORMS = OutboundListener.SERVICE_FORMS;

    private static String withListener(String form) {
        return listener.aimedAt(form);
    }

    @Test
    void sparqlEndpointRefusesServiceAtEveryDepth() {
        for (String form : FORMS) {
            String query = withListener(form);
            HttpResponse<String> answer = get("/sparql?query=" + URLEncoder.encode(query, StandardCharsets.UTF_8),
                    "application/json");
            assertThat(answer.statusCode()).as(form).isEqualTo(400);
            assertThat(answer.headers().firstValue("Content-Type")).as(form).hasValue("application/problem+json");
            assertThat(answer.body()).as(form).contains("service-refused").doesNotContain(OutboundListener.MARKER);
            assertThat(post("/sparql", "application/sparql-query", query, "text/csv").statusCode()).as(form).isEqualTo(400);
        }
        assertThat(listener.requests()).isZero();
    }

    @Test
    void embeddedFusekiMakesNoOutboundRequest() throws Exception {
        HttpClient client = HttpClient.newHttpClient();
        for (String form : FORMS) {
            String query = withListener(form);
            URI uri = URI.create(store.queryEndpoint() + "?query=" + URLEncoder.encode(query, StandardCharsets.UTF_8));
            HttpResponse<String> answer = client.send(HttpRequest.newBuilder(uri).header("Accept", "text/csv").GET().build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(answer.body()).as(form).doesNotContain(OutboundListener.MARKER);
        }
        assertThat(listener.requests()).isZero();
    }

    @Test
    void queryEngineRefusesServiceInProcess() {
        for (String form : FORMS) {
            String query = withListener(form);
            String answer = runInProcess(query, exec -> switch (exec.getQuery().queryType()) {
                case SELECT -> ResultSetFormatter.asText(exec.execSelect());
                case ASK -> Boolean.toString(exec.execAsk());
                default -> exec.execConstruct().toString() + exec.execDescribe().toString();
            });
            assertThat(answer).as(form).doesNotContain(OutboundListener.MARKER);
        }
        assertThat(listener.requests()).isZero();
    }

    private String runInProcess(String query, Function<QueryExecution, String> run) {
        try (RDFConnection conn = store.connect()) {
            return Txn.calculateRead(conn, () -> {
                try (QueryExecution exec = conn.query(query)) {
                    return run.apply(exec);
                }
            });
        } catch (RuntimeException refused) {
            return "refused: " + refused;
        }
    }
}
