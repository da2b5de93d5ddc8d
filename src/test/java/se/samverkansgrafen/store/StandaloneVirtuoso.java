package se.samverkansgrafen.store;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import se.samverkansgrafen.support.DebianPackages;

/**
 * A real OpenLink Virtuoso (Debian's virtuoso-opensource, binary virtuoso-t) run as a separate
 * process on two free loopback ports (SQL and HTTP) over a database of its own in a temporary
 * directory, with a virtuoso.ini written there. Its SPARQL endpoints are those of a fresh
 * install: /sparql (read), /sparql-auth and /sparql-graph-crud-auth (HTTP digest, user dba).
 * When virtuoso-t is missing and the tests run as root where apt-get exists, Debian's
 * virtuoso-opensource is installed, as .ci/run does; otherwise starting fails saying how.
 */
public final class StandaloneVirtuoso implements AutoCloseable {

    /** Where Debian puts the server; the environment variable VIRTUOSO names another. */
    static final Path DEBIAN_BINARY = Path.of("/usr/bin/virtuoso-t");
    /** The administrator of a fresh database; the server listens on loopback only. */
    public static final String USER = "dba";
    public static final String PASSWORD = "dba";

    private final Process process;
    private final int httpPort;
    private final Path workDir;

    private StandaloneVirtuoso(Process process, int httpPort, Path workDir) {
        this.process = process;
        this.httpPort = httpPort;
        this.workDir = workDir;
    }

    /** Starts Virtuoso in a new temporary directory and waits until its SPARQL endpoint answers. */
    public static StandaloneVirtuoso start() {
        Path binary = binary();
        try {
            Path workDir = Files.createTempDirectory("virtuoso");
            int sqlPort = freePort();
            int httpPort = freePort();
            Files.writeString(workDir.resolve("virtuoso.ini"), ini(sqlPort, httpPort), StandardCharsets.UTF_8);
            Files.createDirectories(workDir.resolve("vsp"));
            Process process = new ProcessBuilder(binary.toString(), "+foreground", "+configfile", "virtuoso.ini")
                    .directory(workDir.toFile())
                    .redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.appendTo(workDir.resolve("virtuoso.out").toFile()))
                    .start();
            StandaloneVirtuoso virtuoso = new StandaloneVirtuoso(process, httpPort, workDir);
            // Also when the test JVM is stopped before its @AfterAll runs.
            Runtime.getRuntime().addShutdownHook(new Thread(virtuoso::close));
            virtuoso.awaitReady();
            return virtuoso;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot start " + binary, e);
        }
    }

    /** The server's base URL, which is the service's samverkan.store.url with flavour virtuoso. */
    public String baseUrl() {
        return "http://127.0.0.1:" + httpPort;
    }

    public String queryEndpoint() {
        return baseUrl() + "/sparql";
    }

    /**
     * A database of its own: no checkpoints while the tests run (it is thrown away), result
     * sets never cut (Virtuoso's default cuts at 10,000 rows), and no "anytime" answers (by
     * default a query past its time gets a partial answer, which the service would take for whole).
     */
    private static String ini(int sqlPort, int httpPort) {
        return """
                [Database]
                DatabaseFile = virtuoso.db
                ErrorLogFile = virtuoso.log
                LockFile = virtuoso.lck
                TransactionFile = virtuoso.trx
                xa_persistent_file = virtuoso.pxa
                ErrorLogLevel = 7
                FileExtend = 200
                Striping = 0
                TempStorage = TempDatabase

                [TempDatabase]
                DatabaseFile = virtuoso-temp.db
                TransactionFile = virtuoso-temp.trx

                [Parameters]
                ServerPort = 127.0.0.1:%d
                DisableUnixSocket = 1
                CheckpointInterval = 0
                NumberOfBuffers = 20000
                MaxDirtyBuffers = 15000
                ThreadsPerQuery = 2
                DirsAllowed = .

                [HTTPServer]
                ServerPort = 127.0.0.1:%d
                ServerRoot = vsp
                ServerThreads = 10
                MaxClientConnections = 10
                Charset = UTF-8

                [SPARQL]
                ResultSetMaxRows = 1000000
                MaxQueryExecutionTime = 0
                MaxQueryCostEstimationTime = 0
                """.formatted(sqlPort, httpPort);
    }

    private void awaitReady() throws IOException {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(120));
        String ask = queryEndpoint() + "?query=" + URLEncoder.encode("ASK {}", StandardCharsets.UTF_8);
        while (Instant.now().isBefore(deadline)) {
            if (!process.isAlive()) {
                throw new IllegalStateException("Virtuoso exited: " + log());
            }
            try {
                HttpResponse<String> answer = SparqlHttp.get(ask, "application/sparql-results+json");
                if (answer.statusCode() == 200) {
                    return;
                }
            } catch (IllegalStateException notYet) {
                // connection refused while Virtuoso starts
            }
            try {
                Thread.sleep(250);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
        String log = log();
        close();
        throw new IllegalStateException("Virtuoso did not answer within 120 s: " + log);
    }

    private String log() throws IOException {
        Path log = workDir.resolve("virtuoso.log");
        return Files.isRegularFile(log) ? Files.readString(log) : Files.readString(workDir.resolve("virtuoso.out"));
    }

    /** The server binary: $VIRTUOSO, else Debian's, installed with apt-get when missing and allowed. */
    private static Path binary() {
        String configured = System.getenv("VIRTUOSO");
        if (configured != null && !configured.isBlank()) {
            return Path.of(configured);
        }
        if (!Files.isExecutable(DEBIAN_BINARY) && DebianPackages.install("virtuoso-opensource")
                && Files.isExecutable(DEBIAN_BINARY)) {
            return DEBIAN_BINARY;
        }
        if (!Files.isExecutable(DEBIAN_BINARY)) {
            throw new IllegalStateException("OpenLink Virtuoso is missing (" + DEBIAN_BINARY + "). Install it "
                    + "(Debian/Ubuntu: sudo apt-get install virtuoso-opensource), or set VIRTUOSO to the path of "
                    + "virtuoso-t, or run .ci/run, which installs it.");
        }
        return DEBIAN_BINARY;
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    /** Stops the server (SIGTERM, then SIGKILL after 20 s) and deletes its database. */
    @Override
    public synchronized void close() {
        process.destroy();
        try {
            if (!process.waitFor(20, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                process.waitFor(10, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        if (!Files.exists(workDir)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(workDir)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(path);
            }
        } catch (IOException e) {
            System.err.println("Could not delete " + workDir + ": " + e.getMessage());
        }
    }
}
