package se.samverkansgrafen.query;

import java.time.Duration;
import java.util.Iterator;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.query.QueryCancelledException;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.QuerySolutionMap;
import org.apache.jena.query.ResultSet;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdfconnection.RDFConnection;
import org.apache.jena.sparql.util.ModelUtils;
import org.apache.jena.system.Txn;

import se.samverkansgrafen.store.TripleStore;

/**
 * Runs named queries of every form (SELECT row by row, CONSTRUCT as a model or triple by
 * triple, ASK) with values bound by substitution, for readers that stream what they read
 * (exports, dumps) or need a graph back (Linked Data descriptions). Each call is one read
 * transaction on a connection of its own.
 */
public final class GraphQueries {

    private final TripleStore store;
    private final Duration timeout;

    public GraphQueries(TripleStore store, Duration timeout) {
        this.store = store;
        this.timeout = timeout;
    }

    /** Hands each solution of a SELECT query to {@code row}, in the query's order, without collecting them. */
    public void select(NamedQuery query, Map<String, Node> values, Consumer<QuerySolution> row) {
        run(query, values, true, exec -> {
            ResultSet results = exec.execSelect();
            results.forEachRemaining(row);
            return null;
        });
    }

    /** The graph a CONSTRUCT query builds. */
    public Model construct(NamedQuery query, Map<String, Node> values) {
        return run(query, values, true, QueryExecution::execConstruct);
    }

    /**
     * Hands each triple a CONSTRUCT query yields to {@code triple} as it comes, without the
     * query timeout: for dumps, whose length grows with the data and the client's pace.
     */
    public void constructTriples(NamedQuery query, Map<String, Node> values, Consumer<Triple> triple) {
        run(query, values, false, exec -> {
            Iterator<Triple> triples = exec.execConstructTriples();
            triples.forEachRemaining(triple);
            return null;
        });
    }

    public boolean ask(NamedQuery query, Map<String, Node> values) {
        return run(query, values, true, QueryExecution::execAsk);
    }

    private <T> T run(NamedQuery query, Map<String, Node> values, boolean bounded,
            java.util.function.Function<QueryExecution, T> action) {
        QuerySolutionMap substitution = new QuerySolutionMap();
        values.forEach((name, node) -> substitution.add(name, ModelUtils.convertGraphNodeToRDFNode(node)));
        try (RDFConnection conn = store.connect()) {
            // A local connection needs a read transaction around execution.
            return Txn.calculateRead(conn, () -> {
                var builder = conn.newQuery().query(query.query()).substitution(substitution);
                if (bounded) {
                    builder = builder.timeout(timeout.toMillis(), TimeUnit.MILLISECONDS);
                }
                try (QueryExecution exec = builder.build()) {
                    return action.apply(exec);
                }
            });
        } catch (QueryCancelledException e) {
            throw new QueryRunner.QueryTimeoutException(query.name(), timeout);
        }
    }
}
