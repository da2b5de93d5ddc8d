package se.samverkansgrafen.linkeddata;

import java.io.IOException;
import java.net.URI;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;

/** The VoID and DCAT description of the dataset at its well-known place (VoID section 7.2). */
@RestController
class VoidController {

    private final DatasetDescription description;

    VoidController(DatasetDescription description) {
        this.description = description;
    }

    @GetMapping("/.well-known/void")
    void describe(HttpServletRequest request, @RequestHeader(value = HttpHeaders.ACCEPT, required = false) String accept,
            HttpServletResponse response) throws IOException {
        String mediaType = RdfResponses.acceptedRdf(accept).orElseThrow(() -> {
            ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.NOT_ACCEPTABLE,
                    "The dataset description is RDF; available: " + RdfResponses.offered());
            problem.setType(URI.create("https://w3id.org/samverkan/problem/not-acceptable"));
            return new ErrorResponseException(HttpStatus.NOT_ACCEPTABLE, problem, null);
        });
        RdfResponses.write(description.voidDescription(RdfResponses.root(request)), mediaType, response);
    }
}
