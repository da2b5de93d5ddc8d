package se.samverkansgrafen.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.context.annotation.Configuration;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

import se.samverkansgrafen.store.LoadStatus;

/**
 * No partial answers: until the store holds a complete load, every API and page request
 * is refused with 503 (problem details, or the error page for pages) instead of being
 * answered from the graphs loaded so far. Health and static assets are not gated.
 */
@Configuration(proxyBeanMethods = false)
class LoadingGate implements WebMvcConfigurer {

    private final LoadStatus status;

    LoadingGate(LoadStatus status) {
        this.status = status;
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(new HandlerInterceptor() {
            @Override
            public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
                // Controllers only: static resources have other handlers.
                if (handler instanceof HandlerMethod && !status.servesCompleteLoad()) {
                    throw StoreUnavailableException.loading();
                }
                return true;
            }
        }).addPathPatterns("/**").excludePathPatterns("/actuator/**", "/error");
    }
}
