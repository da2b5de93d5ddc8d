package se.samverkansgrafen.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The OpenAPI description against the service: every GET endpoint under /api is called with
 * real ids from the seeds and its answer validated (JSON Schema 2020-12) against the response
 * schema the description gives, with every described object closed (additionalProperties
 * false), so a field the schema does not describe, a missing nesting or a wrong type fails.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class OpenApiSchemaTest extends ApiTest {

    /** Each GET path of the API with a request that answers 200 from the seeds. */
    private static final Map<String, List<String>> EXAMPLES = examples();

    private JsonNode description;

    private static Map<String, List<String>> examples() {
        Map<String, List<String>> examples = new LinkedHashMap<>();
        examples.put("/api/people", List.of("/api/people?q=Angman"));
        examples.put("/api/people/{id}", List.of("/api/people/ingmar-angman", "/api/people/linnea-hedkvist"));
        examples.put("/api/groups", List.of("/api/groups"));
        examples.put("/api/groups/{id}", List.of("/api/groups/orebro-chefsgrupp-svvo",
                "/api/groups/orebro-chefsgrupp-svvo-au?at=2023-03-01", "/api/groups/kronoberg-ledningsgrupp-samordning"));
        examples.put("/api/organisations/{id}", List.of("/api/organisations/kommun-nora?at=2023-06-01",
                "/api/organisations/region-orebro-lan", "/api/organisations/kommun-laxa?at=2022-11-11"));
        examples.put("/api/meetings/{id}", List.of("/api/meetings/orebro-chefsgrupp-svvo-2022-11-11",
                "/api/meetings/orebro-gemensam-chefsgrupp-2022-06-03", "/api/meetings/orebro-samverkansrad-folkhalsa-2024-05-17"));
        examples.put("/api/agreements", List.of("/api/agreements"));
        examples.put("/api/agreements/{id}", List.of("/api/agreements/orebro-overenskommelse-hsv-i-hemmet",
                "/api/agreements/orebro-uppdrag-mtp-nara-vard"));
        examples.put("/api/agreements/{id}/trace", List.of("/api/agreements/orebro-overenskommelse-hsv-i-hemmet/trace"));
        examples.put("/api/search", List.of("/api/search?q=SVVO", "/api/search?q=" + encode("Kronoberg ledningsgrupp"),
                "/api/search?q=nutrition&only=matter"));
        return examples;
    }

    @BeforeAll
    void readTheDescription() {
        description = json("/v3/api-docs");
    }

    /**
     * Every GET read endpoint under /api; not /api/queries (its rows are each query's own
     * variables, described by the catalogue), nor /api/data and /api/drafts, which answer
     * about files and drafts an editor writes, not about the seeds.
     */
    @Test
    void everyGetEndpointOfTheApiHasAnExampleHere() {
        TreeSet<String> described = new TreeSet<>();
        description.path("paths").properties().forEach(path -> {
            if (path.getKey().startsWith("/api/") && path.getValue().has("get") && !path.getKey().startsWith("/api/queries")
                    && !path.getKey().startsWith("/api/data") && !path.getKey().startsWith("/api/drafts")) {
                described.add(path.getKey());
            }
        });
        assertThat(EXAMPLES.keySet()).containsExactlyInAnyOrderElementsOf(described);
    }

    @Test
    void everyReadModelHasItsFieldsDescribed() {
        for (String path : EXAMPLES.keySet()) {
            JsonNode schema = resolve(responseSchema(path));
            JsonNode object = schema.has("items") ? resolve(schema.path("items")) : schema;
            assertThat(object.path("properties").size()).as("properties of the answer of %s", path).isGreaterThan(2);
        }
    }

    @Test
    void everyParameterOfTheReadEndpointsHasADescriptionAndAnExample() {
        for (String path : EXAMPLES.keySet()) {
            description.path("paths").path(path).path("get").path("parameters").forEach(parameter -> {
                assertThat(parameter.path("description").asString("")).as("%s %s", path, parameter.path("name")).isNotBlank();
                assertThat(parameter.has("example") || parameter.path("schema").has("example"))
                        .as("example of %s %s", path, parameter.path("name")).isTrue();
            });
        }
    }

    @Test
    void everyAnswerMatchesItsResponseSchema() {
        SchemaRegistry registry = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12);
        SoftAssertions softly = new SoftAssertions();
        EXAMPLES.forEach((path, requests) -> {
            Schema schema = registry.getSchema(closedSchema(responseSchema(path)));
            for (String request : requests) {
                HttpResponse<String> answer = get(request, "application/json");
                softly.assertThat(answer.statusCode()).as(request).isEqualTo(200);
                List<String> errors = new ArrayList<>();
                for (Error error : schema.validate(parse(answer.body()))) {
                    errors.add(error.getInstanceLocation() + ": " + error.getMessage());
                }
                softly.assertThat(errors).as("%s against the schema of %s", request, path).isEmpty();
            }
        });
        softly.assertAll();
    }

    /** A renamed field in an answer would fail the check: the check itself refuses one. */
    @Test
    void theCheckRefusesAFieldTheSchemaDoesNotDescribe() {
        SchemaRegistry registry = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12);
        Schema schema = registry.getSchema(closedSchema(responseSchema("/api/people/{id}")));
        ObjectNode person = (ObjectNode) parse(get("/api/people/ingmar-angman", "application/json").body());
        assertThat(schema.validate(person)).isEmpty();
        person.put("fullName", person.path("name").asString());
        assertThat(schema.validate(person)).isNotEmpty();
    }

    private JsonNode responseSchema(String path) {
        JsonNode content = description.path("paths").path(path).path("get").path("responses").path("200").path("content");
        JsonNode media = content.has("application/json") ? content.path("application/json") : content.values().iterator().next();
        return media.path("schema");
    }

    private JsonNode resolve(JsonNode schema) {
        String ref = schema.path("$ref").asString("");
        return ref.isEmpty() ? schema : description.path("components").path("schemas").path(ref.substring(ref.lastIndexOf('/') + 1));
    }

    /** The response schema as a JSON Schema document of its own, the components as $defs, every described object closed. */
    private String closedSchema(JsonNode responseSchema) {
        ObjectNode document = (ObjectNode) parse(responseSchema.toString());
        document.put("$schema", "https://json-schema.org/draft/2020-12/schema");
        ObjectNode definitions = (ObjectNode) parse(description.path("components").path("schemas").toString());
        definitions.properties().forEach(definition -> {
            if (definition.getValue() instanceof ObjectNode object && object.has("properties")) {
                object.put("additionalProperties", false);
            }
        });
        document.set("$defs", definitions);
        return document.toString().replace("#/components/schemas/", "#/$defs/");
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
