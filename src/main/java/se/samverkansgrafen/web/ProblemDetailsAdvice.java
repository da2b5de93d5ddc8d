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
import org.springframework.http.ResponseEntity;
import org.springframework.web.ErrorResponse;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.context.request.WebRequest;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

import se.samverkansgrafen.query.InvalidParameterException;
import se.samverkansgrafen.query.QueryRunner;

/**
 * Errors as RFC 9457 problem details that name what was wrong. Spring's own errors
 * (missing parameter, wrong method, unsupported media type...) come from the base class.
 */
@RestControllerAdvice
class ProblemDetailsAdvice extends ResponseEntityExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(ProblemDetailsAdvice.class);

    static final String TYPE_BASE = "https://w3id.org/samverkan/problem/";

    @ExceptionHandler(InvalidParameterException.class)
    ProblemDetail invalidParameter(InvalidParameterException e) {
        ProblemDetail problem = problem(HttpStatus.BAD_REQUEST, "invalid-parameter", "Invalid parameter", e.getMessage());
        problem.setProperty("parameter", e.parameter());
        return problem;
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
            problem.setType(URI.create(TYPE_BASE + (status.value() == 404 ? "not-found" : "bad-request")));
            if (e instanceof MissingServletRequestParameterException missing) {
                problem.setProperty("parameter", missing.getParameterName());
            }
        }
        return super.handleExceptionInternal(e, problemBody, headers, status, request);
    }

    /** Anything unforeseen: a problem detail without internals; the log has the stack trace. */
    @ExceptionHandler(RuntimeException.class)
    ProblemDetail unexpected(RuntimeException e) {
        log.error("Unexpected error", e);
        return problem(HttpStatus.INTERNAL_SERVER_ERROR, "internal-error", "Internal error",
                "The request could not be answered because of an internal error; it has been logged");
    }

    static ProblemDetail problem(HttpStatus status, String type, String title, String detail) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setType(URI.create(TYPE_BASE + type));
        problem.setTitle(title);
        return problem;
    }
}
