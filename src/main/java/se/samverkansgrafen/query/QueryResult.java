package se.samverkansgrafen.query;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.ResultSet;
import org.apache.jena.rdf.model.RDFNode;

/** A SELECT result as plain rows: IRIs as strings, literals as their lexical form (numbers and booleans typed). */
public record QueryResult(List<String> variables, List<Map<String, Object>> rows) {

    static QueryResult of(ResultSet results) {
        List<String> variables = List.copyOf(results.getResultVars());
        List<Map<String, Object>> rows = new ArrayList<>();
        while (results.hasNext()) {
            QuerySolution solution = results.next();
            Map<String, Object> row = new LinkedHashMap<>();
            for (String var : variables) {
                RDFNode value = solution.get(var);
                if (value != null) {
                    row.put(var, plain(value.asNode()));
                }
            }
            rows.add(row);
        }
        return new QueryResult(variables, List.copyOf(rows));
    }

    private static Object plain(Node node) {
        if (node.isURI()) {
            return node.getURI();
        }
        if (node.isBlank()) {
            return "_:" + node.getBlankNodeLabel();
        }
        Object value = node.getLiteralValue();
        if (node.getLiteralDatatype() instanceof XSDDatatype && (value instanceof Number || value instanceof Boolean)) {
            return value instanceof Number n && !(value instanceof Double || value instanceof Float) ? n.longValue() : value;
        }
        return node.getLiteralLexicalForm();
    }

    /**
     * The rows for an API response: every IRI of an entity (under {@value QueryParameter#ID_BASE})
     * gets a companion {@code <variable>Id} holding its slug, the id the API's URLs use.
     */
    public List<Map<String, Object>> withIds() {
        return rows.stream().map(QueryResult::withIds).toList();
    }

    private static Map<String, Object> withIds(Map<String, Object> row) {
        Map<String, Object> out = new LinkedHashMap<>();
        row.forEach((var, value) -> {
            out.put(var, value);
            if (value instanceof String s && s.startsWith(QueryParameter.ID_BASE)) {
                out.put(var + "Id", s.substring(s.lastIndexOf('/') + 1));
            }
        });
        return out;
    }

    /** The first row, if any. */
    public Optional<Map<String, Object>> first() {
        return rows.stream().findFirst();
    }

    /**
     * The first row (with ids) in which {@code variable} is bound: the entity a one-row
     * query describes. Empty when the query found nothing (an aggregate query then still
     * answers one row, with nothing bound but its empty aggregates).
     */
    public Optional<Map<String, Object>> entity(String variable) {
        return withIds().stream().filter(row -> row.containsKey(variable)).findFirst();
    }

    /** The rows (with ids) whose {@code variable} equals {@code value}. */
    public List<Map<String, Object>> withIdsWhere(String variable, Object value) {
        return rows.stream().filter(row -> value.equals(row.get(variable))).map(QueryResult::withIds).toList();
    }

    /** Values of one variable, in row order, skipping rows where it is unbound. */
    public List<Object> column(String variable) {
        return rows.stream().filter(r -> r.containsKey(variable)).map(r -> r.get(variable)).toList();
    }
}
