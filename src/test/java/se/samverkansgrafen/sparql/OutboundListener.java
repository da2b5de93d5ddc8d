package se.samverkansgrafen.sparql;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import com.sun.net.httpserver.HttpServer;

/**
 * A loopback server that answers every request as a SPARQL endpoint would, with a marker
 * value, and counts the requests: the trap a SERVICE clause would have to call.
 */
public final class OutboundListener implements AutoCloseable {

    /** Every placement of SERVICE an attacker tried, with {@code <U>} for the listener's URL. */
    public static final List<String> SERVICE_FORMS = List.of(
            "SELECT * WHERE { SERVICE <U> { ?s ?p ?o } }",
            "SELECT * WHERE { SERVICE SILENT <U> { ?s ?p ?o } }",
            "SELECT * WHERE { VALUES ?u { <U> } SERVICE ?u { ?s ?p ?o } }",
            "SELECT * WHERE { { SELECT * WHERE { SERVICE <U> { ?s ?p ?o } } } }",
            "SELECT * WHERE { { SELECT ?s WHERE { { SELECT * WHERE { SERVICE <U> { ?s ?p ?o } } } } } }",
            "SELECT * WHERE { ?x a <http://xmlns.com/foaf/0.1/Person> FILTER EXISTS { SERVICE <U> { ?x ?p ?o } } }",
            "SELECT * WHERE { ?x a <http://xmlns.com/foaf/0.1/Person> FILTER NOT EXISTS { SERVICE <U> { ?x ?p ?o } } }",
            "SELECT * WHERE { ?x a <http://xmlns.com/foaf/0.1/Person> BIND(EXISTS { SERVICE <U> { ?x ?p ?o } } AS ?e) }",
            "SELECT (EXISTS { SERVICE <U> { ?s ?p ?o } } AS ?e) WHERE { }",
            "SELECT ?x WHERE { ?x a <http://xmlns.com/foaf/0.1/Person> } ORDER BY (EXISTS { SERVICE <U> { ?x ?p ?o } })",
            "SELECT ?x WHERE { ?x a <http://xmlns.com/foaf/0.1/Person> } GROUP BY ?x HAVING (EXISTS { SERVICE <U> { ?x ?p ?o } })",
            "SELECT ?k WHERE { ?x ?y ?z } GROUP BY (EXISTS { SERVICE <U> { ?x ?p ?o } } AS ?k)",
            "CONSTRUCT { ?s ?p ?o } WHERE { { SELECT * WHERE { SERVICE <U> { ?s ?p ?o } } } }",
            "DESCRIBE ?s WHERE { SERVICE <U> { ?s ?p ?o } }",
            "ASK { SERVICE <U> { ?s ?p ?o } }",
            "SELECT * WHERE { ?x a <http://xmlns.com/foaf/0.1/Person> OPTIONAL { SERVICE <U> { ?x ?p ?o } } }",
            "SELECT * WHERE { ?x a <http://xmlns.com/foaf/0.1/Person> MINUS { SERVICE <U> { ?x ?p ?o } } }",
            "SELECT * WHERE { { ?x a <http://xmlns.com/foaf/0.1/Person> } UNION { SERVICE <U> { ?x ?p ?o } } }",
            "SELECT * WHERE { GRAPH ?g { ?x a <http://xmlns.com/foaf/0.1/Person> } GRAPH ?g { SERVICE <U> { ?x ?p ?o } } }",
            "SELECT * WHERE { ?x a <http://xmlns.com/foaf/0.1/Person> OPTIONAL { BIND(EXISTS { SERVICE <U> { ?x ?p ?o } } AS ?e) } }",
            "SELECT * WHERE { FILTER NOT EXISTS { { SELECT * WHERE { SERVICE <U> { ?s ?p ?o } } } } }",
            "SELECT * WHERE { ?x a <http://xmlns.com/foaf/0.1/Person> FILTER (?x != <urn:x> && EXISTS { SERVICE <U> { ?x ?p ?o } }) }");


    public static final String MARKER = "leaked-from-the-listener";

    private final HttpServer server;
    private final AtomicInteger requests = new AtomicInteger();

    public OutboundListener() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", exchange -> {
            requests.incrementAndGet();
            byte[] body = ("{\"head\":{\"vars\":[\"s\",\"p\",\"o\",\"x\"]},\"results\":{\"bindings\":[{\"s\":{\"type\":\"literal\",\"value\":\""
                    + MARKER + "\"}}]}}").getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().set("Content-Type", "application/sparql-results+json");
            exchange.sendResponseHeaders(200, body.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        });
        server.start();
    }

    String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/sparql";
    }

    /** A form of {@link #SERVICE_FORMS} calling this listener. */
    public String aimedAt(String form) {
        return form.replace("<U>", "<" + url() + ">");
    }

    public int requests() {
        return requests.get();
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
