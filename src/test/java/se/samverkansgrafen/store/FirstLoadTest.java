package se.samverkansgrafen.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;

import org.apache.jena.query.TxnType;
import org.apache.jena.sparql.core.DatasetGraph;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.context.event.ApplicationStartedEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.context.ConfigurableApplicationContext;

import se.samverkansgrafen.SamverkansgrafenApplication;

/**
 * The service while it loads: on a fresh store nothing is answered from the graphs
 * loaded so far (503 with Retry-After, health OUT_OF_SERVICE); on a store that already
 * holds a complete load, that load is served at once while changed files reload.
 *
 * <p>The load is held at its first write, deterministically: the test takes the TDB2
 * write lock as soon as the service has started (before its load runs) and releases it
 * after its checks.
 */
class FirstLoadTest {

    private static final String GROUPS = "data/reference/groups.ttl";
    private static final String OLD_LABEL = "\"Chefsgrupp folkhälsa\"@sv";
    private static final String NEW_LABEL = "\"Chefsgrupp folkhälsa (ny)\"@sv";

    @TempDir
    Path work;

    @Test
    void aFreshStoreAnswersNothingButHealthUntilTheFirstLoadHasFinished() throws Exception {
        Path root = copyOfProject();
        try (HeldLoad held = HeldLoad.start(root, work.resolve("tdb2"))) {
            String base = held.baseUrl();

            HttpResponse<String> api = SparqlHttp.get(base + "/api/groups", "application/json");
            assertThat(api.statusCode()).isEqualTo(503);
            assertThat(api.headers().firstValue("Content-Type")).hasValueSatisfying(
                    type -> assertThat(type).startsWith("application/problem+json"));
            assertThat(api.headers().firstValue("Retry-After")).hasValueSatisfying(
                    seconds -> assertThat(Integer.parseInt(seconds)).isPositive());
            assertThat(api.body()).contains("store-unavailable").contains("loaded for the first time");

            for (String path : new String[] {"/api/search?q=Angman", "/api/queries/groups"}) {
                assertThat(SparqlHttp.get(base + path, "application/json").statusCode()).as(path).isEqualTo(503);
            }
            assertThat(SparqlHttp.get(base + "/sparql?query=ASK%7B%7D", "application/sparql-results+json").statusCode())
                    .isEqualTo(503);

            HttpResponse<String> page = SparqlHttp.get(base + "/groups", "text/html");
            assertThat(page.statusCode()).isEqualTo(503);
            assertThat(page.headers().firstValue("Content-Type")).hasValueSatisfying(
                    type -> assertThat(type).startsWith("text/html"));
            assertThat(page.headers().firstValue("Retry-After")).isPresent();
            assertThat(page.body()).contains("Försök igen");

            HttpResponse<String> health = SparqlHttp.get(base + "/actuator/health");
            assertThat(health.statusCode()).isEqualTo(503);
            assertThat(health.body()).contains("\"status\":\"OUT_OF_SERVICE\"")
                    .contains("first load of the data is running");
            assertThat(SparqlHttp.get(base + "/actuator/health/readiness").statusCode()).isEqualTo(503);
            assertThat(SparqlHttp.get(base + "/actuator/health/liveness").statusCode()).isEqualTo(200);
            assertThat(SparqlHttp.get(base + "/css/site.css").statusCode()).isEqualTo(200);

            held.release();

            assertThat(SparqlHttp.get(base + "/api/groups", "application/json").statusCode()).isEqualTo(200);
            assertThat(SparqlHttp.get(base + "/groups", "text/html").statusCode()).isEqualTo(200);
            assertThat(SparqlHttp.get(base + "/actuator/health").statusCode()).isEqualTo(200);
            assertThat(SparqlHttp.get(base + "/actuator/health/readiness").statusCode()).isEqualTo(200);
        }
    }

    @Test
    void aStoreHoldingACompleteLoadIsServedAtOnceWhileChangedFilesReload() throws Exception {
        Path root = copyOfProject();
        Path tdb2 = work.resolve("tdb2");
        try (EmbeddedStore store = new EmbeddedStore(new StoreProperties.Store(tdb2.toString(), null, null, null, null),
                new StoreProperties.Fuseki(0, "samverkan"), Duration.ofSeconds(10))) {
            new GraphLoader(store).load(root, ProjectFiles.DIRECTORIES, ProjectFiles.SHAPES);
            assertThat(new GraphLoader(store).holdsCompleteLoad()).isTrue();
        }
        Path groups = root.resolve(GROUPS);
        String text = Files.readString(groups, StandardCharsets.UTF_8);
        assertThat(text).contains(OLD_LABEL);
        Files.writeString(groups, text.replace(OLD_LABEL, NEW_LABEL), StandardCharsets.UTF_8);

        try (HeldLoad held = HeldLoad.start(root, tdb2)) {
            String base = held.baseUrl();
            HttpResponse<String> during = SparqlHttp.get(base + "/api/groups", "application/json");
            assertThat(during.statusCode()).isEqualTo(200);
            assertThat(during.body()).contains("Chefsgrupp folkhälsa").doesNotContain("Chefsgrupp folkhälsa (ny)");
            assertThat(SparqlHttp.get(base + "/actuator/health").statusCode()).isEqualTo(200);
            assertThat(SparqlHttp.get(base + "/actuator/health/readiness").statusCode()).isEqualTo(200);

            held.release();

            assertThat(SparqlHttp.get(base + "/api/groups", "application/json").body())
                    .contains("Chefsgrupp folkhälsa (ny)");
        }
    }

