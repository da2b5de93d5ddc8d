package se.samverkansgrafen.sparql;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

import org.apache.jena.irix.IRIException;
import org.apache.jena.irix.IRIx;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryCancelledException;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.QueryParseException;
import org.apache.jena.query.Syntax;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdfconnection.RDFConnection;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.ResultSetMgr;
import org.apache.jena.riot.resultset.ResultSetLang;
import org.apache.jena.sparql.resultset.ResultsWriter;
import org.apache.jena.sparql.syntax.ElementService;
import org.apache.jena.sparql.syntax.ElementWalker;
import org.apache.jena.sparql.syntax.ElementVisitorBase;
import org.apache.jena.system.Txn;
import org.apache.jena.update.UpdateFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import se.samverkansgrafen.store.StoreProperties;
import se.samverkansgrafen.store.TripleStore;

/**
 * The analysts' endpoint: the SPARQL 1.1 Protocol for queries (GET, POST form, POST
 * direct) on the service port. Read-only: every update form is refused. Results by content
 * negotiation (or the {@code format} parameter, for tools that cannot set Accept).
 */
@RestController
@RequestMapping("/sparql")
class SparqlController {

    private static final String SPARQL_QUERY = "application/sparql-query";
    private static final String SPARQL_UPDATE = "application/sparql-update";

    private final TripleStore store;
    private final long timeoutMillis;

    SparqlController(TripleStore store, StoreProperties properties) {
        this.store = store;
        this.timeoutMillis = properties.query().timeout().toMillis();
    }

    @GetMapping
    ResponseEntity<byte[]> get(@RequestParam(required = false) String query,
            @RequestParam(required = false) String update,
            @RequestParam(required = false) String format,
            @RequestParam MultiValueMap<String, String> all,
            @RequestHeader(value = HttpHeaders.ACCEPT, required = false) String accept) {
        return answer(query, update, format, all, accept);
    }

    @PostMapping(consumes = MediaType.APPLICATION_FORM_URLENCODED_VALUE)
    ResponseEntity<byte[]> postForm(@RequestParam(required = false) String query,
            @RequestParam(required = false) String update,
            @RequestParam(required = false) String format,
            @RequestParam MultiValueMap<String, String> all,
            @RequestHeader(value = HttpHeaders.ACCEPT, required = false) String accept) {
        return answer(query, update, format, all, accept);
    }

    @PostMapping(consumes = SPARQL_QUERY)
    ResponseEntity<byte[]> postDirect(@RequestBody String query,
            @RequestParam(required = false) String format,
            @RequestHeader(value = HttpHeaders.ACCEPT, required = false) String accept) {
        return answer(query, null, format, new LinkedMultiValueMap<>(), accept);
    }

    @PostMapping(consumes = SPARQL_UPDATE)
    ResponseEntity<byte[]> postUpdate() {
        throw SparqlProblem.updateRefused();
    }

    private ResponseEntity<byte[]> answer(String queryText, String update, String format,
            MultiValueMap<String, String> all, String accept) {
        if (update != null) {
            throw SparqlProblem.updateRefused();
        }
        if (queryText == null || queryText.isBlank()) {
            throw new SparqlProblem(HttpStatus.BAD_REQUEST, "missing-query", "Parameter 'query' is required");
        }
        Query query = withProtocolDataset(parse(queryText), all.get("default-graph-uri"), all.get("named-graph-uri"));
        ResultFormat result = ResultFormat.choose(query, format, accept);
        byte[] body = execute(query, result);
        return ResponseEntity.ok().contentType(result.mediaType()).body(body);
    }

