package se.samverkansgrafen.web;

import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.thymeleaf.spring6.view.ThymeleafViewResolver;

/**
 * Pages are always HTML. Thymeleaf otherwise takes the content type from the request path's
 * extension, so /sources/000_….txt would be sent as text/plain and /sources/x.xml as XML.
 */
@Configuration(proxyBeanMethods = false)
class PageViewConfiguration {

    @Bean
    static BeanPostProcessor htmlPagesOnly() {
        return new BeanPostProcessor() {
            @Override
            public Object postProcessBeforeInitialization(Object bean, String beanName) {
                if (bean instanceof ThymeleafViewResolver resolver) {
                    resolver.setForceContentType(true);
                }
                return bean;
            }
        };
    }
}
