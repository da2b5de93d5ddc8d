package se.samverkansgrafen.store;

import java.util.List;

/**
 * Which SPARQL 1.1 store sits behind the service, set by {@code samverkan.store.flavour}.
 * It chooses the endpoints an external store has by default and which form of a named
 * query runs: a query file {@code NAME.rq} may have variants {@code NAME.VARIANT.rq}, and
 * the first variant of {@link #queryVariants()} that exists replaces it.
 */
public enum StoreFlavour {

    /** Apache Jena Fuseki (embedded or external) with the jena-text name index: the queries as written. */
    FUSEKI("query", "update", "data", List.of("fuseki")),

    /**
     * OpenLink Virtuoso: {@code url} is the server's base (http://host:8890); updates and the
     * Graph Store go to the endpoints that ask for HTTP digest authentication.
     */
    VIRTUOSO("sparql", "sparql-auth", "sparql-graph-crud-auth", List.of("virtuoso", "portable")),

    /** Any other SPARQL 1.1 store: the portable forms of the queries, plain SPARQL 1.1. */
    GENERIC("query", "update", "data", List.of("portable"));

    private final String queryPath;
    private final String updatePath;
    private final String gspPath;
    private final List<String> queryVariants;

    StoreFlavour(String queryPath, String updatePath, String gspPath, List<String> queryVariants) {
        this.queryPath = queryPath;
        this.updatePath = updatePath;
        this.gspPath = gspPath;
        this.queryVariants = queryVariants;
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
