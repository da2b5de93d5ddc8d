package se.samverkansgrafen.store;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.stream.Collectors;

/** IRIs of the named graphs: one per loaded file, derived from its path, plus the load record. */
public final class GraphNames {

    public static final String GRAPH_BASE = "https://w3id.org/samverkan/graph/";

    /** The graph recording, for each loaded file's graph, its path, content hash and size. */
    public static final String LOAD_RECORD_GRAPH = GRAPH_BASE + "_load";

    /** The graph of facts derived from the files' graphs at load time (see DerivedFacts). */
    public static final String DERIVED_GRAPH = GRAPH_BASE + "_derived";

    private GraphNames() {
    }

    /** The graph IRI for a file at {@code relativePath} (slash-separated, e.g. data/sources/x.ttl). */
    public static String forPath(String relativePath) {
        return GRAPH_BASE + Arrays.stream(relativePath.split("/"))
                .map(segment -> URLEncoder.encode(segment, StandardCharsets.UTF_8).replace("+", "%20"))
                .collect(Collectors.joining("/"));
    }
}
