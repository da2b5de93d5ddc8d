package se.samverkansgrafen.sparql;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.apache.jena.irix.IRIException;
import org.apache.jena.irix.IRIx;
import org.apache.jena.query.Query;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import se.samverkansgrafen.linkeddata.DatasetDescription;
import se.samverkansgrafen.linkeddata.RdfResponses;

/**
 * The analysts' endpoint: the SPARQL 1.1 Protocol for queries (GET, POST form, POST
 * direct) on the service port. Read-only: every update form is refused, and so is
 * SERVICE. Results by content negotiation (or the {@code format} parameter, for tools
 * that cannot set Accept), within the bounds of {@link SparqlLimits}.
 */
@RestController
@RequestMapping("/sparql")
class SparqlController {

    private static final String SPARQL_QUERY = "application/sparql-query";
    private static final String SPARQL_UPDATE = "application/sparql-update";
    /** The largest refused body read (and dropped) before the 413, for a client that did not wait for 100 Continue. */
    static final long DRAINED_BYTES = 1_048_576;

    private final AnalystQueries queries;
    private final DatasetDescription datasets;

    SparqlController(AnalystQueries queries, DatasetDescription datasets) {
        this.queries = queries;
        this.datasets = datasets;
    }

    @GetMapping
    void get(@RequestParam(required = false) String query, @RequestParam(required = false) String update,
            @RequestParam(required = false) String format, @RequestParam MultiValueMap<String, String> all,
            @RequestHeader(value = HttpHeaders.ACCEPT, required = false) String accept, HttpServletRequest request,
            HttpServletResponse response) throws IOException {
        if (query == null && update == null && format == null) {
            // No query: the endpoint describes itself (SPARQL 1.1 Service Description, section 2).
            if (RdfResponses.prefersHtml(accept)) {
                response.setStatus(HttpStatus.SEE_OTHER.value());
                response.setHeader(HttpHeaders.LOCATION, request.getContextPath() + "/sparql-editor");
                response.setHeader(HttpHeaders.VARY, HttpHeaders.ACCEPT);
                return;
            }
            var mediaType = RdfResponses.acceptedRdf(accept);
            if (mediaType.isPresent()) {
                RdfResponses.write(datasets.serviceDescription(request.getRequestURL().toString()), mediaType.get(),
                        response);
                return;
            }
        }
        answer(System.nanoTime(), query, update, format, all, accept, response);
    }

    @PostMapping(consumes = MediaType.APPLICATION_FORM_URLENCODED_VALUE)
    void postForm(@RequestParam(required = false) String query, @RequestParam(required = false) String update,
            @RequestParam(required = false) String format, @RequestParam MultiValueMap<String, String> all,
            @RequestHeader(value = HttpHeaders.ACCEPT, required = false) String accept, HttpServletResponse response)
            throws IOException {
        answer(System.nanoTime(), query, update, format, all, accept, response);
    }

    @PostMapping(consumes = SPARQL_QUERY)
    void postDirect(HttpServletRequest request, @RequestParam(required = false) String format,
            @RequestParam MultiValueMap<String, String> all,
            @RequestHeader(value = HttpHeaders.ACCEPT, required = false) String accept, HttpServletResponse response)
            throws IOException {
        long started = System.nanoTime();
        answer(started, readBounded(request), null, format, all, accept, response);
    }

    @PostMapping(consumes = SPARQL_UPDATE)
    void postUpdate() {
        throw SparqlProblem.updateRefused();
    }

    /**
     * The body of a direct POST, refused with 413 once it passes the limit rather than read whole.
     * A client that sent a body of up to {@value #DRAINED_BYTES} bytes without waiting for
     * "100 Continue" has its body read and dropped first, so that it hears the 413 instead of a
     * connection closed while it was still writing; a larger body is never read.
     */
    private String readBounded(HttpServletRequest request) throws IOException {
        long limit = queries.maxQueryBytes();
        long length = request.getContentLengthLong();
        if (length > limit) {
            if (length <= DRAINED_BYTES && request.getHeader(HttpHeaders.EXPECT) == null) {
                try (InputStream in = request.getInputStream()) {
                    in.skipNBytes(length);
                } catch (IOException shorter) {
                    // The client sent less than it announced: the refusal stands all the same.
                }
            }
            throw queries.queryTooLarge();
        }
        try (InputStream in = request.getInputStream()) {
            byte[] body = in.readNBytes((int) limit + 1);
            if (body.length > limit) {
                throw queries.queryTooLarge();
            }
            return new String(body, StandardCharsets.UTF_8);
        }
    }

    private void answer(long started, String queryText, String update, String format,
            MultiValueMap<String, String> all, String accept, HttpServletResponse response) throws IOException {
        if (update != null) {
            throw SparqlProblem.updateRefused();
        }
        if (queryText == null || queryText.isBlank()) {
            throw new SparqlProblem(HttpStatus.BAD_REQUEST, "missing-query", "Parameter 'query' is required");
        }
        queries.checkSize(queryText);
        try (AnalystQueries.Slot slot = queries.acquire()) {
            Query query = withProtocolDataset(queries.parse(queryText, started),
                    all.get("default-graph-uri"), all.get("named-graph-uri"));
            queries.answer(query, ResultFormat.choose(query, format, accept), response, started);
        }
    }

    /**
     * The protocol's default-graph-uri and named-graph-uri, when given, replace the query's
     * own FROM and FROM NAMED (SPARQL 1.1 Protocol). Without either, the default graph is
     * the union of all graphs.
     */
    private static Query withProtocolDataset(Query query, List<String> defaultGraphs, List<String> namedGraphs) {
        List<String> defaults = defaultGraphs == null ? List.of() : defaultGraphs;
        List<String> named = namedGraphs == null ? List.of() : namedGraphs;
        if (defaults.isEmpty() && named.isEmpty()) {
            return query;
        }
        Query withDataset = query.cloneQuery();
        withDataset.getGraphURIs().clear();
        withDataset.getNamedGraphURIs().clear();
        defaults.forEach(iri -> withDataset.addGraphURI(absoluteIri("default-graph-uri", iri)));
        named.forEach(iri -> withDataset.addNamedGraphURI(absoluteIri("named-graph-uri", iri)));
        return withDataset;
    }

    private static String absoluteIri(String parameter, String value) {
        try {
            IRIx iri = IRIx.create(value);
            if (iri.isReference()) {
                return iri.str();
            }
        } catch (IRIException notAnIri) {
            // refused below
        }
        throw new SparqlProblem(HttpStatus.BAD_REQUEST, "invalid-graph-iri",
                "Parameter '" + parameter + "' must be an absolute IRI, got '" + value + "'");
    }
}
