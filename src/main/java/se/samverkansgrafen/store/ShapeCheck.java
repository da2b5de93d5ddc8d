package se.samverkansgrafen.store;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.GraphUtil;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.shacl.Shapes;
import org.apache.jena.shacl.ValidationReport;
import org.apache.jena.shacl.engine.Target;
import org.apache.jena.shacl.engine.ValidationContext;
import org.apache.jena.shacl.engine.constraint.ClassConstraint;
import org.apache.jena.shacl.parser.Shape;
import org.apache.jena.shacl.validation.ReportEntry;
import org.apache.jena.shacl.validation.VLib;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.system.G;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;

/**
 * Validates changed files against the SHACL shapes without the whole graph: the focus
 * nodes are the subjects the changed files describe, and the data they are checked
 * against is the changed files' new content plus what the store's other graphs say about
 * every node those files name (their other properties, the types and schemes of what they
 * point to) and the class hierarchy above the types met. That is what the shapes here look
 * at: predicate paths from the focus node, sh:class and sh:node on the values one step
 * away. Each violation is blamed on the changed files that describe its focus node, so that
 * a change that breaks the shapes is refused instead of served; a reference to a node no
 * graph types is the missing node's problem (e.g. a file refused for a syntax error), not
 * the referring file's, and is reported without refusing anything.
 */
final class ShapeCheck {

    private static final int EXAMPLES = 3;

    /**
     * The outcome: refused changed files with their reasons, every violation blamed on each
     * of them, and violations no changed file is to blame for.
     */
    record Outcome(Map<String, String> refusedFiles, Map<String, List<String>> blamed, List<String> otherViolations) {
    }

    private final Shapes shapes;
    private final Neighbourhood store;

    ShapeCheck(Shapes shapes, Neighbourhood store) {
        this.shapes = shapes;
        this.store = store;
    }

    /**
     * @param changed the new content of the changed files (relative path to content)
     * @param leftOut the named graphs whose stored content the change replaces or deletes
     */
    Outcome check(Map<String, Graph> changed, Set<Node> leftOut) {
        Graph data = GraphFactory.createGraphMem();
        Set<Node> focus = new LinkedHashSet<>();
        Set<Node> named = new HashSet<>();
        for (Graph graph : changed.values()) {
            GraphUtil.addInto(data, graph);
            graph.find().forEachRemaining(t -> {
                focus.add(t.getSubject());
                if (t.getSubject().isURI()) {
                    named.add(t.getSubject());
                }
                if (t.getObject().isURI()) {
                    named.add(t.getObject());
                }
            });
        }
        GraphUtil.addInto(data, store.about(named, leftOut));
        // The values other graphs give the focus nodes (a matter's kind stated in the reference data).
        Set<Node> values = new HashSet<>();
        for (Node node : focus) {
            data.find(node, Node.ANY, Node.ANY).forEachRemaining(t -> {
                if (t.getObject().isURI() && !named.contains(t.getObject())) {
                    values.add(t.getObject());
                }
            });
        }
        GraphUtil.addInto(data, store.about(values, leftOut));
        named.addAll(values);
        addClassHierarchy(data, named, leftOut);

        ValidationContext context = ValidationContext.create(shapes, data);
        Map<Node, List<Node>> classesAbove = new HashMap<>();
        for (Node node : focus) {
            Set<Node> classes = classesOf(data, node, classesAbove);
            for (Shape shape : shapes.getTargetShapes()) {
                if (targets(shape, node, data, classes)) {
                    VLib.validateShape(context, data, shape, node);
                }
            }
        }
        return blame(context.generateReport(), changed, data);
    }

    /**
     * Whether the shape targets the node, as {@link VLib#isFocusNode(Shape, Node, Graph)} says,
     * with the node's classes worked out once for all shapes: asked per shape and node, every
     * target class's subclasses were walked again (a third of a check's time at L).
     */
    private static boolean targets(Shape shape, Node node, Graph data, Set<Node> classes) {
        for (Target target : shape.getTargets()) {
            boolean targeted = switch (target.getTargetType()) {
                case targetClass, implicitClass -> classes.contains(target.getObject());
                default -> VLib.isFocusNode(target, node, data);
            };
            if (targeted) {
                return true;
            }
        }
        return false;
    }

    /** The node's types and every class above them (rdfs:subClassOf*): a SHACL instance of each. */
    private static Set<Node> classesOf(Graph data, Node node, Map<Node, List<Node>> classesAbove) {
        Set<Node> classes = new HashSet<>();
        data.find(node, RDF.type.asNode(), Node.ANY).forEachRemaining(t -> classes.addAll(
                classesAbove.computeIfAbsent(t.getObject(), type -> G.listSuperClasses(data, type))));
        return classes;
    }

    /** Adds what the store says about every class met (and their superclasses), until no new class turns up. */
    private void addClassHierarchy(Graph data, Set<Node> fetched, Set<Node> leftOut) {
        Set<Node> seen = new HashSet<>(fetched);
        Set<Node> classes = classesIn(data, seen);
        while (!classes.isEmpty()) {
            seen.addAll(classes);
            GraphUtil.addInto(data, store.about(classes, leftOut));
            classes = classesIn(data, seen);
        }
    }

    private static Set<Node> classesIn(Graph data, Set<Node> seen) {
        Set<Node> classes = new HashSet<>();
        for (Node property : List.of(RDF.type.asNode(), RDFS.subClassOf.asNode())) {
            data.find(Node.ANY, property, Node.ANY).forEachRemaining((Triple t) -> {
                if (t.getObject().isURI() && !seen.contains(t.getObject())) {
                    classes.add(t.getObject());
                }
            });
        }
        return classes;
    }

    private static Outcome blame(ValidationReport report, Map<String, Graph> changed, Graph data) {
        Map<String, List<String>> blamed = new LinkedHashMap<>();
        List<String> other = new ArrayList<>();
        for (ReportEntry entry : report.getEntries()) {
            String message = describe(entry);
            boolean dangling = entry.constraint() instanceof ClassConstraint && entry.value() != null
                    && !data.contains(entry.value(), RDF.type.asNode(), Node.ANY);
            List<String> culprits = dangling ? List.of() : changed.entrySet().stream()
                    .filter(file -> file.getValue().contains(entry.focusNode(), Node.ANY, Node.ANY))
                    .map(Map.Entry::getKey)
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
