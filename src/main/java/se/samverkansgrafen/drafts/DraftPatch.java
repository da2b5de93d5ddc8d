package se.samverkansgrafen.drafts;

import java.util.ArrayList;
import java.util.List;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.shared.PrefixMapping;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.sparql.sse.SSE;

/**
 * Corrections to a draft as a list of operations on its triples, applied all or none.
 * Terms are written as in Turtle with the draft's prefixes: {@code att:x},
 * {@code <https://...>}, {@code "text"@sv}, {@code "2022-11-11"^^xsd:date}.
 * <ul>
 * <li>{@code {"op":"replace","subject":S,"predicate":P,"object":O,"value":V}}: the triple
 * S P O becomes S P V; without {@code object}, S must have exactly one P.</li>
 * <li>{@code {"op":"remove","subject":S,"predicate":P,"object":O}}: removes S P O; without
 * {@code object}, every S P.</li>
 * <li>{@code {"op":"add","subject":S,"predicate":P,"object":O}}: adds S P O.</li>
 * <li>{@code {"op":"set","subject":S,"predicate":P,"value":V}}: S P V becomes S's only P,
 * whether S had a P before or not.</li>
 * </ul>
 */
record DraftPatch(List<Operation> operations) {

    record Operation(String op, String subject, String predicate, String object, String value) {
    }

    /** A copy of {@code draft} with every operation applied; the draft itself is not touched. */
    Graph applyTo(Graph draft) {
        if (operations == null || operations.isEmpty()) {
            throw new DraftUploads.BadPatch("The patch has no operations");
        }
        Graph result = GraphFactory.createDefaultGraph();
        result.getPrefixMapping().setNsPrefixes(draft.getPrefixMapping());
        draft.find().forEachRemaining(result::add);
        PrefixMapping prefixes = draft.getPrefixMapping();
        for (int i = 0; i < operations.size(); i++) {
            Operation op = operations.get(i);
            String where = "operation " + i + " (" + op.op() + ")";
            if (op.op() == null) {
                throw new DraftUploads.BadPatch(where + ": 'op' is missing (replace, remove or add)");
            }
            Node s = term(op.subject(), "subject", where, prefixes);
            Node p = term(op.predicate(), "predicate", where, prefixes);
            switch (op.op()) {
                case "add" -> result.add(Triple.create(s, p, term(op.object(), "object", where, prefixes)));
                case "remove" -> {
                    List<Triple> matches = matches(result, s, p, op.object() == null ? Node.ANY
                            : term(op.object(), "object", where, prefixes));
                    if (matches.isEmpty()) {
                        throw new DraftUploads.BadPatch(where + ": the draft has no such triple");
                    }
                    matches.forEach(result::delete);
                }
                case "replace" -> {
                    Node value = term(op.value(), "value", where, prefixes);
                    List<Triple> matches = matches(result, s, p, op.object() == null ? Node.ANY
                            : term(op.object(), "object", where, prefixes));
                    if (matches.size() != 1) {
                        throw new DraftUploads.BadPatch(where + ": expected one triple to replace, found " + matches.size()
                                + (op.object() == null ? " (name the object)" : ""));
                    }
                    result.delete(matches.get(0));
                    result.add(Triple.create(s, p, value));
                }
                case "set" -> {
                    Node value = term(op.value(), "value", where, prefixes);
                    matches(result, s, p, Node.ANY).forEach(result::delete);
                    result.add(Triple.create(s, p, value));
                }
                default -> throw new DraftUploads.BadPatch(where + ": unknown op; use replace, remove, add or set");
            }
        }
        return result;
    }

    private static List<Triple> matches(Graph graph, Node s, Node p, Node o) {
        return new ArrayList<>(graph.find(s, p, o).toList());
    }

    private static Node term(String text, String field, String where, PrefixMapping prefixes) {
        if (text == null || text.isBlank()) {
            throw new DraftUploads.BadPatch(where + ": '" + field + "' is missing");
        }
        try {
            Node node = SSE.parseNode(text.strip(), prefixes);
            if (node.isVariable() || node.isBlank() && !"object".equals(field) && !"value".equals(field)) {
                throw new DraftUploads.BadPatch(where + ": '" + field + "' must be an IRI or prefixed name, not " + text);
            }
            if (("subject".equals(field) || "predicate".equals(field)) && !node.isURI()) {
                throw new DraftUploads.BadPatch(where + ": '" + field + "' must be an IRI or prefixed name, not " + text);
            }
            return node;
        } catch (org.apache.jena.shared.JenaException e) {
            throw new DraftUploads.BadPatch(where + ": '" + field + "' is not a term: " + text + " (" + e.getMessage() + ")");
        }
    }
}
