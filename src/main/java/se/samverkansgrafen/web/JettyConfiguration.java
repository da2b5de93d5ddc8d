package se.samverkansgrafen.web;

import org.springframework.boot.jetty.servlet.JettyServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Jetty answers its own refusals with problem details or the HTML error page. Its URI
 * compliance stays at the strict default (RFC 3986: no encoded or ambiguous path separators,
 * no {@code %00}, no bad percent-encoding), which those refusals are.
 */
@Configuration(proxyBeanMethods = false)
class JettyConfiguration {

    @Bean
    WebServerFactoryCustomizer<JettyServletWebServerFactory> jettyErrorHandler(ErrorPageRenderer pages) {
        return factory -> factory.addServerCustomizers(server -> server.setErrorHandler(new JettyErrorHandler(pages)));
    }
}
