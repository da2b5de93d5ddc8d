package se.samverkansgrafen.drafts;

import java.io.ByteArrayInputStream;
import java.util.List;
import java.util.Locale;

import org.apache.jena.graph.Graph;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.RiotException;
import org.apache.jena.sparql.graph.GraphFactory;

/**
 * A hand-made draft: a Turtle file (.ttl) is taken as the draft itself, once it parses.
 * Reading minutes (PDF, DOCX, ODT, text) is the ingestion extractor's job; until it is
 * plugged in, such an upload is refused with a message saying so. An extractor for minutes
 * should hand .ttl uploads to this class.
 */
public class TurtleDraftExtractor implements DraftExtractor {

    @Override
    public DraftGraph extract(String fileName, byte[] content) {
        if (!fileName.toLowerCase(Locale.ROOT).endsWith(".ttl")) {
            throw new DraftExtractionException("Only hand-made Turtle drafts (.ttl) can be read in this build; '"
                    + fileName + "' needs the minutes reader");
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
