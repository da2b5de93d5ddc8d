package se.samverkansgrafen.web;

import java.net.URI;

import org.springframework.http.HttpStatus;
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

    @ExceptionHandler(QueryRunner.QueryTimeoutException.class)
    ProblemDetail timeout(QueryRunner.QueryTimeoutException e) {
        return problem(HttpStatus.SERVICE_UNAVAILABLE, "query-timeout", "Query timed out", e.getMessage());
    }

    static ProblemDetail problem(HttpStatus status, String type, String title, String detail) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setType(URI.create(TYPE_BASE + type));
        problem.setTitle(title);
        return problem;
    }
}
