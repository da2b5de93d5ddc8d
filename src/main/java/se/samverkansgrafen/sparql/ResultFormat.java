package se.samverkansgrafen.sparql;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.apache.jena.query.Query;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.resultset.ResultSetLang;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;

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
        wanted = wanted.stream().sorted(Comparator.comparingDouble(MediaType::getQualityValue).reversed()).toList();
        return match(offered, wanted).orElseThrow(() -> notAcceptable(offered, accept));
    }

    private static Optional<ResultFormat> match(List<ResultFormat> offered, List<MediaType> wanted) {
        for (MediaType type : wanted) {
            for (ResultFormat candidate : offered) {
                if (type.isCompatibleWith(candidate.mediaType()) || isPlainJsonFor(type, candidate)) {
                    return Optional.of(candidate);
                }
            }
        }
        return Optional.empty();
    }

    /** Plain JSON, as many clients ask, means the JSON form of the answer: SPARQL JSON results or JSON-LD. */
    private static boolean isPlainJsonFor(MediaType type, ResultFormat candidate) {
        return MediaType.APPLICATION_JSON.equalsTypeAndSubtype(type)
                && (candidate.resultSetLang() == ResultSetLang.RS_JSON || candidate.rdfLang() == Lang.JSONLD);
    }

    private static SparqlProblem notAcceptable(List<ResultFormat> offered, String asked) {
        return new SparqlProblem(HttpStatus.NOT_ACCEPTABLE, "not-acceptable", "Cannot answer this query as " + asked
                + "; available: " + offered.stream().map(f -> f.mediaType().toString()).toList());
    }
}
