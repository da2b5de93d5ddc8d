package se.samverkansgrafen.exports;

import java.nio.file.Path;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import se.samverkansgrafen.query.GraphQueries;
import se.samverkansgrafen.query.NamedQueryCatalog;
import se.samverkansgrafen.store.StoreProperties;
import se.samverkansgrafen.store.TripleStore;
import se.samverkansgrafen.web.DownloadsProperties;

/**
 * The queries of queries/exports/, which the exports read (not part of the analysts'
 * catalogue), and their runner, bounded by the downloads' timeout (samverkan.downloads.timeout).
 */
@Configuration(proxyBeanMethods = false)
class ExportsConfiguration {

    @Bean
    ExportQueries exportQueries(TripleStore store, StoreProperties properties, DownloadsProperties downloads) {
        return new ExportQueries(NamedQueryCatalog.load(Path.of(properties.query().directory(), "exports")),
                new GraphQueries(store, downloads.timeout()));
    }

    record ExportQueries(NamedQueryCatalog catalog, GraphQueries runner) {
    }
}
