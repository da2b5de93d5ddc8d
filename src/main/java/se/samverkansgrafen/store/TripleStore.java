package se.samverkansgrafen.store;

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

    /** "embedded" or "external". */
    String mode();

    /** The SPARQL query endpoint others can reach over HTTP. */
    String queryEndpoint();

    @Override
    void close();
}
