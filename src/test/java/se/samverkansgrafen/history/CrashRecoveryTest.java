package se.samverkansgrafen.history;

import static org.assertj.core.api.Assertions.assertThat;
import static se.samverkansgrafen.history.EditingFixture.draft;
import static se.samverkansgrafen.history.EditingFixture.editor;
import static se.samverkansgrafen.history.EditingFixture.meetingId;
import static se.samverkansgrafen.history.EditingFixture.send;
import static se.samverkansgrafen.history.EditingFixture.upload;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.stream.Stream;

import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.treewalk.TreeWalk;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/**
 * kill -9 in the middle of accepting a draft: the service runs as a child JVM whose writes
 * pause between steps (test hook samverkan.history.pause-between-steps); it is killed
 * just after a chosen step (plus a random part of the pause), started again, and then the
 * files, git and the store must all hold the old state or all the new one: the file is in
 * the last commit exactly when it is on disk, the meeting is served exactly then, the
 * draft is gone exactly then, and no file is left half-written or uncommitted.
 */
class CrashRecoveryTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Duration PAUSE = Duration.ofMillis(700);
    /**
     * The step after which each trial kills the service: before any data file is touched
     * (rolled back), after the file's rename but before its commit (completed), after the
     * commit and the store's reload but before the journal and the draft are cleared.
     */
    private static final List<String> KILL_AFTER = List.of("journaled", "wrote", "reloaded");

    /** Kept after the run (under target/), so the services' logs can be read. */
    private final Path work = createWork();

    private Process service;

    @AfterEach
    void stop() {
        if (service != null) {
            service.destroyForcibly();
        }
    }

    @Test
    void aKillMidAcceptLeavesTheOldStateOrTheNewOneInFilesGitAndStore() throws Exception {
        Path root = EditingFixture.copyOfProject("crash-root");
        Path drafts = Files.createDirectories(work.resolve("drafts"));
        Path store = work.resolve("tdb2");
        Random random = new Random(20301);
        List<String[]> trials = new ArrayList<>();
        int port = freePort();
        Path log = work.resolve("service-0.log");
        service = start(root, drafts, store, port, log);
        for (int i = 0; i < KILL_AFTER.size(); i++) {
            String date = "2031-0" + (i + 1) + "-1" + i;
            HttpResponse<String> created = send(upload(base(port) + "/api/drafts", "protokoll.ttl",
                    draft(date, true).getBytes(StandardCharsets.UTF_8)).header("Authorization", editor()).build());
            assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
            JsonNode draft = JSON.readTree(created.body());
            String id = draft.path("id").asString();
            long before = Files.size(log);
            HttpClient.newHttpClient().sendAsync(HttpRequest.newBuilder(URI.create(base(port) + "/api/drafts/" + id + "/accept"))
                    .header("Authorization", editor()).header("If-Match", "\"" + draft.path("version").asString() + "\"")
                    .POST(HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.ofString());
            awaitLine(log, before, "Write step done: " + KILL_AFTER.get(i));
            Thread.sleep(random.nextInt((int) PAUSE.toMillis() / 2));
            service.destroyForcibly().waitFor();
            trials.add(new String[] {date, id, KILL_AFTER.get(i)});

            log = work.resolve("service-" + (i + 1) + ".log");
            service = start(root, drafts, store, port, log);
            checkAllOrNothing(root, port, date, id, KILL_AFTER.get(i));
        }
        // Earlier trials still hold after later restarts.
        for (String[] trial : trials) {
            checkAllOrNothing(root, port, trial[0], trial[1], trial[2]);
        }
    }

    private static void checkAllOrNothing(Path root, int port, String date, String draftId, String killedAfter)
            throws Exception {
        String slug = meetingId(date);
        Optional<Path> file;
        try (Stream<Path> sources = Files.list(root.resolve("data/sources"))) {
            List<Path> all = sources.toList();
            assertThat(all).as("no temporary file is left").noneMatch(p -> p.getFileName().toString().startsWith("."));
            file = all.stream().filter(p -> p.getFileName().toString().endsWith("-" + slug + ".ttl")).findFirst();
        }
        String meeting = String.valueOf(send(HttpRequest.newBuilder(URI.create(base(port) + "/api/meetings/" + slug)).build())
                .statusCode());
        String draft = String.valueOf(send(HttpRequest.newBuilder(URI.create(base(port) + "/api/drafts/" + draftId)).build())
                .statusCode());
        try (Git git = Git.open(root.toFile())) {
            var status = git.status().addPath("data").addPath("ontology").call();
            assertThat(status.getUncommittedChanges()).as("killed after " + killedAfter + ": uncommitted").isEmpty();
            assertThat(status.getUntracked()).as("killed after " + killedAfter + ": untracked").isEmpty();
            var head = git.getRepository().parseCommit(git.getRepository().resolve("HEAD"));
            if (file.isPresent()) {
                String path = root.relativize(file.get()).toString();
                try (TreeWalk tree = TreeWalk.forPath(git.getRepository(), path, head.getTree())) {
                    assertThat(tree).as("killed after " + killedAfter + ": the new file is committed").isNotNull();
                    assertThat(git.getRepository().open(tree.getObjectId(0)).getBytes()).isEqualTo(Files.readAllBytes(file.get()));
                }
                assertThat(head.getAuthorIdent().getName().equals(EditingFixture.EDITOR)
                        || git.log().addPath(path).call().iterator().next().getAuthorIdent().getName().equals(EditingFixture.EDITOR))
                        .isTrue();
                assertThat(meeting).as("killed after " + killedAfter + ": the new meeting is served").isEqualTo("200");
                assertThat(draft).as("killed after " + killedAfter + ": the accepted draft is gone").isEqualTo("404");
            } else {
                assertThat(meeting).as("killed after " + killedAfter + ": no meeting without its file").isEqualTo("404");
                assertThat(draft).as("killed after " + killedAfter + ": the draft stays").isEqualTo("200");
            }
        }
        System.out.printf("killed after %-9s -> %s%n", killedAfter, file.isPresent() ? "new state (completed)" : "old state (rolled back)");
    }

    private Process start(Path root, Path drafts, Path store, int port, Path log) throws Exception {
        String java = ProcessHandle.current().info().command().orElse("java");
        List<String> command = new ArrayList<>(Arrays.asList(java, "-Xmx512m", "-cp", System.getProperty("java.class.path"),
                "se.samverkansgrafen.SamverkansgrafenApplication",
                "--server.port=" + port, "--samverkan.fuseki.port=0",
                "--samverkan.store.location=" + store,
                "--samverkan.data.root=" + root, "--samverkan.history.enabled=true",
                "--samverkan.history.pause-between-steps=" + PAUSE.toMillis() + "ms",
                "--samverkan.drafts.directory=" + drafts,
                "--samverkan.security.users=" + EditingFixture.users()));
        Process process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        Instant deadline = Instant.now().plus(Duration.ofMinutes(3));
        while (Instant.now().isBefore(deadline)) {
            if (!process.isAlive()) {
                throw new AssertionError("The service stopped: " + Files.readString(log));
            }
            try {
                // Ready when this start's load has run to its end (readiness alone is UP at once on a
                // store that already holds a complete load, while changed files are still reloading).
                HttpResponse<String> health = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                        URI.create(base(port) + "/actuator/health/readiness")).build(), HttpResponse.BodyHandlers.ofString());
                if (health.statusCode() == 200 && Files.readString(log).contains("Load done")) {
                    return process;
                }
            } catch (IOException e) {
                // not listening yet
            }
            Thread.sleep(250);
        }
        throw new AssertionError("The service did not start: " + Files.readString(log));
    }

    private static void awaitLine(Path log, long from, String line) throws Exception {
        Instant deadline = Instant.now().plus(Duration.ofMinutes(1));
        while (Instant.now().isBefore(deadline)) {
            byte[] all = Files.readAllBytes(log);
            if (new String(all, (int) from, all.length - (int) from, StandardCharsets.UTF_8).contains(line)) {
                return;
            }
            Thread.sleep(20);
        }
        throw new AssertionError("No '" + line + "' in the service's log");
    }

    private static Path createWork() {
        try {
            return Files.createTempDirectory(Files.createDirectories(Path.of("target", "crash-recovery")), "run-");
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String base(int port) {
        return "http://localhost:" + port;
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
