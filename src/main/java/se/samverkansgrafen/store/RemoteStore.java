package se.samverkansgrafen.store;

import java.net.http.HttpClient;
import java.time.Duration;
import java.util.List;

import org.apache.jena.http.auth.AuthEnv;
import org.apache.jena.rdfconnection.RDFConnection;
import org.apache.jena.rdfconnection.RDFConnectionRemote;

/**
 * External mode: an existing SPARQL 1.1 store (Fuseki or any other that implements the
 * Query, Update and Graph Store protocols), reached only over HTTP. When a user is set, its
 * password answers the store's HTTP Basic or Digest challenges (Virtuoso's /sparql-auth asks
 * for Digest) on the update and Graph Store endpoints; Jena's HTTP layer does the handshake.
 */
final class RemoteStore implements TripleStore {

    private final StoreProperties.Store store;
    private final HttpClient httpClient;

    /** Connecting gives up after this, or after the query timeout if that is shorter. */
    static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(5);

    /**
     * @param queryTimeout bounds connecting as well: with the store down, a request fails
     *                     (and is answered 503) within it instead of holding its thread
     */
    RemoteStore(StoreProperties.Store store, Duration queryTimeout) {
        this.store = store;
        this.httpClient = HttpClient.newBuilder()
                .connectTimeout(queryTimeout.compareTo(CONNECT_TIMEOUT) < 0 ? queryTimeout : CONNECT_TIMEOUT)
                .followRedirects(HttpClient.Redirect.NORMAL)
                .build();
        if (store.username() != null) {
            // Jena keeps credentials per endpoint in one registry for the JVM; close() takes them out.
            for (var endpoint : List.of(store.updateEndpoint(), store.gspEndpoint())) {
                AuthEnv.get().registerUsernamePassword(endpoint, store.username(),
                        store.password() != null ? store.password() : "");
            }
        }
    }

    @Override
    public StoreFlavour flavour() {
        return store.flavour();
    }

    @Override
    public RDFConnection connect() {
        return RDFConnectionRemote.newBuilder()
                .httpClient(httpClient)
                .queryEndpoint(store.queryEndpoint().toString())
                .updateEndpoint(store.updateEndpoint().toString())
                .gspEndpoint(store.gspEndpoint().toString())
                .querySendMode(store.flavour().querySendMode())
                .build();
    }

    @Override
    public String mode() {
        return "external";
    }

    @Override
    public String queryEndpoint() {
        return store.queryEndpoint().toString();
    }

    @Override
    public void close() {
        if (store.username() != null) {
            AuthEnv.get().unregisterUsernamePassword(store.updateEndpoint());
            AuthEnv.get().unregisterUsernamePassword(store.gspEndpoint());
        }
        httpClient.close();
    }
}
