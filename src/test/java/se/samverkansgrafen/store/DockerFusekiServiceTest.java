package se.samverkansgrafen.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;

import org.junit.jupiter.api.Test;

import se.samverkansgrafen.sparql.OutboundListener;

/**
 * The Fuseki that docker/ deploys (its jar with docker/fuseki/config.ttl) makes no
 * outbound request for any placement of SERVICE: the configuration turns SERVICE off.
 */
class DockerFusekiServiceTest {

    @Test
    void noQueryMakesTheStandaloneFusekiCallAnotherServer() throws Exception {
        try (OutboundListener listener = new OutboundListener();
                StandaloneFuseki fuseki = StandaloneFuseki.start(Files.createTempDirectory("fuseki-service"))) {
            for (String form : OutboundListener.SERVICE_FORMS) {
                String query = listener.aimedAt(form);
                String answer = SparqlHttp.get(fuseki.datasetUrl() + "/query?query="
                        + URLEncoder.encode(query, StandardCharsets.UTF_8)).body();
                assertThat(answer).as(form).doesNotContain(OutboundListener.MARKER);
            }
            assertThat(listener.requests()).isZero();
        }
    }
}
