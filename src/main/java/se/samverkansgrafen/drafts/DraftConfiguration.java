package se.samverkansgrafen.drafts;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The extractor drafts are made with. To read minutes, return the ingestion extractor
 * here, handing .ttl uploads on to {@link TurtleDraftExtractor}.
 */
@Configuration(proxyBeanMethods = false)
class DraftConfiguration {

    @Bean
    DraftExtractor draftExtractor() {
        return new TurtleDraftExtractor();
    }
}
