package se.samverkansgrafen.store;

import org.apache.jena.query.Query;
import org.apache.jena.rdfconnection.RDFConnection;

/**
 * The graph store the service reads and loads: either the embedded TDB2 dataset served
 * by an in-process Fuseki, or an external SPARQL 1.1 store. Everything above this
 * interface speaks the SPARQL 1.1 Query and Update and Graph Store protocols through
 * {@link RDFConnection}, so both modes behave the same.
 */
public interface TripleStore extends AutoCloseable {

    /** A new connection; the caller closes it. */
    RDFConnection connect();

    /**
     * A connection and the query to run on it such that the query's dataset description
     * (FROM and FROM NAMED) is honoured. A remote store reads it from the query text, so by
     * default this is the query as it is on a new connection; the caller closes the connection.
     */
    default PreparedQuery prepare(Query query) {
        return new PreparedQuery(connect(), query);
    }

    /** A query ready to run on its connection. */
    record PreparedQuery(RDFConnection connection, Query query) implements AutoCloseable {
        @Override
        public void close() {
            connection.close();
        }
    }

    /** Which store this is; the embedded one is Fuseki. */
    default StoreFlavour flavour() {
        return StoreFlavour.FUSEKI;
    }

    /** "embedded" or "external". */
    String mode();

    /** The SPARQL query endpoint others can reach over HTTP. */
    String queryEndpoint();

    @Override
    void close();
}
