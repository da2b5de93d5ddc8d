package se.samverkansgrafen.sparql;

import java.net.URI;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

/** A refused or failed SPARQL request, answered as RFC 9457 problem details. */
class SparqlProblem extends ErrorResponseException {

    SparqlProblem(HttpStatus status, String type, String detail) {
        super(status, problem(status, type, detail), null);
    }

    static SparqlProblem updateRefused() {
        return new SparqlProblem(HttpStatus.BAD_REQUEST, "update-refused",
                "SPARQL Update (INSERT, DELETE, LOAD, CLEAR, DROP, CREATE, ADD, MOVE, COPY) is not allowed: this endpoint is read-only");
    }

    private static ProblemDetail problem(HttpStatus status, String type, String detail) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setType(URI.create("https://w3id.org/samverkan/problem/" + type));
        problem.setTitle(status.getReasonPhrase());
        return problem;
    }
}
