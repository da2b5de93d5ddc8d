package se.samverkansgrafen.drafts;

import java.nio.file.Path;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import se.samverkansgrafen.ingest.MinutesDrafts;
import se.samverkansgrafen.ingest.MinutesReader;
import se.samverkansgrafen.store.StoreProperties;

/**
 * The extractor drafts are made with: the ingestion extractor for minutes, against the
 * curated graph under the data root, within the upload size limit.
 */
@Configuration(proxyBeanMethods = false)
class DraftConfiguration {

    @Bean
    DraftExtractor draftExtractor(StoreProperties store, DraftsProperties drafts) {
        long maxBytes = drafts.maxUploadSize().toBytes();
        return new MinutesDraftExtractor(new MinutesDrafts(Path.of(store.data().root()),
                new MinutesReader(maxBytes, MinutesReader.DEFAULT_MAX_CHARACTERS)));
    }
}
