package se.samverkansgrafen.sparql;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.atomic.AtomicInteger;

import com.sun.net.httpserver.HttpServer;

/**
 * A loopback server that answers every request as a SPARQL endpoint would, with a marker
 * value, and counts the requests: the trap a SERVICE clause would have to call.
 */
final class OutboundListener implements AutoCloseable {

    static final String MARKER = "leaked-from-the-listener";

    private final HttpServer server;
    private final AtomicInteger requests = new AtomicInteger();

    OutboundListener() throws IOException {
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

    int requests() {
        return requests.get();
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
