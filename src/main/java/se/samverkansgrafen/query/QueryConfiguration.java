package se.samverkansgrafen.query;

import java.nio.file.Path;
import java.util.Optional;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import se.samverkansgrafen.store.DataVersion;
import se.samverkansgrafen.store.GraphLoader;
import se.samverkansgrafen.store.LoadStatus;
import se.samverkansgrafen.store.StoreProperties;
import se.samverkansgrafen.store.TripleStore;

/** The named queries in the form for the store's flavour, read and parsed once at start, and the runner that binds and runs them. */
@Configuration(proxyBeanMethods = false)
class QueryConfiguration {

    @Bean
    NamedQueryCatalog namedQueryCatalog(StoreProperties properties) {
        return NamedQueryCatalog.load(Path.of(properties.query().directory()), properties.store().flavour().queryVariants());
    }

    @Bean
    QueryRunner queryRunner(TripleStore store, NamedQueryCatalog catalog, StoreProperties properties,
            DataVersion version, LoadStatus status, GraphLoader loader) {
        long cacheValues = properties.query().cacheValues();
        AnswerCache answers = cacheValues == 0 ? null : new AnswerCache(cacheValues,
                () -> status.servesCompleteLoad() && !status.loading() ? version.current() : Optional.empty());
        if (answers != null) {
            loader.afterChange(report -> answers.clear());
        }
        return new QueryRunner(store, catalog, properties.query().timeout(), answers);
    }
}
