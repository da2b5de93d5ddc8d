package se.samverkansgrafen.drafts;

import java.io.ByteArrayInputStream;
import java.util.List;
import java.util.Locale;

import org.apache.jena.graph.Graph;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.RiotException;
import org.apache.jena.sparql.graph.GraphFactory;

/** A hand-made draft: a Turtle file (.ttl) is taken as the draft itself, once it parses. */
public class TurtleDraftExtractor implements DraftExtractor {

    @Override
    public DraftGraph extract(String fileName, byte[] content) {
        if (!fileName.toLowerCase(Locale.ROOT).endsWith(".ttl")) {
            throw new DraftExtractionException("'" + fileName + "' is not a Turtle draft (.ttl)");
        }
        Graph graph = GraphFactory.createDefaultGraph();
        try {
            RDFParser.source(new ByteArrayInputStream(content)).lang(Lang.TURTLE).parse(graph);
        } catch (RiotException e) {
            throw new DraftExtractionException("'" + fileName + "' is not valid Turtle: " + e.getMessage(), e);
        }
        if (graph.isEmpty()) {
            throw new DraftExtractionException("'" + fileName + "' holds no triples");
        }
        return new DraftGraph(graph, List.of("Handgjort utkast (Turtle), uppladdat som det är."));
    }
}
