package se.samverkansgrafen.query;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.ResultSet;
import org.apache.jena.rdf.model.RDFNode;

/**
 * A SELECT result as plain rows: IRIs as strings, numbers and booleans as JSON numbers and
 * booleans of their datatype, other literals (dates included) as their lexical form.
 */
public record QueryResult(List<String> variables, List<Map<String, Object>> rows) {

    public static QueryResult of(ResultSet results) {
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
            // Unmodifiable: an answer may be kept (AnswerCache) and handed to many requests.
            rows.add(Collections.unmodifiableMap(row));
        }
        return new QueryResult(variables, List.copyOf(rows));
    }

    /**
     * A term as a JSON-ready value that keeps its datatype: xsd:decimal as a
     * {@link BigDecimal} (1.5 stays 1.5, 2.0 stays 2.0), xsd:double and xsd:float as a double,
     * xsd:integer and its subtypes as an integer (a {@link BigInteger} past the range of
     * long), xsd:boolean as a boolean. Everything else, dates included ("2022-11-11"), and
     * any ill-formed or non-finite number, is its lexical form.
     */
    static Object plain(Node node) {
        if (node.isURI()) {
            return node.getURI();
        }
        if (node.isBlank()) {
            return "_:" + node.getBlankNodeLabel();
        }
        String lexical = node.getLiteralLexicalForm();
        if (!(node.getLiteralDatatype() instanceof XSDDatatype type) || !node.getLiteral().isWellFormed()) {
            return lexical;
        }
        Object value = node.getLiteralValue();
        if (type.equals(XSDDatatype.XSDdecimal)) {
            return value instanceof BigDecimal decimal ? decimal : new BigDecimal(lexical.strip());
        }
        if (value instanceof Double || value instanceof Float) {
            double d = ((Number) value).doubleValue();
            return Double.isFinite(d) ? (Object) d : lexical;
        }
        if (value instanceof BigInteger big) {
            return big.bitLength() < 64 ? (Object) big.longValue() : big;
        }
        if (value instanceof Number n) {
            return n.longValue();
        }
        if (value instanceof Boolean) {
            return value;
        }
        return lexical;
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

    /**
     * The rows (with ids) as records whose components are named after the query's variables;
     * see {@link RowRecords} for how a record that names an unknown variable is refused.
     */
    public <R extends Record> List<R> as(Class<R> type) {
        RowRecords.check(variables, type);
        return withIds().stream().map(row -> RowRecords.fill(row, type)).toList();
    }

    /** The rows whose {@code variable} equals {@code value}, as records (see {@link #as(Class)}). */
    public <R extends Record> List<R> asWhere(String variable, Object value, Class<R> type) {
        RowRecords.check(variables, type);
        return withIdsWhere(variable, value).stream().map(row -> RowRecords.fill(row, type)).toList();
    }

    /** {@link #entity(String)} as a record (see {@link #as(Class)}). */
    public <R extends Record> Optional<R> entityAs(String variable, Class<R> type) {
        RowRecords.check(variables, type);
        return entity(variable).map(row -> RowRecords.fill(row, type));
    }

    /** Values of one variable, in row order, skipping rows where it is unbound. */
    public List<Object> column(String variable) {
        return rows.stream().filter(r -> r.containsKey(variable)).map(r -> r.get(variable)).toList();
    }
}
