package se.samverkansgrafen.store;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Chooses the store: embedded TDB2 + Fuseki by default, external when samverkan.store.url is set. */
@Configuration(proxyBeanMethods = false)
class StoreConfiguration {

    @Bean(destroyMethod = "close")
    TripleStore tripleStore(StoreProperties properties) {
        return properties.embedded()
                ? new EmbeddedStore(properties.store(), properties.fuseki(), properties.query().timeout())
                : new RemoteStore(properties.store(), properties.query().timeout());
    }

    @Bean
    DataVersion dataVersion(TripleStore store) {
        return new DataVersion(store);
    }

    /** After each load (and the derived facts it recomputes): the data version it reports. */
    @Bean
    GraphLoader graphLoader(TripleStore store, DataVersion version) {
        GraphLoader loader = new GraphLoader(store);
        loader.afterChange(report -> version.loaded(report.version()));
        return loader;
    }
}
