package se.samverkansgrafen.web;

import java.net.URI;

import org.apache.jena.atlas.web.HttpException;
import org.apache.jena.sparql.engine.http.QueryExceptionHTTP;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.NestedExceptionUtils;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.web.firewall.RequestRejectedException;
import org.springframework.web.ErrorResponse;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.NativeWebRequest;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

import jakarta.servlet.http.HttpServletRequest;

import se.samverkansgrafen.query.InvalidParameterException;
import se.samverkansgrafen.query.QueryRunner;

/**
 * Errors as RFC 9457 problem details that name what was wrong. Spring's own errors
 * (missing parameter, wrong method, unknown path, unsupported media type...) come from the
 * base class; for a browser asking for a page (an unknown path such as /people/) they are
 * the HTML error page instead. Page controllers have their own advice ({@link PageErrorAdvice}).
 */
@RestControllerAdvice
class ProblemDetailsAdvice extends ResponseEntityExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(ProblemDetailsAdvice.class);

    static final String TYPE_BASE = ErrorFormat.TYPE_BASE;

    private final ErrorPageRenderer pages;

    ProblemDetailsAdvice(ErrorPageRenderer pages) {
        this.pages = pages;
    }

    @ExceptionHandler(InvalidParameterException.class)
    ProblemDetail invalidParameter(InvalidParameterException e) {
        ProblemDetail problem = problem(HttpStatus.BAD_REQUEST, "invalid-parameter", "Invalid parameter", e.getMessage());
        problem.setProperty("parameter", e.parameter());
        if (!e.allowed().isEmpty()) {
            problem.setProperty("allowed", e.allowed());
        }
        return problem;
    }

    /** The firewall found a parameter name or value it does not allow (control characters, spaces...). */
    @ExceptionHandler(RequestRejectedException.class)
    ProblemDetail rejected(RequestRejectedException e) {
        return problem(HttpStatus.BAD_REQUEST, "bad-request", "Bad request",
                "The request has a parameter name or value that is not allowed (control characters, spaces or separators)");
    }

    @ExceptionHandler(NotFoundException.class)
    ProblemDetail notFound(NotFoundException e) {
        return problem(HttpStatus.NOT_FOUND, "not-found", "Not found", e.getMessage());
    }

    @ExceptionHandler(QueryRunner.UnknownQueryException.class)
    ProblemDetail unknownQuery(QueryRunner.UnknownQueryException e) {
        return problem(HttpStatus.NOT_FOUND, "unknown-query", "Unknown named query", e.getMessage());
    }

    @ExceptionHandler(StoreUnavailableException.class)
    ResponseEntity<ProblemDetail> storeUnavailable(StoreUnavailableException e) {
        return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE)
                .header(HttpHeaders.RETRY_AFTER, e.retryAfterSeconds())
                .body(problem(HttpStatus.SERVICE_UNAVAILABLE, "store-unavailable", "Data not available", e.getMessage()));
    }

    /** An external store that cannot be reached (connection refused, timed out, or failing). */
    @ExceptionHandler({HttpException.class, QueryExceptionHTTP.class})
    ResponseEntity<ProblemDetail> storeUnreachable(RuntimeException e) {
        log.warn("The store does not answer: {}", NestedExceptionUtils.getMostSpecificCause(e).toString());
        return storeUnavailable(StoreUnavailableException.unreachable(e));
    }

    @ExceptionHandler(QueryRunner.QueryTimeoutException.class)
    ProblemDetail timeout(QueryRunner.QueryTimeoutException e) {
        return problem(HttpStatus.SERVICE_UNAVAILABLE, "query-timeout", "Query timed out", e.getMessage());
    }

    /** Spring's own request errors (missing parameter, wrong method...) get our type and name the parameter. */
    @Override
    protected ResponseEntity<Object> handleExceptionInternal(Exception e, Object body, HttpHeaders headers,
            HttpStatusCode status, WebRequest request) {
        Object problemBody = body == null && e instanceof ErrorResponse error ? error.getBody() : body;
        if (problemBody instanceof ProblemDetail problem && (problem.getType() == null || "about:blank".equals(problem.getType().toString()))) {
            problem.setType(ErrorFormat.type(status.value()));
            if (e instanceof MissingServletRequestParameterException missing) {
                problem.setProperty("parameter", missing.getParameterName());
            }
        }
        if (problemBody instanceof ProblemDetail problem && wantsHtml(request)) {
            return html(status.value(), problem.getDetail(), headers);
        }
        return super.handleExceptionInternal(e, problemBody, headers, status, request);
    }

    /**
     * Anything else: a request Jetty could not read (a form over the size limit, a query
     * string that is not valid percent-encoding) with its status; anything unforeseen as a
     * problem detail without internals, the log has the stack trace.
     */
    @ExceptionHandler(RuntimeException.class)
    ResponseEntity<Object> unexpected(RuntimeException e, NativeWebRequest request) {
        int jetty = ErrorFormat.jettyStatus(e);
        int status = jetty > 0 ? jetty : 500;
        String detail = jetty > 0 ? ErrorFormat.jettyDetail(e, status) : ErrorFormat.detail(500);
        if (jetty == 0) {
            log.error("Unexpected error", e);
        }
        if (wantsHtml(request)) {
            return html(status, detail, new HttpHeaders());
        }
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatusCode.valueOf(status), detail);
        problem.setType(ErrorFormat.type(status));
        problem.setTitle(ErrorFormat.reason(status));
        return ResponseEntity.status(status).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
    }

    private ResponseEntity<Object> html(int status, String detail, HttpHeaders headers) {
        HttpHeaders out = new HttpHeaders();
        out.addAll(headers);
        out.setContentType(new MediaType(MediaType.TEXT_HTML, java.nio.charset.StandardCharsets.UTF_8));
        return ResponseEntity.status(status).headers(out).body(pages.render(status, detail));
    }

    private static boolean wantsHtml(WebRequest request) {
        HttpServletRequest servlet = request instanceof NativeWebRequest nativeRequest
                ? nativeRequest.getNativeRequest(HttpServletRequest.class) : null;
        return servlet != null && ErrorFormat.wantsHtml(servlet.getRequestURI(), servlet.getHeader(HttpHeaders.ACCEPT));
    }

    static ProblemDetail problem(HttpStatus status, String type, String title, String detail) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setType(URI.create(TYPE_BASE + type));
        problem.setTitle(title);
        return problem;
    }
}
