package se.samverkansgrafen.web;

import java.util.Map;

import org.springframework.stereotype.Component;
import org.thymeleaf.context.Context;
import org.thymeleaf.context.IExpressionContext;
import org.thymeleaf.linkbuilder.StandardLinkBuilder;
import org.thymeleaf.spring6.SpringTemplateEngine;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.ClassLoaderTemplateResolver;

/**
 * The HTML error page (templates/error-page.html) rendered outside a Spring MVC request,
 * for errors Jetty answers before a request reaches the application (a path with an
 * encoded slash, an unknown path) and errors that reach Spring without a page controller.
 * The service runs at the root context, so the template's context-relative links
 * ({@code @{/...}}) resolve against "/".
 */
@Component
public class ErrorPageRenderer {

    private final SpringTemplateEngine engine;

    ErrorPageRenderer() {
        ClassLoaderTemplateResolver resolver = new ClassLoaderTemplateResolver(ErrorPageRenderer.class.getClassLoader());
        resolver.setPrefix("templates/");
        resolver.setSuffix(".html");
        resolver.setTemplateMode(TemplateMode.HTML);
        resolver.setCharacterEncoding("UTF-8");
        resolver.setCacheable(true);
        engine = new SpringTemplateEngine();
        engine.setTemplateResolver(resolver);
        engine.setLinkBuilder(new StandardLinkBuilder() {
            @Override
            protected String computeContextPath(IExpressionContext context, String base, Map<String, Object> parameters) {
                return "";
            }
        });
    }

    /** The error page for a status, with its standard Swedish title and message, and a detail. */
    public String render(int status, String detail) {
        ErrorFormat.PageText text = ErrorFormat.pageText(status);
        return render(status, text.title(), text.message(), detail, null);
    }

    public String render(int status, String title, String message, String detail, String parameter) {
        Context context = new Context();
        context.setVariable("status", status);
        context.setVariable("title", title);
        context.setVariable("message", message);
        context.setVariable("detail", detail);
        context.setVariable("parameter", parameter);
        return engine.process("error-page", context);
    }
}
