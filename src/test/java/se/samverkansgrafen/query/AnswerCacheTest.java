package se.samverkansgrafen.query;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import se.samverkansgrafen.store.SeedStore;

/**
 * Named-query answers kept per data version, on the seed store: a repeat on the same version
 * is the kept answer, other values or another version read the store again, and nothing is
 * kept while the store is not settled or when its version moved during the query.
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
    void keptRowsCannotBeChangedByTheirReaders() {
        QueryResult first = runner.select("group-members-on-date", AU);
        assertThatThrownBy(() -> first.rows().getFirst().put("name", "someone else"))
                .isInstanceOf(UnsupportedOperationException.class);
    }
}
