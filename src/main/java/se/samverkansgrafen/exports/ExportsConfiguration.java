package se.samverkansgrafen.exports;

import java.nio.file.Path;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import se.samverkansgrafen.query.NamedQueryCatalog;
import se.samverkansgrafen.store.StoreProperties;

/** The queries of queries/exports/, which the exports read (not part of the analysts' catalogue). */
@Configuration(proxyBeanMethods = false)
class ExportsConfiguration {

    @Bean
    ExportQueries exportQueries(StoreProperties properties) {
        return new ExportQueries(NamedQueryCatalog.load(Path.of(properties.query().directory(), "exports")));
    }

    record ExportQueries(NamedQueryCatalog catalog) {
    }
}
