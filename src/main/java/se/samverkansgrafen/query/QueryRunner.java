package se.samverkansgrafen.query;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.BiConsumer;

import org.apache.jena.query.QueryCancelledException;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QueryExecutionBuilder;
import org.apache.jena.query.QuerySolutionMap;
import org.apache.jena.sparql.util.ModelUtils;
import org.apache.jena.system.Txn;
import org.apache.jena.rdfconnection.RDFConnection;
import org.apache.jena.sparql.engine.binding.Binding;

import se.samverkansgrafen.store.StoreFlavour;
import se.samverkansgrafen.store.TripleStore;

/** Runs named queries against the store with bound values and the configured timeout. */
public final class QueryRunner {

    private final TripleStore store;
    private final NamedQueryCatalog catalog;
    private final Duration timeout;
    /** Answers kept per data version; null runs every query. */
    private final AnswerCache answers;
    /** Sees each query run with its binding; the benchmark replays that work against its references. */
    private volatile BiConsumer<NamedQuery, Binding> observer;

    /** A runner that runs every query it is asked. */
    public QueryRunner(TripleStore store, NamedQueryCatalog catalog, Duration timeout) {
        this(store, catalog, timeout, null);
    }

    /** A runner that answers a repeated query from {@code answers} while the data version holds. */
    public QueryRunner(TripleStore store, NamedQueryCatalog catalog, Duration timeout, AnswerCache answers) {
        this.store = store;
        this.catalog = catalog;
        this.timeout = timeout;
        this.answers = answers;
    }

    public NamedQueryCatalog catalog() {
        return catalog;
    }

    /** Runs the SELECT query {@code name} with request values bound to its parameters. */
    public QueryResult select(String name, Map<String, String> values) {
        NamedQuery query = catalog.find(name).orElseThrow(() -> new UnknownQueryException(name));
        return select(query, query.bind(values));
    }

    /**
     * Checks a value for a parameter of a named query as binding it would, without running
     * the query: for pages that take a value before they pass it on (a redirect, a form).
     */
    public void check(String queryName, String parameter, String value) {
        catalog.get(queryName).parameters().stream().filter(p -> p.name().equals(parameter)).findFirst()
                .orElseThrow(() -> new IllegalStateException(queryName + ".rq has no parameter " + parameter))
                .toNode(value);
    }

    /** Sets (or with null, clears) the one observer of the queries run: for measuring, not serving. */
    public void observe(BiConsumer<NamedQuery, Binding> observer) {
        this.observer = observer;
    }

    public QueryResult select(NamedQuery query, Binding binding) {
        BiConsumer<NamedQuery, Binding> seen = observer;
        if (seen != null) {
            seen.accept(query, binding);
        }
        return answers == null ? run(query, binding) : answers.answer(query, binding, () -> run(query, binding));
    }

    private QueryResult run(NamedQuery query, Binding binding) {
        try (RDFConnection conn = store.connect()) {
            // A local connection needs a read transaction around execution.
            return Txn.calculateRead(conn, () -> {
                // Fuseki binds the values itself; other stores get the query with the values in its syntax.
                QueryExecutionBuilder builder = store.flavour() == StoreFlavour.FUSEKI
                        ? conn.newQuery().query(query.query()).substitution(solution(binding))
                        : conn.newQuery().query(BoundQuery.forStore(query.query(), binding, store.flavour()));
                try (QueryExecution exec = builder
                        .timeout(timeout.toMillis(), TimeUnit.MILLISECONDS)
                        .build()) {
                    return QueryResult.of(exec.execSelect());
                }
            });
        } catch (QueryCancelledException e) {
            throw new QueryTimeoutException(query.name(), timeout);
        }
    }

    private static QuerySolutionMap solution(Binding binding) {
        QuerySolutionMap solution = new QuerySolutionMap();
        binding.forEach((var, node) -> solution.add(var.getVarName(), ModelUtils.convertGraphNodeToRDFNode(node)));
        return solution;
    }

    /** A name that is not in queries/. */
    public static class UnknownQueryException extends RuntimeException {
        public UnknownQueryException(String name) {
            super("No named query '" + name + "'");
        }
    }

    /** A query cut at the configured timeout. */
    public static class QueryTimeoutException extends RuntimeException {
        public QueryTimeoutException(String name, Duration timeout) {
            super("Query '" + name + "' was cut after the timeout of " + timeout.toSeconds() + " s");
        }
    }
}
