package se.samverkansgrafen.drafts;

import java.util.List;

import org.apache.jena.graph.Graph;

/**
 * What an extractor read from a document: the draft's facts, following data/README.md's
 * conventions so that a reviewed draft can become a file under data/sources/ unchanged,
 * and notes on what it could not place.
 *
 * @param graph the draft's triples (its prefix mapping is kept when it is written)
 * @param notes what the extractor wants a reviewer to know, in Swedish or English
 */
public record DraftGraph(Graph graph, List<String> notes) {

    public DraftGraph {
        notes = List.copyOf(notes);
    }
}
