package se.samverkansgrafen.store;

import java.util.HashSet;
import java.util.Set;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;

/**
 * What the files of one change name, gathered from their old content and their new: every
 * IRI as subject or object, every IRI as subject, and whether any blank node occurs (no IRI
 * names it, so the derived facts about it can only be computed whole).
 */
final class ChangedIris {

    private final Set<String> named = new HashSet<>();
    private final Set<String> described = new HashSet<>();
    private boolean blankNodes;

    void add(Graph graph) {
        graph.find().forEachRemaining(t -> {
            for (Node node : new Node[] {t.getSubject(), t.getObject()}) {
                if (node.isURI()) {
                    named.add(node.getURI());
                } else if (node.isBlank()) {
                    blankNodes = true;
                }
            }
            if (t.getSubject().isURI()) {
                described.add(t.getSubject().getURI());
            }
        });
    }

    /** The change from {@code versionBefore}; null when the store held no complete load before it. */
    LoadReport.Change change(String versionBefore) {
        return versionBefore == null ? null
                : new LoadReport.Change(versionBefore, Set.copyOf(named), Set.copyOf(described), blankNodes);
    }
}
