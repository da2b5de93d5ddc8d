package se.samverkansgrafen.exports;

import java.util.HashMap;
import java.util.Map;
import java.util.function.Consumer;

import org.apache.jena.graph.Node;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.rdf.model.RDFNode;
import org.springframework.stereotype.Component;

import se.samverkansgrafen.exports.ExportsConfiguration.ExportQueries;
import se.samverkansgrafen.query.NamedQuery;

/**
 * Runs an export query with request values bound (checked as its parameters declare) and hands
 * on each row, within the downloads' timeout.
 */
@Component
class Rows {

    private final ExportQueries exports;

    Rows(ExportQueries exports) {
        this.exports = exports;
    }

    NamedQuery query(String name) {
        return exports.catalog().get(name);
    }

    /** Each row of the query as text by variable (IRIs as IRIs, literals by their lexical form). */
    void each(NamedQuery query, Map<String, String> values, Consumer<Map<String, String>> row) {
        Map<String, Node> bound = new HashMap<>();
        query.bind(values).forEach((var, node) -> bound.put(var.getVarName(), node));
        exports.runner().select(query, bound, solution -> row.accept(text(solution)));
    }

    private static Map<String, String> text(QuerySolution solution) {
        Map<String, String> row = new HashMap<>();
        solution.varNames().forEachRemaining(name -> {
            RDFNode node = solution.get(name);
            if (node != null) {
                row.put(name, node.isLiteral() ? node.asLiteral().getLexicalForm()
                        : node.isURIResource() ? node.asResource().getURI() : node.toString());
            }
        });
        return row;
    }
}
