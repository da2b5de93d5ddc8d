package se.samverkansgrafen.query;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.BooleanSupplier;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import se.samverkansgrafen.store.SeedStore;

/**
 * Named-query answers kept per data version, on the seed store: a repeat on the same version
 * is the kept answer, other values or another version read the store again, and nothing is
 * kept while the store is not settled or when its version moved during the query. Requests for
 * one answer at once read the store once, and share its error.
 */
class AnswerCacheTest {

    private static final Map<String, String> AU = Map.of("group", "orebro-chefsgrupp-svvo-au", "at", "2023-03-01");

    /** The version the store is settled on; null while it is not (a load running). */
    private final AtomicReference<String> version = new AtomicReference<>("v1");
    private AnswerCache cache;
    private QueryRunner runner;

    @BeforeEach
    void runnerWithCache() {
        cache = new AnswerCache(1_000_000, () -> Optional.ofNullable(version.get()));
        runner = new QueryRunner(SeedStore.tripleStore(), NamedQueryCatalog.load(Path.of("queries")),
                Duration.ofSeconds(30), cache);
    }

    @Test
    void aRepeatOnTheSameVersionIsTheKeptAnswer() {
        QueryResult first = runner.select("group-members-on-date", AU);
        assertThat(first.rows()).hasSize(7);
        assertThat(runner.select("group-members-on-date", AU)).isSameAs(first);
        // The slug and the full IRI bind the same value: one answer.
        assertThat(runner.select("group-members-on-date",
                Map.of("group", "https://w3id.org/samverkan/id/group/orebro-chefsgrupp-svvo-au", "at", "2023-03-01")))
                .isSameAs(first);
        assertThat(cache.size()).isEqualTo(1);
    }

    @Test
    void otherValuesAndAnotherVersionReadTheStoreAgain() {
        QueryResult march = runner.select("group-members-on-date", AU);
        QueryResult before = runner.select("group-members-on-date", Map.of("group", "orebro-chefsgrupp-svvo-au", "at", "2000-01-01"));
        assertThat(before).isNotSameAs(march);
        assertThat(before.rows()).isEmpty();
        version.set("v2");
        QueryResult again = runner.select("group-members-on-date", AU);
        assertThat(again).isNotSameAs(march).isEqualTo(march);
        assertThat(runner.select("group-members-on-date", AU)).isSameAs(again);
    }

    @Test
    void nothingIsKeptWhileTheStoreIsNotSettled() {
        version.set(null);
        QueryResult first = runner.select("group-members-on-date", AU);
        assertThat(runner.select("group-members-on-date", AU)).isNotSameAs(first).isEqualTo(first);
        assertThat(cache.size()).isZero();
    }

    @Test
    void anAnswerReadWhileTheVersionMovedIsNotKept() {
        NamedQuery query = runner.catalog().get("group-members-on-date");
        QueryResult read = new QueryResult(List.of("person"), List.of());
        QueryResult during = cache.answer(query, query.bind(AU), () -> {
            version.set("v2");
            return read;
        });
        assertThat(during).isSameAs(read);
        assertThat(cache.size()).isZero();
    }

    @Test
    void clearDropsEverythingKept() {
        QueryResult first = runner.select("group-members-on-date", AU);
        cache.clear();
        assertThat(cache.size()).isZero();
        assertThat(runner.select("group-members-on-date", AU)).isNotSameAs(first);
    }

    @Test
    void requestsForTheSameAnswerAtOnceReadTheStoreOnce() throws Exception {
        NamedQuery query = runner.catalog().get("group-members-on-date");
        QueryResult read = new QueryResult(List.of("person"), List.of());
        AtomicInteger reads = new AtomicInteger();
        CountDownLatch release = new CountDownLatch(1);
        try (ExecutorService requests = Executors.newFixedThreadPool(2)) {
            Future<QueryResult> first = requests.submit(() -> cache.answer(query, query.bind(AU), () -> {
                reads.incrementAndGet();
                await(release);
                return read;
            }));
            waitUntil(() -> reads.get() == 1);
            AtomicReference<Thread> secondThread = new AtomicReference<>();
            Future<QueryResult> second = requests.submit(() -> {
                secondThread.set(Thread.currentThread());
                return cache.answer(query, query.bind(AU), () -> {
                    reads.incrementAndGet();
                    return new QueryResult(List.of("person"), List.of());
                });
            });
            // The second request is waiting for the first's answer, or has read the store itself.
            waitUntil(() -> reads.get() == 2 || secondThread.get() != null
                    && secondThread.get().getState() == Thread.State.WAITING);
            release.countDown();
            assertThat(first.get(10, TimeUnit.SECONDS)).isSameAs(read);
            assertThat(second.get(10, TimeUnit.SECONDS)).isSameAs(read);
        }
        assertThat(reads).hasValue(1);
        assertThat(cache.size()).isEqualTo(1);
    }

    @Test
    void anErrorGoesToThoseWaitingAndNothingIsKept() throws Exception {
        NamedQuery query = runner.catalog().get("group-members-on-date");
        CountDownLatch release = new CountDownLatch(1);
        AtomicReference<Thread> secondThread = new AtomicReference<>();
        try (ExecutorService requests = Executors.newFixedThreadPool(2)) {
            Future<QueryResult> first = requests.submit(() -> cache.answer(query, query.bind(AU), () -> {
                await(release);
                throw new QueryRunner.QueryTimeoutException("group-members-on-date", Duration.ofSeconds(30));
            }));
            waitUntil(() -> cache.size() == 1);
            Future<QueryResult> second = requests.submit(() -> {
                secondThread.set(Thread.currentThread());
                return cache.answer(query, query.bind(AU), () -> new QueryResult(List.of("person"), List.of()));
            });
            waitUntil(() -> secondThread.get() != null && secondThread.get().getState() == Thread.State.WAITING);
            release.countDown();
            for (Future<QueryResult> request : List.of(first, second)) {
                assertThatThrownBy(() -> request.get(10, TimeUnit.SECONDS)).hasCauseInstanceOf(QueryRunner.QueryTimeoutException.class);
            }
        }
        assertThat(cache.size()).isZero();
        assertThat(runner.select("group-members-on-date", AU).rows()).hasSize(7);
    }

    private static void await(CountDownLatch latch) {
        try {
            assertThat(latch.await(10, TimeUnit.SECONDS)).isTrue();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static void waitUntil(BooleanSupplier condition) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (!condition.getAsBoolean()) {
            assertThat(System.nanoTime()).as("waited 10 s").isLessThan(deadline);
            Thread.sleep(5);
        }
    }

    @Test
    void keptRowsCannotBeChangedByTheirReaders() {
        QueryResult first = runner.select("group-members-on-date", AU);
        assertThatThrownBy(() -> first.rows().getFirst().put("name", "someone else"))
                .isInstanceOf(UnsupportedOperationException.class);
    }
}
