package se.samverkansgrafen.web;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;

/** Title and description of the OpenAPI document served at /v3/api-docs. */
@Configuration(proxyBeanMethods = false)
class OpenApiConfiguration {

    @Bean
    OpenAPI samverkansgrafenOpenApi() {
        return new OpenAPI().info(new Info()
                .title("Samverkansgrafen API")
                .version("0.1.0")
                .description("Who sits where in the collaboration groups of Swedish regions and municipalities, "
                        + "meetings and decisions, and each agreement's path across groups. Every fact carries its "
                        + "source (document and agenda item). Errors are RFC 9457 problem details. Analysts: "
                        + "SPARQL 1.1 Protocol at /sparql."));
    }
}
