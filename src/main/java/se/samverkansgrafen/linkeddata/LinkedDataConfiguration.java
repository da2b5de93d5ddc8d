package se.samverkansgrafen.linkeddata;

import java.nio.file.Path;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import se.samverkansgrafen.query.GraphQueries;
import se.samverkansgrafen.query.NamedQueryCatalog;
import se.samverkansgrafen.store.StoreProperties;
import se.samverkansgrafen.store.TripleStore;

/** The queries of queries/linked-data/ (not part of the analysts' catalogue) and their runner. */
@Configuration(proxyBeanMethods = false)
class LinkedDataConfiguration {

    @Bean
    LinkedDataQueries linkedDataQueries(StoreProperties properties) {
        return new LinkedDataQueries(NamedQueryCatalog.load(Path.of(properties.query().directory(), "linked-data")));
    }

    @Bean
    GraphQueries graphQueries(TripleStore store, StoreProperties properties) {
        return new GraphQueries(store, properties.query().timeout());
    }

    /** The queries that read descriptions, graphs and dumps. */
    record LinkedDataQueries(NamedQueryCatalog catalog) {
    }
}
