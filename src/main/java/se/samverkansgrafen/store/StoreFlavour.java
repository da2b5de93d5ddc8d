package se.samverkansgrafen.store;

import java.util.List;

import org.apache.jena.sparql.exec.http.QuerySendMode;

/**
 * Which SPARQL 1.1 store sits behind the service, set by {@code samverkan.store.flavour}.
 * It chooses the endpoints an external store has by default and which form of a named
 * query runs: a query file {@code NAME.rq} may have variants {@code NAME.VARIANT.rq}, and
 * the first variant of {@link #queryVariants()} that exists replaces it.
 */
public enum StoreFlavour {

    /** Apache Jena Fuseki (embedded or external) with the jena-text name index: the queries as written. */
    FUSEKI("query", "update", "data", List.of("fuseki"), true),

    /**
     * OpenLink Virtuoso: {@code url} is the server's base (http://host:8890); updates and the
     * Graph Store go to the endpoints that ask for HTTP digest authentication.
     */
    VIRTUOSO("sparql", "sparql-auth", "sparql-graph-crud-auth", List.of("virtuoso", "portable"), false),

    /** Any other SPARQL 1.1 store: the portable forms of the queries, plain SPARQL 1.1. */
    GENERIC("query", "update", "data", List.of("portable"), true);

    private final String queryPath;
    private final String updatePath;
    private final String gspPath;
    private final List<String> queryVariants;
    private final boolean blankNodesInInsertData;

    StoreFlavour(String queryPath, String updatePath, String gspPath, List<String> queryVariants,
            boolean blankNodesInInsertData) {
        this.queryPath = queryPath;
        this.updatePath = updatePath;
        this.gspPath = gspPath;
        this.queryVariants = queryVariants;
        this.blankNodesInInsertData = blankNodesInInsertData;
    }

    /**
     * Whether INSERT DATA may carry blank nodes. Virtuoso 7 refuses them there ("Blank node
     * is not allowed in a constant clause"), so its graphs are written as INSERT { … } WHERE { },
     * whose template makes the same fresh blank nodes.
     */
    public boolean blankNodesInInsertData() {
        return blankNodesInInsertData;
    }

    /**
     * How a query travels: GET while short, then POST. Virtuoso 7 never answers a POST of
     * application/sparql-query, so its long queries go as an HTML form (query=…).
     */
    public QuerySendMode querySendMode() {
        return this == VIRTUOSO ? QuerySendMode.asGetWithLimitForm : QuerySendMode.systemDefault;
    }

    /**
     * Whether the default graph is the union of the named graphs as a bag, so that a triple
     * stated in two files matches twice (Virtuoso); Fuseki's union default graph is a set.
     */
    public boolean bagUnionDefaultGraph() {
        return this == VIRTUOSO;
    }

    /** Variant names of a named query to prefer over its base form, first match wins. */
    public List<String> queryVariants() {
        return queryVariants;
    }

    String queryPath() {
        return queryPath;
    }

    String updatePath() {
        return updatePath;
    }

    String gspPath() {
        return gspPath;
    }
}
