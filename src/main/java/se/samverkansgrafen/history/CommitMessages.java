package se.samverkansgrafen.history;

import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.RiotException;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.SKOS;

/** Commit messages that name the meeting a change is about, as the history is read by people. */
public final class CommitMessages {

    private static final Node MEETING = NodeFactory.createURI("https://w3id.org/samverkan/def#Meeting");
    private static final Node DATE = NodeFactory.createURI("https://w3id.org/samverkan/def#date");

    private CommitMessages() {
    }

    /** "Protokoll: <label> (<date>)": the message of an accepted draft. */
    public static String accepted(Graph graph, String path, String detail) {
        return "Protokoll: " + meetings(graph, path) + "\n\n" + detail;
    }

    static String correction(String path, byte[] turtle) {
        Graph graph = GraphFactory.createDefaultGraph();
        try {
            RDFParser.source(new ByteArrayInputStream(turtle)).lang(Lang.TURTLE).parse(graph);
        } catch (RiotException e) {
            return "Rättelse: " + path;
        }
        return "Rättelse: " + meetings(graph, path) + "\n\nFile " + path + ".";
    }

    /** The labels (and dates) of the meetings the graph describes; the path when it describes none. */
    public static String meetings(Graph graph, String fallback) {
        List<String> names = new ArrayList<>();
        graph.find(Node.ANY, RDF.type.asNode(), MEETING).forEachRemaining(t -> {
            Node meeting = t.getSubject();
            String label = graph.find(meeting, SKOS.prefLabel.asNode(), Node.ANY).nextOptional()
                    .map(l -> l.getObject().getLiteralLexicalForm()).orElse(meeting.toString());
            String date = graph.find(meeting, DATE, Node.ANY).nextOptional()
                    .map(d -> d.getObject().getLiteralLexicalForm()).orElse(null);
            names.add(date == null || label.contains(date) ? label : label + " (" + date + ")");
        });
        return names.isEmpty() ? fallback : String.join("; ", names);
    }
}
