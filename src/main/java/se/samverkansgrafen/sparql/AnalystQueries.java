package se.samverkansgrafen.sparql;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Triple;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryCancelledException;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.QueryParseException;
import org.apache.jena.query.ResultSet;
import org.apache.jena.query.Syntax;
import org.apache.jena.rdfconnection.RDFConnection;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.ResultSetMgr;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.exec.RowSetStream;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.sparql.resultset.ResultsWriter;
import org.apache.jena.system.Txn;
import org.apache.jena.update.UpdateFactory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;

import jakarta.servlet.http.HttpServletResponse;
import se.samverkansgrafen.store.StoreProperties;
import se.samverkansgrafen.store.TripleStore;

/**
 * Runs analysts' queries within bounds: a query text of limited size, a limited number
 * running at once (the rest are told to retry), one deadline covering parsing and
 * evaluation, a cap on rows and bytes, and the answer written straight to the client.
 */
@Component
class AnalystQueries {

    private static final Logger log = LoggerFactory.getLogger(AnalystQueries.class);

    static final String ROW_LIMIT_HEADER = "Samverkan-Row-Limit";
    static final String TRUNCATED_HEADER = "Samverkan-Truncated";
    private static final int RESPONSE_BUFFER_BYTES = 64 * 1024;

    private final TripleStore store;
    private final SparqlLimits limits;
    private final long timeoutNanos;
    private final Semaphore slots;

    AnalystQueries(TripleStore store, StoreProperties properties, SparqlLimits limits) {
        this.store = store;
        this.limits = limits;
        this.timeoutNanos = properties.query().timeout().toNanos();
        this.slots = new Semaphore(limits.effectiveConcurrency());
    }

    long maxQueryBytes() {
        return limits.maxQuerySize().toBytes();
    }

    /** Refuses a query text over the size limit with 413, before anything parses it. */
    void checkSize(String queryText) {
        if (queryText != null && queryText.length() > maxQueryBytes()) {
            throw queryTooLarge();
        }
    }

    SparqlProblem queryTooLarge() {
        return new SparqlProblem(HttpStatus.CONTENT_TOO_LARGE, "query-too-large",
                "The query is larger than the limit of " + maxQueryBytes() + " bytes (samverkan.sparql.max-query-size)");
    }

    /** A slot to run in, or 429 when all are busy. The caller closes it. */
    Slot acquire() {
        if (!slots.tryAcquire()) {
            SparqlProblem busy = new SparqlProblem(HttpStatus.TOO_MANY_REQUESTS, "too-many-queries",
                    "All " + limits.effectiveConcurrency() + " analyst query slots are busy; retry later");
            busy.getHeaders().set(HttpHeaders.RETRY_AFTER, Long.toString(limits.retryAfter().toSeconds()));
            throw busy;
        }
        return slots::release;
    }

    /** A slot held while a query runs. */
    interface Slot extends AutoCloseable {
        @Override
        void close();
    }

    Query parse(String text, long startedNanos) {
        checkSize(text);
        Query query;
        try {
            query = QueryFactory.create(text, Syntax.syntaxSPARQL_11);
        } catch (QueryParseException e) {
            if (causedBy(e, StackOverflowError.class)) {
                throw QueryInspection.tooComplex();
            }
            if (isUpdate(text)) {
                throw SparqlProblem.updateRefused();
            }
            throw new SparqlProblem(HttpStatus.BAD_REQUEST, "query-syntax", "The query does not parse: " + e.getMessage());
        } catch (StackOverflowError tooDeep) {
            throw QueryInspection.tooComplex();
        }
        remainingNanos(startedNanos);
        QueryInspection.check(query);
        return query;
    }

    private static boolean isUpdate(String text) {
        try {
            UpdateFactory.create(text);
            return true;
        } catch (QueryParseException | StackOverflowError notAnUpdateEither) {
            return false;
        }
    }

    /** Runs the query and writes its answer to the response. */
    void answer(Query query, ResultFormat format, HttpServletResponse response, long startedNanos)
            throws CappedOutputStream.ResultTooLargeException {
        Query capped = withRowCap(query);
        long remaining = remainingNanos(startedNanos);
        try (TripleStore.PreparedQuery prepared = store.prepare(capped)) {
            RDFConnection conn = prepared.connection();
            Txn.executeRead(conn, () -> {
                try (QueryExecution exec = conn.newQuery().query(prepared.query())
                        .timeout(TimeUnit.NANOSECONDS.toMillis(remaining), TimeUnit.MILLISECONDS).build()) {
                    switch (query.queryType()) {
                        case SELECT -> writeSelect(exec.execSelect(), format, response);
                        case ASK -> {
                            boolean answer = exec.execAsk();
                            start(response, format, false);
                            ResultsWriter.create().lang(format.resultSetLang()).build().write(body(response), answer);
                        }
                        case CONSTRUCT -> writeGraph(exec.execConstructTriples(), query, format, response);
                        case DESCRIBE -> writeGraph(exec.execDescribeTriples(), query, format, response);
                        default -> throw new SparqlProblem(HttpStatus.BAD_REQUEST, "query-form",
                                "Unsupported query form " + query.queryType());
                    }
                }
            });
        } catch (QueryCancelledException e) {
            throw timedOut();
        } catch (StackOverflowError tooDeep) {
            throw QueryInspection.tooComplex();
        } catch (RuntimeException e) {
            if (causedBy(e, CappedOutputStream.ResultTooLargeException.class)) {
                tooLarge(response);
                return;
            }
            throw e;
        }
    }

