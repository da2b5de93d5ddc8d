package se.samverkansgrafen.faults;

import java.io.ByteArrayInputStream;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

import org.apache.jena.graph.Graph;
import org.apache.jena.riot.RDFLanguages;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.graph.GraphFactory;

/**
 * One content a data file had: its bytes, their SHA-256 and the graph they parse to (as the
 * loader parses them, with the file's URI as base). {@link #ABSENT} stands for "never loaded".
 */
record FileVersion(String label, String sha256, Graph graph) {

    static final FileVersion ABSENT = new FileVersion("absent", null, GraphFactory.createDefaultGraph());

    static FileVersion of(String label, Path file, byte[] content) {
        Graph graph = GraphFactory.createDefaultGraph();
        RDFParser.create()
                .source(new ByteArrayInputStream(content))
                .lang(RDFLanguages.filenameToLang(file.getFileName().toString()))
                .base(file.toUri().toString())
                .parse(graph);
        return new FileVersion(label, sha256(content), graph);
    }

    boolean absent() {
        return sha256 == null;
    }

    /** Whether a graph read from the store is exactly this content. */
    boolean matches(Graph stored) {
        return stored.size() == graph.size() && (graph.isEmpty() || stored.isIsomorphicWith(graph));
    }

    private static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public String toString() {
        return label;
    }
}
