package se.samverkansgrafen.store;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;

/**
 * A real standalone Fuseki server (the jena-fuseki-server jar that docker/ deploys) run
 * as a separate JVM on a free loopback port with docker/fuseki/config.ttl.
 */
final class StandaloneFuseki implements AutoCloseable {

    static final Path JAR = Path.of("target/fuseki/jena-fuseki-server.jar");
    static final Path CONFIG = Path.of("docker/fuseki/config.ttl");

    private final Process process;
    private final int port;
    private final Path workDir;

    private StandaloneFuseki(Process process, int port, Path workDir) {
        this.process = process;
        this.port = port;
        this.workDir = workDir;
    }

    /** Starts Fuseki with its databases under {@code workDir} and waits until it answers. */
    static StandaloneFuseki start(Path workDir) throws IOException {
        return start(workDir, freePort());
    }

    /** Starts Fuseki again on the same port over the same databases, e.g. after {@link #close()}. */
    StandaloneFuseki restart() throws IOException {
        return start(workDir, port);
    }

    private static StandaloneFuseki start(Path workDir, int port) throws IOException {
        if (!Files.isRegularFile(JAR)) {
            throw new IllegalStateException(JAR + " is missing: run the tests through Maven (./mvnw test), "
                    + "which copies it in process-test-resources");
        }
        String java = ProcessHandle.current().info().command().orElse("java");
        Process process = new ProcessBuilder(java, "-Xmx512m", "-jar", JAR.toAbsolutePath().toString(),
                "--config", CONFIG.toAbsolutePath().toString(), "--localhost", "--port", Integer.toString(port))
                .directory(workDir.toFile())
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(workDir.resolve("fuseki.log").toFile()))
                .start();
        StandaloneFuseki fuseki = new StandaloneFuseki(process, port, workDir);
        fuseki.awaitReady(workDir.resolve("fuseki.log"));
        return fuseki;
    }

    /** Starts Fuseki in a new temporary directory named from {@code prefix}, for a test's static setup. */
    static StandaloneFuseki startInTemporaryDirectory(String prefix) {
        try {
            return start(Files.createTempDirectory(prefix));
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    String datasetUrl() {
        return "http://127.0.0.1:" + port + "/samverkan";
    }

    private void awaitReady(Path log) throws IOException {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(60));
        while (Instant.now().isBefore(deadline)) {
            if (!process.isAlive()) {
                throw new IllegalStateException("Fuseki exited: " + Files.readString(log));
            }
            try {
                HttpResponse<String> ping = SparqlHttp.get("http://127.0.0.1:" + port + "/$/ping");
                if (ping.statusCode() == 200) {
                    return;
                }
            } catch (IllegalStateException notYet) {
                // connection refused while Fuseki starts
            }
            try {
                Thread.sleep(200);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
        close();
        throw new IllegalStateException("Fuseki did not answer within 60 s: " + Files.readString(log));
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    @Override
    public void close() {
        process.destroy();
        try {
            if (!process.waitFor(10, java.util.concurrent.TimeUnit.SECONDS)) {
                process.destroyForcibly();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
