package se.samverkansgrafen.faults;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The service as a child JVM on its embedded default (free ports, the given TDB2 directory
 * and data root), with its log lines collected so a caller can wait for "Load started" and
 * the like, and kill it with SIGKILL at a moment of its choosing.
 */
final class ServiceProcess implements AutoCloseable {

    static final Path CLASSPATH_FILE = Path.of("target/runtime-classpath.txt");
    static final Path CLASSES = Path.of("target/classes");
    private static final Pattern PORT = Pattern.compile("Jetty started on port (\\d+)");
    private static final Duration START_LIMIT = Duration.ofSeconds(180);

    private final Process process;
    private final Path log;
    private final List<String> lines = new ArrayList<>();
    private final List<Long> arrivals = new ArrayList<>();
    private final Thread collector;

    private ServiceProcess(Process process, Path log) {
        this.process = process;
        this.log = log;
        this.collector = Thread.ofPlatform().daemon().name("service-log-" + process.pid()).start(this::collect);
    }

    /** Starts the service; its output goes to {@code log} as well. */
    static ServiceProcess start(Path projectRoot, Path tdb2, Path dataRoot, Path log) throws IOException {
        Path classpathFile = projectRoot.resolve(CLASSPATH_FILE);
        if (!Files.isRegularFile(classpathFile)) {
            throw new IllegalStateException(classpathFile + " is missing: run through Maven "
                    + "(./mvnw compile exec:java@faults), whose generate-resources step writes it");
        }
        String classpath = projectRoot.resolve(CLASSES) + java.io.File.pathSeparator
                + Files.readString(classpathFile).strip();
        String java = ProcessHandle.current().info().command().orElse("java");
        Process process = new ProcessBuilder(java, "-Xmx512m", "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC",
                "-cp", classpath, "se.samverkansgrafen.SamverkansgrafenApplication",
                "--server.port=0", "--samverkan.fuseki.port=0",
                "--samverkan.store.location=" + tdb2,
                "--samverkan.data.root=" + dataRoot,
                "--samverkan.query.directory=" + projectRoot.resolve("queries"),
                "--spring.main.banner-mode=off",
                "--logging.level.root=WARN",
                "--logging.level.se.samverkansgrafen=INFO",
                "--logging.level.se.samverkansgrafen.store.GraphLoader=DEBUG",
                "--logging.level.org.springframework.boot.jetty=INFO")
                .directory(projectRoot.toFile())
                .redirectErrorStream(true)
                .start();
        return new ServiceProcess(process, log);
    }

    private void collect() {
        try (BufferedReader reader = new BufferedReader(
                new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
                Writer copy = Files.newBufferedWriter(log, StandardCharsets.UTF_8)) {
            String line;
            while ((line = reader.readLine()) != null) {
                copy.write(line);
                copy.write('\n');
                synchronized (lines) {
                    lines.add(line);
                    arrivals.add(System.nanoTime());
                    lines.notifyAll();
                }
            }
        } catch (IOException e) {
            // the process was killed
        } finally {
            synchronized (lines) {
                lines.notifyAll();
            }
        }
    }

    /** Waits for a log line matching {@code wanted}; fails if the process ends first. */
    String await(Predicate<String> wanted, String what) throws InterruptedException {
        long deadline = System.nanoTime() + START_LIMIT.toNanos();
        int seen = 0;
        synchronized (lines) {
            while (true) {
                for (; seen < lines.size(); seen++) {
                    if (wanted.test(lines.get(seen))) {
                        return lines.get(seen);
                    }
                }
                long left = deadline - System.nanoTime();
                if (!process.isAlive() && seen == lines.size()) {
                    throw new IllegalStateException("The service ended before " + what + ":\n" + tail());
                }
                if (left <= 0) {
                    throw new IllegalStateException("No " + what + " within " + START_LIMIT.toSeconds() + " s:\n" + tail());
                }
                lines.wait(Math.min(TimeUnit.NANOSECONDS.toMillis(left) + 1, 200));
            }
        }
    }

    /** When (System.nanoTime) the first line containing {@code text} arrived, or -1. */
    long arrivalOf(String text) {
        synchronized (lines) {
            for (int i = 0; i < lines.size(); i++) {
                if (lines.get(i).contains(text)) {
                    return arrivals.get(i);
                }
            }
            return -1;
        }
    }

    /** How many log lines so far contain {@code text}. */
    long count(String text) {
        synchronized (lines) {
            return lines.stream().filter(l -> l.contains(text)).count();
        }
    }

    /** The service's HTTP port, once it has said so. */
    int port() throws InterruptedException {
        Matcher m = PORT.matcher(await(l -> PORT.matcher(l).find(), "the web server's port"));
        m.find();
        return Integer.parseInt(m.group(1));
    }

    /** SIGKILL: no shutdown hook, no flush, no close. Returns once every line it wrote has been read. */
    void kill() throws InterruptedException {
        process.destroyForcibly();
        process.waitFor();
        collector.join();
    }

    /** SIGTERM, and SIGKILL if it has not ended within 60 s. */
    @Override
    public void close() throws InterruptedException {
        process.destroy();
        if (!process.waitFor(60, TimeUnit.SECONDS)) {
            kill();
        }
    }

    String tail() {
        synchronized (lines) {
            return String.join("\n", lines.subList(Math.max(0, lines.size() - 40), lines.size()));
        }
    }
}
