package se.samverkansgrafen.search;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import se.samverkansgrafen.web.ApiTest;
import tools.jackson.databind.JsonNode;

class SearchControllerTest extends ApiTest {

    @Test
    void searchesAcrossKinds() {
        JsonNode hits = json("/api/search?q=Orebro");
        assertThat(hits).anySatisfy(h -> assertThat(h.path("kind").asString()).isEqualTo("organisation"));
        assertThat(hits).anySatisfy(h -> assertThat(h.path("entityId").asString()).isEqualTo("kommun-orebro"));
    }

    @Test
    void findsAgreementsByInflectedWords() {
        JsonNode hits = json("/api/search?q=nutritionsv%C3%A5rdsprocessen&only=matter");
        assertThat(hits).anySatisfy(h -> assertThat(h.path("entityId").asString()).isEqualTo("orebro-overenskommelse-nutrition"));
    }
}
