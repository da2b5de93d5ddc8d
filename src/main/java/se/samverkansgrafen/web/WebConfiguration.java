package se.samverkansgrafen.web;

import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.config.annotation.CorsRegistry;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

import se.samverkansgrafen.query.InvalidParameterException;

/**
 * Cross-origin requests are allowed on /sparql only (GET and POST, with their preflight),
 * so analysts' browser tools on other origins can query it; every other path sends no CORS
 * headers, so browsers keep other sites' scripts out. And every parameter of the API and
 * the pages takes one value: a repeated one is refused naming it, rather than joined or
 * one of them silently picked (/sparql, whose protocol repeats graph URIs, excepted).
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