    private void writeSelect(ResultSet results, ResultFormat format, HttpServletResponse response) {
        // The rows up to the cap are read before the answer starts, so a cut is stated in its headers.
        List<Binding> rows = new ArrayList<>();
        while (results.hasNext() && rows.size() <= limits.maxRows()) {
            rows.add(results.nextBinding());
        }
        boolean truncated = rows.size() > limits.maxRows();
        if (truncated) {
            rows.removeLast();
        }
        start(response, format, truncated);
        ResultSet kept = ResultSet.adapt(RowSetStream.create(results.getResultVars().stream()
                .map(org.apache.jena.sparql.core.Var::alloc).toList(), rows.iterator()));
        ResultSetMgr.write(body(response), kept, format.resultSetLang());
    }

    private void writeGraph(Iterator<Triple> triples, Query query, ResultFormat format, HttpServletResponse response) {
        Graph graph = GraphFactory.createDefaultGraph();
        graph.getPrefixMapping().setNsPrefixes(query.getPrefixMapping());
        long count = 0;
        boolean truncated = false;
        while (triples.hasNext()) {
            Triple triple = triples.next();
            if (++count > limits.maxRows()) {
                truncated = true;
                break;
            }
            graph.add(triple);
        }
        start(response, format, truncated);
        RDFDataMgr.write(body(response), graph, format.rdfLang());
    }

    private void start(HttpServletResponse response, ResultFormat format, boolean truncated) {
        // Answers that outgrow the byte cap within this buffer are still refused cleanly (nothing sent yet).
        response.setBufferSize(RESPONSE_BUFFER_BYTES);
        response.setStatus(HttpServletResponse.SC_OK);
        response.setContentType(format.mediaType().toString());
        response.setHeader(ROW_LIMIT_HEADER, Integer.toString(limits.maxRows()));
        if (truncated) {
            response.setHeader(TRUNCATED_HEADER, "rows; the answer holds the first " + limits.maxRows()
                    + " and more exist (samverkan.sparql.max-rows); narrow the query or page with LIMIT and OFFSET");
        }
    }

    private OutputStream body(HttpServletResponse response) {
        try {
            return new CappedOutputStream(response.getOutputStream(), limits.maxResultSize().toBytes());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A query asks for at most one row more than the cap: enough to know that it was cut. */
    private Query withRowCap(Query query) {
        long wanted = limits.maxRows() + 1L;
        if (!query.isSelectType() || (query.hasLimit() && query.getLimit() <= wanted)) {
            return query;
        }
        Query capped = query.cloneQuery();
        capped.setLimit(wanted);
        return capped;
    }

    private long remainingNanos(long startedNanos) {
        long remaining = timeoutNanos - (System.nanoTime() - startedNanos);
        if (remaining <= 0) {
            throw timedOut();
        }
        return remaining;
    }

    private SparqlProblem timedOut() {
        return new SparqlProblem(HttpStatus.SERVICE_UNAVAILABLE, "query-timeout",
                "Query cut after the timeout of " + TimeUnit.NANOSECONDS.toSeconds(timeoutNanos) + " s");
    }

    private static boolean causedBy(Throwable e, Class<? extends Throwable> kind) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (kind.isInstance(cause)) {
                return true;
            }
        }
        return false;
    }

    /** The answer outgrew the byte cap: refuse it if nothing was sent yet, otherwise break it off visibly. */
    private void tooLarge(HttpServletResponse response) throws CappedOutputStream.ResultTooLargeException {
        String message = "The answer is larger than " + limits.maxResultSize().toBytes()
                + " bytes (samverkan.sparql.max-result-size); narrow the query or page with LIMIT and OFFSET";
        if (!response.isCommitted()) {
            response.resetBuffer();
            response.setHeader(TRUNCATED_HEADER, null);
            throw new SparqlProblem(HttpStatus.UNPROCESSABLE_CONTENT, "result-too-large", message);
        }
        log.warn("Analyst query answer broken off: {}", message);
        // Already streaming: a checked exception passes Spring's handlers, so Jetty aborts the response
        // without a proper end of body and the client sees the break rather than a silently short answer.
        throw new CappedOutputStream.ResultTooLargeException(limits.maxResultSize().toBytes());
    }
}
