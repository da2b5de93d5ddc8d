package se.samverkansgrafen.query;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;

import org.junit.jupiter.api.Test;

import se.samverkansgrafen.store.SeedStore;
import se.samverkansgrafen.store.StoreFlavour;

/**
 * The portable name search (queries/portable/name-search.rq, plain SPARQL 1.1 for stores
 * without jena-text) meets the expectations of the jena-text one, here run by Jena's own
 * engine on the seed store; VirtuosoModeTest runs it on Virtuoso.
 */
class PortableNameSearchTest extends NameSearchTest {

    @Override
    QueryRunner runner() {
        return new QueryRunner(SeedStore.tripleStore(),
                NamedQueryCatalog.load(Path.of("queries"), StoreFlavour.GENERIC.queryVariants()), Duration.ofSeconds(30));
    }

    @Test
    void theGenericFlavourChoosesThePortableForm() {
        assertThat(runner().catalog().get("name-search").text()).doesNotContain("text:query").contains("REGEX");
        assertThat(runner().catalog().get("name-search").parameters()).extracting(QueryParameter::type)
                .containsExactly("words", "one-of:person,group,organisation,matter");
    }
}
