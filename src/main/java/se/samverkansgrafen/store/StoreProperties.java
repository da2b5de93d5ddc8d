package se.samverkansgrafen.store;

import java.net.URI;
import java.time.Duration;
import java.time.temporal.ChronoUnit;
import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.ConstructorBinding;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.boot.convert.DurationUnit;

/**
 * Where the graph lives and what is loaded into it. Every property has an
 * environment-variable form (SAMVERKAN_STORE_URL for samverkan.store.url, ...).
 *
 * @param fuseki embedded Fuseki server settings (embedded mode only)
 * @param store  the TDB2 location (embedded) or the URLs of an external store
 * @param query  query execution limits
 * @param data   the files loaded into named graphs at start
 */
@ConfigurationProperties("samverkan")
public record StoreProperties(Fuseki fuseki, Store store, Query query, Data data) {

    public StoreProperties {
        fuseki = fuseki != null ? fuseki : new Fuseki(3030, "samverkan");
        store = store != null ? store : new Store("var/tdb2", null, null, null, null);
        if (store.url() == null && store.flavour() == StoreFlavour.VIRTUOSO) {
            throw new IllegalArgumentException("samverkan.store.flavour=virtuoso needs samverkan.store.url: "
                    + "the embedded store is Fuseki");
        }
        query = query != null ? query : new Query(Duration.ofSeconds(30), "queries", 1_000_000);
        data = data != null ? data : new Data(".", List.of("ontology", "data"), "ontology/shapes.ttl");
    }

    /** True when no external store URL is set: the service runs Fuseki and TDB2 itself. */
    public boolean embedded() {
        return store.url() == null;
    }

    /**
     * @param port    HTTP port of the embedded Fuseki on 127.0.0.1; 0 picks a free port
     * @param dataset dataset name, served under /{dataset}
     */
    public record Fuseki(@DefaultValue("3030") int port, @DefaultValue("samverkan") String dataset) {
    }

    /**
     * (Paths are kept as strings: Spring would resolve a Path against the servlet context.)
     *
     * @param location  TDB2 directory of the embedded store
     * @param url       dataset URL of an external store (e.g. http://fuseki:3030/samverkan, or a
     *                  Virtuoso server's base http://virtuoso:8890); unset = embedded
     * @param queryUrl  SPARQL query endpoint; defaults to {url}/query ({url}/sparql for Virtuoso)
     * @param updateUrl SPARQL update endpoint; defaults to {url}/update ({url}/sparql-auth for Virtuoso)
     * @param gspUrl    Graph Store Protocol endpoint; defaults to {url}/data ({url}/sparql-graph-crud-auth for Virtuoso)
     * @param flavour   which store it is: fuseki (default), virtuoso or generic; chooses default
     *                  endpoints and the form of the named queries
     * @param username  user for stores that ask for HTTP authentication (Basic or Digest); unset = none
     * @param password  that user's password
     */
    public record Store(@DefaultValue("var/tdb2") String location, URI url, URI queryUrl, URI updateUrl, URI gspUrl,
            @DefaultValue("fuseki") StoreFlavour flavour, String username, String password) {

        @ConstructorBinding
        public Store {
            flavour = flavour != null ? flavour : StoreFlavour.FUSEKI;
        }

        /** A Fuseki store without credentials. */
        public Store(String location, URI url, URI queryUrl, URI updateUrl, URI gspUrl) {
            this(location, url, queryUrl, updateUrl, gspUrl, StoreFlavour.FUSEKI, null, null);
        }

        URI queryEndpoint() {
            return queryUrl != null ? queryUrl : child(flavour.queryPath());
        }

        URI updateEndpoint() {
            return updateUrl != null ? updateUrl : child(flavour.updatePath());
        }

        URI gspEndpoint() {
            return gspUrl != null ? gspUrl : child(flavour.gspPath());
        }

        /** Keeps the password out of logs and error messages. */
        @Override
        public String toString() {
            return "Store[location=" + location + ", url=" + url + ", flavour=" + flavour
                    + (username != null ? ", username=" + username : "") + "]";
        }

        private URI child(String service) {
            String base = url.toString();
            return URI.create(base.endsWith("/") ? base + service : base + "/" + service);
        }
    }

    /**
     * @param timeout   a query running longer than this is cut (property value in seconds)
     * @param directory directory of the named queries (*.rq)
     * @param cacheValues how many values (rows times columns) of named-query answers are kept
     *                    for the data version they were read from; 0 keeps none
     */
    public record Query(@DefaultValue("30") @DurationUnit(ChronoUnit.SECONDS) Duration timeout,
            @DefaultValue("queries") String directory, @DefaultValue("1000000") long cacheValues) {

        public Query {
            if (cacheValues < 0) {
                throw new IllegalArgumentException("samverkan.query.cache-values must be 0 (no cache) or more, got " + cacheValues);
            }
        }
    }

    /**
     * @param root        directory the loaded directories are relative to
     * @param directories directories whose RDF files are loaded, one named graph per file
     * @param shapes      the SHACL shapes file (relative to root) a change must satisfy to be loaded
     */
    public record Data(@DefaultValue(".") String root, @DefaultValue({"ontology", "data"}) List<String> directories,
            @DefaultValue("ontology/shapes.ttl") String shapes) {
    }
}
