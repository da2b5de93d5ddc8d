package se.samverkansgrafen.store;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.compose.MultiUnion;
import org.apache.jena.shacl.ShaclValidator;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.shacl.Shapes;
import org.apache.jena.shacl.ValidationReport;
import org.apache.jena.shacl.engine.constraint.ClassConstraint;
import org.apache.jena.shacl.validation.ReportEntry;

/**
 * Validates the graphs as they would stand after a load against the SHACL shapes, and
 * blames each violation on the changed files that describe its focus node, so that a
 * change that breaks the shapes is refused instead of served. Violations nobody changed,
 * and references to nodes no graph types, are reported but refuse nothing.
 */
final class ShapeCheck {

    private static final int EXAMPLES = 3;

    /**
     * The outcome: refused changed files with their reasons, every violation blamed on each
     * of them, and violations no changed file describes.
     */
    record Outcome(Map<String, String> refusedFiles, Map<String, List<String>> blamed, List<String> otherViolations) {
    }

    private ShapeCheck() {
    }

    /**
     * @param graphs  every file's graph as it would stand (relative path to content)
     * @param changed the paths whose content is new in this load
     * @param shapes  the shapes graph
     */
    static Outcome check(Map<String, Graph> graphs, Set<String> changed, Graph shapes) {
        MultiUnion union = new MultiUnion();
        graphs.values().forEach(union::addGraph);
        ValidationReport report = ShaclValidator.get().validate(Shapes.parse(shapes), union);

        Map<String, List<String>> blamed = new LinkedHashMap<>();
        List<String> other = new ArrayList<>();
        for (ReportEntry entry : report.getEntries()) {
            String message = describe(entry);
            // A reference to something no graph types is the missing file's problem
            // (e.g. one refused for a syntax error), not the referring file's.
            boolean dangling = entry.constraint() instanceof ClassConstraint && entry.value() != null
                    && !union.contains(entry.value(), RDF.type.asNode(), Node.ANY);
            List<String> culprits = dangling ? List.of() : changed.stream()
                    .filter(path -> graphs.get(path).contains(entry.focusNode(), Node.ANY, Node.ANY))
                    .toList();
            if (culprits.isEmpty()) {
                other.add(message);
            } else {
                culprits.forEach(path -> blamed.computeIfAbsent(path, p -> new ArrayList<>()).add(message));
            }
        }
        Map<String, String> refused = blamed.entrySet().stream().collect(Collectors.toMap(Map.Entry::getKey,
                e -> "violates the SHACL shapes (" + e.getValue().size() + " results), e.g. "
                        + String.join("; ", e.getValue().subList(0, Math.min(EXAMPLES, e.getValue().size()))),
                (a, b) -> a, LinkedHashMap::new));
        return new Outcome(refused, blamed, other);
    }

    private static String describe(ReportEntry entry) {
        return entry.focusNode() + (entry.resultPath() != null ? " " + entry.resultPath() : "") + ": " + entry.message();
    }
}
