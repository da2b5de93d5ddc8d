package se.samverkansgrafen.store;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A loopback TCP proxy in front of a real store that breaks the connection of the first PUT
 * requests it passes: it hangs up once a PUT's request line has come in, as a server does
 * that answers a request before reading its body. Everything else is passed through.
 */
final class BreakingProxy implements AutoCloseable {

    private final ServerSocket server;
    private final String targetHost;
    private final int targetPort;
    private final AtomicInteger stillToBreak;
    private final AtomicInteger broken = new AtomicInteger();

    /** @param target a URL of the store; only its host and port are used */
    BreakingProxy(URI target, int connectionsToBreak) {
        this.targetHost = target.getHost();
        this.targetPort = target.getPort();
        this.stillToBreak = new AtomicInteger(connectionsToBreak);
        try {
            this.server = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Thread.ofVirtual().start(this::accept);
    }

    /** The URL that reaches {@code target} through this proxy. */
    URI through(URI target) {
        return URI.create("http://127.0.0.1:" + server.getLocalPort() + target.getRawPath()
                + (target.getRawQuery() != null ? "?" + target.getRawQuery() : ""));
    }

    /** How many PUT connections were broken so far. */
    int broken() {
        return broken.get();
    }

    private void accept() {
        while (!server.isClosed()) {
            try {
                Socket client = server.accept();
                Thread.ofVirtual().start(() -> serve(client));
            } catch (IOException closed) {
                return;
            }
        }
    }

    private void serve(Socket client) {
        try (client; Socket upstream = new Socket(targetHost, targetPort)) {
            Thread back = Thread.ofVirtual().start(() -> pipe(upstream, client));
            passRequests(client, upstream);
            back.join();
        } catch (IOException | InterruptedException e) {
            // the client or the store went away; nothing to pass on
        }
    }

    /** Passes the client's requests on until one is a PUT to break (a keep-alive connection holds several). */
    private void passRequests(Socket client, Socket upstream) throws IOException {
        InputStream in = client.getInputStream();
        OutputStream out = upstream.getOutputStream();
        byte[] buffer = new byte[8192];
        String recent = "\n";
        for (int n; (n = in.read(buffer)) > 0; ) {
            String seen = recent + new String(buffer, 0, n, StandardCharsets.ISO_8859_1);
            // A request line starts the stream or follows a line end; bodies here are RDF, never "PUT /".
            if (seen.contains("\nPUT /") && stillToBreak.getAndDecrement() > 0) {
                broken.incrementAndGet();
                upstream.close();
                return;
            }
            out.write(buffer, 0, n);
            recent = seen.substring(Math.max(0, seen.length() - 5));
        }
        upstream.shutdownOutput();
    }

    private static void pipe(Socket from, Socket to) {
        try {
            from.getInputStream().transferTo(to.getOutputStream());
            to.shutdownOutput();
        } catch (IOException e) {
            // one side closed
        }
    }

    @Override
    public void close() throws IOException {
        server.close();
    }
}
