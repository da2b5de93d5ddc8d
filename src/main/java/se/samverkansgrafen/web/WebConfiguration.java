package se.samverkansgrafen.web;

import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.config.annotation.CorsRegistry;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.ResourceHandlerRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.resource.LiteWebJarsResourceResolver;

import se.samverkansgrafen.query.InvalidParameterException;

/**
 * Cross-origin requests are allowed on /sparql only (GET and POST, with their preflight),
 * so analysts' browser tools on other origins can query it; every other path sends no CORS
 * headers, so browsers keep other sites' scripts out. And every parameter of the API and
 * the pages takes one value: a repeated one is refused naming it, rather than joined or
 * one of them silently picked (/sparql, whose protocol repeats graph URIs, excepted).
 * Static assets are served from their own paths only (Spring Boot's catch-all {@code /**}
 * is off: {@code spring.web.resources.add-mappings=false}).
 */
@Configuration(proxyBeanMethods = false)
class WebConfiguration implements WebMvcConfigurer {

    static final String SPARQL = "/sparql";

    @Override
    public void addCorsMappings(CorsRegistry registry) {
        registry.addMapping(SPARQL)
                .allowedOrigins("*")
                .allowedMethods("GET", "POST")
                .allowedHeaders("Accept", "Content-Type")
                .exposedHeaders("Content-Type", "Content-Disposition")
                .allowCredentials(false)
                .maxAge(3600);
    }

    /** Directories under classpath:/static/ that the pages link to (vendor/ is built by the frontend profile). */
    private static final String[] STATIC_DIRECTORIES = {"css", "js", "vendor"};

    /**
     * Each static directory, and the webjars with version-less paths. Why not Boot's {@code /**}:
     * with the webjars locator on, every link a page writes passes the resource URL chain, and
     * under {@code /**} each one (a person, a group, a meeting) was looked up on the classpath
     * and missed, uncached: 40 of the 52 ms of a meeting page at L went there.
     */
    @Override
    public void addResourceHandlers(ResourceHandlerRegistry registry) {
        for (String directory : STATIC_DIRECTORIES) {
            registry.addResourceHandler("/" + directory + "/**").addResourceLocations("classpath:/static/" + directory + "/");
        }
        registry.addResourceHandler("/webjars/**").addResourceLocations("classpath:/META-INF/resources/webjars/")
                .resourceChain(true).addResolver(new LiteWebJarsResourceResolver());
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(new SingleValuedParameters()).excludePathPatterns(SPARQL);
    }

    private static final class SingleValuedParameters implements HandlerInterceptor {
        @Override
        public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
            for (Map.Entry<String, String[]> parameter : request.getParameterMap().entrySet()) {
                if (parameter.getValue().length > 1) {
                    throw new InvalidParameterException(parameter.getKey(), "is given more than once");
                }
            }
            return true;
        }
    }
}