    private static Query parse(String text) {
        Query query;
        try {
            query = QueryFactory.create(text, Syntax.syntaxSPARQL_11);
        } catch (QueryParseException e) {
            if (isUpdate(text)) {
                throw SparqlProblem.updateRefused();
            }
            throw new SparqlProblem(HttpStatus.BAD_REQUEST, "query-syntax", "The query does not parse: " + e.getMessage());
        }
        if (usesService(query)) {
            throw new SparqlProblem(HttpStatus.BAD_REQUEST, "service-refused",
                    "SERVICE (federated query) is not allowed on this endpoint");
        }
        return query;
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

    private static boolean isUpdate(String text) {
        try {
            UpdateFactory.create(text);
            return true;
        } catch (QueryParseException notAnUpdateEither) {
            return false;
        }
    }

    private static boolean usesService(Query query) {
        if (query.getQueryPattern() == null) {
            return false;
        }
        boolean[] found = {false};
        ElementWalker.walk(query.getQueryPattern(), new ElementVisitorBase() {
            @Override
            public void visit(ElementService service) {
                found[0] = true;
            }
        });
        return found[0];
    }

    private byte[] execute(Query query, ResultFormat format) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (TripleStore.PreparedQuery prepared = store.prepare(query)) {
            RDFConnection conn = prepared.connection();
            Txn.executeRead(conn, () -> {
                try (QueryExecution exec = conn.newQuery().query(prepared.query())
                        .timeout(timeoutMillis, TimeUnit.MILLISECONDS).build()) {
                    switch (query.queryType()) {
                        case SELECT -> ResultSetMgr.write(out, exec.execSelect(), format.resultSetLang());
                        case ASK -> ResultsWriter.create().lang(format.resultSetLang()).build().write(out, exec.execAsk());
                        case CONSTRUCT -> write(out, exec.execConstruct(), format.rdfLang());
                        case DESCRIBE -> write(out, exec.execDescribe(), format.rdfLang());
                        default -> throw new SparqlProblem(HttpStatus.BAD_REQUEST, "query-form",
                                "Unsupported query form " + query.queryType());
                    }
                }
            });
        } catch (QueryCancelledException e) {
            throw new SparqlProblem(HttpStatus.SERVICE_UNAVAILABLE, "query-timeout",
                    "Query cut after the timeout of " + timeoutMillis / 1000 + " s");
        }
        return out.toByteArray();
    }

    private static void write(ByteArrayOutputStream out, Model model, Lang lang) {
        RDFDataMgr.write(out, model, lang);
    }

    /** A response format for a query form, from the format parameter or the Accept header. */
    record ResultFormat(MediaType mediaType, Lang resultSetLang, Lang rdfLang) {

        private static final List<ResultFormat> RESULTS = List.of(
                new ResultFormat(MediaType.parseMediaType("application/sparql-results+json"), ResultSetLang.RS_JSON, null),
                new ResultFormat(MediaType.parseMediaType("application/sparql-results+xml"), ResultSetLang.RS_XML, null),
                new ResultFormat(MediaType.parseMediaType("text/csv;charset=utf-8"), ResultSetLang.RS_CSV, null),
                new ResultFormat(MediaType.parseMediaType("text/tab-separated-values;charset=utf-8"), ResultSetLang.RS_TSV, null));
        private static final List<ResultFormat> GRAPHS = List.of(
                new ResultFormat(MediaType.parseMediaType("text/turtle;charset=utf-8"), null, Lang.TURTLE),
                new ResultFormat(MediaType.parseMediaType("application/n-triples;charset=utf-8"), null, Lang.NTRIPLES),
                new ResultFormat(MediaType.parseMediaType("application/ld+json"), null, Lang.JSONLD));
        private static final Map<String, String> FORMAT_NAMES = Map.of(
                "json", "application/sparql-results+json", "xml", "application/sparql-results+xml",
                "csv", "text/csv", "tsv", "text/tab-separated-values",
                "turtle", "text/turtle", "ntriples", "application/n-triples", "jsonld", "application/ld+json");

        static ResultFormat choose(Query query, String format, String accept) {
            List<ResultFormat> offered = query.isSelectType() || query.isAskType() ? RESULTS : GRAPHS;
            if (format != null) {
                String type = Optional.ofNullable(FORMAT_NAMES.get(format)).orElseThrow(() -> new SparqlProblem(
                        HttpStatus.BAD_REQUEST, "unknown-format", "Parameter 'format' must be one of " + FORMAT_NAMES.keySet()));
                return match(offered, List.of(MediaType.parseMediaType(type)))
                        .orElseThrow(() -> notAcceptable(offered, "format=" + format));
            }
            if (accept == null || accept.isBlank()) {
                return offered.getFirst();
            }
            List<MediaType> wanted;
            try {
                wanted = MediaType.parseMediaTypes(accept);
            } catch (IllegalArgumentException e) {
                throw new SparqlProblem(HttpStatus.BAD_REQUEST, "bad-accept", "Cannot read the Accept header: " + accept);
            }
            wanted = wanted.stream().sorted(java.util.Comparator.comparingDouble(MediaType::getQualityValue).reversed()).toList();
            return match(offered, wanted).orElseThrow(() -> notAcceptable(offered, accept));
        }

        private static Optional<ResultFormat> match(List<ResultFormat> offered, List<MediaType> wanted) {
            for (MediaType type : wanted) {
                for (ResultFormat candidate : offered) {
                    if (type.isCompatibleWith(candidate.mediaType())) {
                        return Optional.of(candidate);
                    }
                }
            }
            return Optional.empty();
        }

        private static SparqlProblem notAcceptable(List<ResultFormat> offered, String asked) {
            return new SparqlProblem(HttpStatus.NOT_ACCEPTABLE, "not-acceptable", "Cannot answer this query as " + asked
                    + "; available: " + offered.stream().map(f -> f.mediaType().toString()).toList());
        }
    }
}
