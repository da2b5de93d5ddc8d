package se.samverkansgrafen.web;

import java.io.IOException;
import java.nio.charset.StandardCharsets;

import io.swagger.v3.oas.annotations.Hidden;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.webmvc.error.ErrorController;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RequestMapping;

/**
 * The servlet container's error page (/error), in place of Spring Boot's whitelabel page
 * and its JSON: errors that reach the container rather than a controller advice (a
 * response.sendError, an exception from a filter) are answered as problem details, or as
 * the HTML error page for a browser asking for a page. Not part of the API's description.
 */
@Controller
@Hidden
class ContainerErrorController implements ErrorController {

    private static final Logger log = LoggerFactory.getLogger(ContainerErrorController.class);

    private final ErrorPageRenderer pages;

    ContainerErrorController(ErrorPageRenderer pages) {
        this.pages = pages;
    }

    @RequestMapping("/error")
    void error(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Throwable error = (Throwable) request.getAttribute(RequestDispatcher.ERROR_EXCEPTION);
        Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
        int status = code instanceof Integer c && c >= 400 ? c : 500;
        int jetty = ErrorFormat.jettyStatus(error);
        if (jetty > 0) {
            status = jetty;
        }
        String detail = jetty > 0 ? ErrorFormat.jettyDetail(error, status) : ErrorFormat.detail(status);
        if (status >= 500 && error != null) {
            log.error("Unexpected error", error);
        }
        Object uri = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
        String path = uri instanceof String s ? s : request.getRequestURI();
        if (response.isCommitted()) {
            return;
        }
        response.resetBuffer();
        response.setStatus(status);
        byte[] body;
        if (ErrorFormat.wantsHtml(path, request.getHeader(HttpHeaders.ACCEPT))) {
            response.setContentType("text/html;charset=UTF-8");
            body = pages.render(status, detail).getBytes(StandardCharsets.UTF_8);
        } else {
            response.setContentType(ErrorFormat.PROBLEM_JSON);
            body = ErrorFormat.problemJson(status, detail, path);
        }
        response.setContentLength(body.length);
        response.getOutputStream().write(body);
    }
}
