package se.samverkansgrafen.web;

import jakarta.servlet.http.HttpServletResponse;

import org.apache.jena.atlas.web.HttpException;
import org.apache.jena.sparql.engine.http.QueryExceptionHTTP;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.NestedExceptionUtils;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.security.web.firewall.RequestRejectedException;
import org.springframework.web.ErrorResponse;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.servlet.ModelAndView;

import se.samverkansgrafen.query.InvalidParameterException;
import se.samverkansgrafen.query.QueryRunner;

/**
 * Errors of the pages as pages in Swedish: an unknown id gives 404, a bad parameter (such
 * as a date that is not YYYY-MM-DD, or a value outside a fixed set) 400 naming the
 * parameter. Ordered ahead of the API's {@code ProblemDetailsAdvice}, and applied to
 * {@link PageController}s only, so /api keeps its problem details.
 */
@ControllerAdvice(annotations = PageController.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class PageErrorAdvice {

    private static final Logger log = LoggerFactory.getLogger(PageErrorAdvice.class);

    @ExceptionHandler(RequestRejectedException.class)
    ModelAndView rejected(RequestRejectedException e) {
        return page(HttpStatus.BAD_REQUEST, "Felaktig adress",
                "Adressen innehåller tecken som inte är tillåtna i en parameter.", null, null);
    }

    @ExceptionHandler(NotFoundException.class)
    ModelAndView notFound(NotFoundException e) {
        return page(HttpStatus.NOT_FOUND, "Sidan finns inte",
                "Det finns ingenting med den adressen i grafen.", e.getMessage(), null);
    }

    @ExceptionHandler(InvalidParameterException.class)
    ModelAndView invalidParameter(InvalidParameterException e) {
        return page(HttpStatus.BAD_REQUEST, "Felaktig parameter",
                "Parametern \"" + e.parameter() + "\" har ett värde som inte går att använda"
                        + ("at".equals(e.parameter()) ? " (datum skrivs ÅÅÅÅ-MM-DD)."
                                : e.allowed().isEmpty() ? "." : " (möjliga värden: " + String.join(", ", e.allowed()) + ")."),
                e.getMessage(), e.parameter());
    }

    @ExceptionHandler(QueryRunner.QueryTimeoutException.class)
    ModelAndView timeout(QueryRunner.QueryTimeoutException e) {
        return page(HttpStatus.SERVICE_UNAVAILABLE, "Frågan tog för lång tid",
                "Frågan avbröts efter tidsgränsen. Försök igen om en stund.", e.getMessage(), null);
    }

    @ExceptionHandler(StoreUnavailableException.class)
    ModelAndView storeUnavailable(StoreUnavailableException e, HttpServletResponse response) {
        response.setHeader(HttpHeaders.RETRY_AFTER, e.retryAfterSeconds());
        return page(HttpStatus.SERVICE_UNAVAILABLE, "Uppgifterna går inte att visa just nu",
                "Grafen laddas eller svarar inte. Försök igen om en stund.", e.getMessage(), null);
    }

    @ExceptionHandler({HttpException.class, QueryExceptionHTTP.class})
    ModelAndView storeUnreachable(RuntimeException e, HttpServletResponse response) {
        log.warn("The store does not answer: {}", NestedExceptionUtils.getMostSpecificCause(e).toString());
        return storeUnavailable(StoreUnavailableException.unreachable(e), response);
    }

    /**
     * Spring's request errors (with their status), requests Jetty could not read (a query
     * string that is not valid percent-encoding...), and anything unforeseen (500, logged).
     */
    @ExceptionHandler(Exception.class)
    ModelAndView unexpected(Exception e) {
        int jetty = ErrorFormat.jettyStatus(e);
        HttpStatus status = e instanceof ErrorResponse spring ? HttpStatus.resolve(spring.getStatusCode().value())
                : jetty > 0 ? HttpStatus.resolve(jetty) : null;
        if (status == null || status.is5xxServerError()) {
            log.error("Unexpected error on a page", e);
            return page(HttpStatus.INTERNAL_SERVER_ERROR, "Något gick fel",
                    "Sidan kunde inte visas på grund av ett internt fel. Felet har loggats.", null, null);
        }
        ErrorFormat.PageText text = ErrorFormat.pageText(status.value());
        String detail = jetty > 0 ? ErrorFormat.jettyDetail(e, status.value())
                : e instanceof ErrorResponse spring && spring.getBody().getDetail() != null ? spring.getBody().getDetail()
                : ErrorFormat.detail(status.value());
        return page(status, text.title(), text.message(), detail, null);
    }

    private static ModelAndView page(HttpStatus status, String title, String message, String detail, String parameter) {
        ModelAndView page = new ModelAndView("error-page");
        page.setStatus(status);
        page.addObject("status", status.value());
        page.addObject("title", title);
        page.addObject("message", message);
        page.addObject("detail", detail);
        page.addObject("parameter", parameter);
        return page;
    }
}
