package se.samverkansgrafen.linkeddata;

import java.io.IOException;
import java.util.Map;
import java.util.zip.GZIPOutputStream;

import jakarta.servlet.http.HttpServletResponse;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFWriter;
import org.apache.jena.sparql.core.Quad;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

import se.samverkansgrafen.linkeddata.Descriptions.NamedGraph;
import se.samverkansgrafen.linkeddata.LinkedDataConfiguration.LinkedDataQueries;
import se.samverkansgrafen.query.GraphQueries;
import se.samverkansgrafen.web.DownloadSlots;
import se.samverkansgrafen.web.NotFoundException;
import se.samverkansgrafen.web.StreamedBody;

/**
 * The whole dataset for download, every named graph with its triples, as gzipped TriG or
 * N-Quads. Written as it is read: one graph at a time through the named query
 * graph-triples, each triple straight into Jena's streaming writer and the gzip stream,
 * so no graph and no dump is held in memory. A dump that fails part-way is never passed off
 * as a whole one (StreamedBody); a few downloads run at once (DownloadSlots).
 */
@RestController
class DumpController {

    private static final Map<String, RDFFormat> FORMATS = Map.of(
            "samverkan.trig.gz", RDFFormat.TRIG_BLOCKS,
            "samverkan.nq.gz", RDFFormat.NQUADS);

    private final Descriptions descriptions;
    private final GraphQueries queries;
    private final LinkedDataQueries catalog;
    private final DownloadSlots slots;

    DumpController(Descriptions descriptions, GraphQueries queries, LinkedDataQueries catalog, DownloadSlots slots) {
        this.descriptions = descriptions;
        this.queries = queries;
        this.catalog = catalog;
        this.slots = slots;
    }

    @GetMapping("/dumps/{file}")
    void dump(@PathVariable String file, HttpServletResponse response) throws IOException {
        RDFFormat format = FORMATS.get(file);
        if (format == null) {
            throw new NotFoundException("dump", file);
        }
        slots.run(() -> write(format, file, response));
    }

    private void write(RDFFormat format, String file, HttpServletResponse response) throws IOException {
        var graphs = descriptions.graphs();
        response.setContentType("application/gzip");
        response.setHeader(HttpHeaders.CONTENT_DISPOSITION,
                ContentDisposition.attachment().filename(file).build().toString());
        // Closed only when whole: a gzip stream closed on a failure is a valid file of part of the dump.
        GZIPOutputStream out = new GZIPOutputStream(response.getOutputStream(), 64 * 1024);
        try {
            StreamRDF writer = StreamRDFWriter.getWriterStream(out, format);
            writer.start();
            if (format == RDFFormat.TRIG_BLOCKS) {
                Prefixes.of(descriptions.base()).getNsPrefixMap().forEach(writer::prefix);
            }
            for (NamedGraph graph : graphs) {
                Node graphNode = NodeFactory.createURI(graph.iri());
                queries.constructTriples(catalog.catalog().get("graph-triples"), Map.of("graph", graphNode),
                        triple -> writer.quad(Quad.create(graphNode, triple)));
            }
            writer.finish();
        } catch (RuntimeException failure) {
            StreamedBody.abandon(response);
            throw failure;
        }
        out.close();
    }
}
