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
    GraphLoader graphLoader(TripleStore store) {
        return new GraphLoader(store);
    }
}