    @Test
    void aStoreWhoseFirstLoadWasCutShortIsNotComplete() throws Exception {
        Path root = copyOfProject();
        try (EmbeddedStore store = new EmbeddedStore(new StoreProperties.Store(work.resolve("tdb2").toString(), null,
                null, null, null), new StoreProperties.Fuseki(0, "samverkan"), Duration.ofSeconds(10))) {
            GraphLoader loader = new GraphLoader(store);
            assertThat(loader.holdsCompleteLoad()).isFalse();
            // One directory loaded stands in for a load cut short: its records are there, the mark is not.
            try (var conn = store.connect()) {
                conn.update("INSERT DATA { GRAPH <" + GraphNames.LOAD_RECORD_GRAPH + "> { <"
                        + GraphNames.forPath(GROUPS) + "> <https://w3id.org/samverkan/def#sourcePath> \"" + GROUPS
                        + "\" } }");
            }
            assertThat(loader.holdsCompleteLoad()).isFalse();
            loader.load(root, ProjectFiles.DIRECTORIES, ProjectFiles.SHAPES);
            assertThat(loader.holdsCompleteLoad()).isTrue();
        }
    }

    private Path copyOfProject() throws IOException {
        Path root = Files.createDirectories(work.resolve("project"));
        ProjectFiles.copyTo(root);
        return root;
    }

    /** The service started in this JVM with its load held at the first write until {@link #release()}. */
    private static final class HeldLoad implements AutoCloseable {

        private final CompletableFuture<ConfigurableApplicationContext> running;
        private final ConfigurableApplicationContext context;
        private final DatasetGraph dataset;
        private boolean held = true;

        private HeldLoad(CompletableFuture<ConfigurableApplicationContext> running, ConfigurableApplicationContext context,
                DatasetGraph dataset) {
            this.running = running;
            this.context = context;
            this.dataset = dataset;
        }

        static HeldLoad start(Path root, Path tdb2) throws Exception {
            AtomicReference<ConfigurableApplicationContext> started = new AtomicReference<>();
            CountDownLatch up = new CountDownLatch(1);
            CountDownLatch writeLockTaken = new CountDownLatch(1);
            SpringApplication app = new SpringApplication(SamverkansgrafenApplication.class);
            // Runs after the web server has started and before the load (an ApplicationRunner).
            app.addListeners((ApplicationListener<ApplicationStartedEvent>) event -> {
                started.set(event.getApplicationContext());
                up.countDown();
                await(writeLockTaken);
            });
            CompletableFuture<ConfigurableApplicationContext> running = CompletableFuture.supplyAsync(() -> app.run(
                    "--server.port=0", "--samverkan.fuseki.port=0", "--samverkan.store.location=" + tdb2,
                    "--samverkan.data.root=" + root, "--samverkan.query.directory=" + ProjectFiles.ROOT.resolve("queries"),
                    "--spring.main.banner-mode=off"));
            if (!up.await(120, TimeUnit.SECONDS)) {
                throw new IllegalStateException("The service did not start", running.isDone() ? running.exceptionNow() : null);
            }
            DatasetGraph dataset = ((DatasetStore) started.get().getBean(TripleStore.class)).dataset();
            dataset.begin(TxnType.WRITE);
            writeLockTaken.countDown();
            return new HeldLoad(running, started.get(), dataset);
        }

        String baseUrl() {
            return "http://localhost:" + context.getEnvironment().getProperty("local.server.port");
        }

        /** Lets the load go on and waits until it has finished (the service is then ready). */
        void release() throws Exception {
            if (held) {
                held = false;
                dataset.abort();
                dataset.end();
                running.get(120, TimeUnit.SECONDS);
            }
        }

        @Override
        public void close() throws Exception {
            release();
            context.close();
        }

        private static void await(CountDownLatch latch) {
            try {
                latch.await(120, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }
}
