package se.samverkansgrafen.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import org.apache.jena.atlas.web.HttpException;
import org.apache.jena.sparql.engine.http.QueryExceptionHTTP;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import se.samverkansgrafen.query.NamedQueryCatalog;
import se.samverkansgrafen.query.QueryRunner;

/**
 * External mode when the store goes away: requests get 503 problem details (the error
 * page for pages) instead of 500 or a hanging thread, health is DOWN naming the store
 * but not its address, and when the store is back the service answers again by itself.
 * Against the standalone Fuseki the docker/ setup runs, stopped and started on its port.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ExternalStoreOutageTest {

    private static StandaloneFuseki fuseki;

    @DynamicPropertySource
    static void externalStore(DynamicPropertyRegistry registry) {
        registry.add("samverkan.store.url", () -> fuseki().datasetUrl());
        registry.add("samverkan.fuseki.port", () -> "1");
        registry.add("samverkan.query.timeout", () -> "3");
    }

    private static synchronized StandaloneFuseki fuseki() {
        if (fuseki == null) {
            fuseki = StandaloneFuseki.startInTemporaryDirectory("fuseki-outage");
        }
        return fuseki;
    }

    @AfterAll
    static void stopFuseki() {
        if (fuseki != null) {
            fuseki.close();
        }
    }

    @LocalServerPort
    int port;

    @Test
    void anOutageIsAnswered503AndTheServiceRecoversByItselfWhenTheStoreIsBack() throws Exception {
        String base = "http://localhost:" + port;
        assertThat(SparqlHttp.get(base + "/api/groups", "application/json").statusCode()).isEqualTo(200);

        fuseki.close();

        // Questions not asked before the outage. (One asked before may be answered from the answer
        // cache until the store's data version is read again, at most 10 s later: README, "Answers
        // kept per data version".)
        HttpResponse<String> api = SparqlHttp.get(base + "/api/people/ingmar-angman", "application/json");
        assertThat(api.statusCode()).isEqualTo(503);
        assertThat(api.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("application/problem+json"));
        assertThat(api.headers().firstValue("Retry-After")).isPresent();
        assertThat(api.body()).contains("store-unavailable").doesNotContain(fuseki.datasetUrl());
        for (String path : new String[] {"/api/people/fredrik-bergstrom", "/api/search?q=Angman",
                "/api/queries/group?group=orebro-chefsgrupp-svvo-au"}) {
            assertThat(SparqlHttp.get(base + path, "application/json").statusCode()).as(path).isEqualTo(503);
        }
        assertThat(SparqlHttp.get(base + "/sparql?query=ASK%7B%7D", "application/sparql-results+json").statusCode())
                .isEqualTo(503);
        HttpResponse<String> page = SparqlHttp.get(base + "/people/ingmar-angman", "text/html");
        assertThat(page.statusCode()).isEqualTo(503);
        assertThat(page.body()).contains("Försök igen");

        HttpResponse<String> health = SparqlHttp.get(base + "/actuator/health");
        assertThat(health.statusCode()).isEqualTo(503);
        assertThat(health.body())
                .contains("\"status\":\"DOWN\"")
                .contains("\"store\":{\"description\":\"The external store is unreachable\",\"status\":\"DOWN\"}")
                .doesNotContain(fuseki.datasetUrl())
                .doesNotContain("Connection refused")
                .doesNotContain("Exception");
        assertThat(SparqlHttp.get(base + "/actuator/health/readiness").statusCode()).isEqualTo(503);
        assertThat(SparqlHttp.get(base + "/actuator/health/liveness").statusCode()).isEqualTo(200);

        fuseki = fuseki.restart();

        // Recovery is asked for within 5 s of the store answering again.
        Instant deadline = Instant.now().plusSeconds(5);
        List<Integer> seen = new ArrayList<>();
        int status;
        do {
            status = SparqlHttp.get(base + "/api/groups", "application/json").statusCode();
            seen.add(status);
        } while (status != 200 && Instant.now().isBefore(deadline) && pause());
        assertThat(status).as("statuses while recovering: %s", seen).isEqualTo(200);
        assertThat(SparqlHttp.get(base + "/actuator/health").statusCode()).isEqualTo(200);
        assertThat(SparqlHttp.get(base + "/actuator/health/readiness").statusCode()).isEqualTo(200);
    }

    /**
     * A store that accepts connections and never answers: the query fails at the query
     * timeout with an error the API answers as 503, and health says DOWN, instead of both
     * waiting for ever. (The bound on the wait only keeps a regression from hanging the build.)
     */
    @Test
    void aStoreThatNeverAnswersIsGivenUpAtTheTimeout() throws Exception {
        try (ServerSocket silent = new ServerSocket(0, 50, InetAddress.getLoopbackAddress())) {
            List<Socket> accepted = new ArrayList<>();
            Thread acceptor = Thread.ofVirtual().start(() -> {
                while (!silent.isClosed()) {
                    try {
                        accepted.add(silent.accept());
                    } catch (IOException closed) {
                        return;
                    }
                }
            });
            RemoteStore store = new RemoteStore(new StoreProperties.Store("unused",
                    URI.create("http://127.0.0.1:" + silent.getLocalPort() + "/samverkan"), null, null, null),
                    Duration.ofSeconds(1));
            QueryRunner runner = new QueryRunner(store, NamedQueryCatalog.load(ProjectFiles.ROOT.resolve("queries")),
                    Duration.ofSeconds(1));

            Throwable failure = CompletableFuture.supplyAsync(() -> catchThrowable(() -> runner.select("groups", Map.of())))
                    .get(60, TimeUnit.SECONDS);
            assertThat(failure).isInstanceOfAny(HttpException.class, QueryExceptionHTTP.class,
                    QueryRunner.QueryTimeoutException.class);

            var health = CompletableFuture.supplyAsync(() -> new StoreHealthIndicator(store, new LoadStatus()).health())
                    .get(60, TimeUnit.SECONDS);
            assertThat(health.getStatus().getCode()).isEqualTo("DOWN");
            store.close();
            silent.close();
            acceptor.join();
            for (Socket socket : accepted) {
                socket.close();
            }
        }
    }

    private static boolean pause() {
        try {
            Thread.sleep(100);
            return true;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }
}
