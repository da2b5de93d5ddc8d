package se.samverkansgrafen.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import tools.jackson.databind.JsonNode;

class OpenApiTest extends ApiTest {

    @Test
    void describesEveryEndpoint() {
        JsonNode api = json("/v3/api-docs");
        assertThat(api.path("info").path("title").asString()).isEqualTo("Samverkansgrafen API");
        assertThat(api.path("paths").propertyNames()).contains("/api/people", "/api/people/{id}", "/api/groups",
                "/api/groups/{id}", "/api/organisations/{id}", "/api/meetings/{id}", "/api/agreements",
                "/api/agreements/{id}/trace", "/api/queries", "/api/queries/{name}", "/api/search", "/sparql")
                .doesNotContain("/error");
    }
}
