package se.samverkansgrafen.drafts;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import tools.jackson.databind.ObjectMapper;

import se.samverkansgrafen.history.AtomicFiles;

/**
 * Drafts on disk, apart from the data: one directory per draft, named by a generated id,
 * holding the uploaded original (as {@code original}, never under its uploaded name), the
 * draft as Turtle ({@code draft.ttl}) and its status ({@code status.json}). A new draft
 * is assembled in a hidden directory and renamed into place, so it appears whole or not
 * at all; every later change replaces one file atomically.
 */
final class DraftStore {

    private static final Pattern ID = Pattern.compile("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");
    private static final ObjectMapper JSON = new ObjectMapper();
    static final String ORIGINAL = "original";
    static final String DRAFT = "draft.ttl";
    static final String STATUS = "status.json";

    /**
     * A draft's status.
     *
     * @param accepting set while the draft is being accepted: the data file it becomes and
     *                  that file's version, so a start after a crash can tell whether it
     *                  was accepted (then the draft is removed) or not (then it stays)
     */
    record Status(String id, String originalName, String mediaType, long size, Instant created, String createdBy,
            Instant updated, String updatedBy, List<String> notes, Accepting accepting) {

        Status updatedBy(String user) {
            return new Status(id, originalName, mediaType, size, created, createdBy, Instant.now(), user, notes, accepting);
        }

        Status accepting(Accepting value) {
            return new Status(id, originalName, mediaType, size, created, createdBy, updated, updatedBy, notes, value);
        }
    }

    record Accepting(String path, String version) {
    }

    private final Path directory;

    DraftStore(Path directory) {
        this.directory = directory.toAbsolutePath().normalize();
        try {
            Files.createDirectories(this.directory);
            try (Stream<Path> leftovers = Files.list(this.directory)) {
                for (Path p : leftovers.filter(p -> p.getFileName().toString().startsWith(".")).toList()) {
                    deleteTree(p);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot use the drafts directory " + this.directory, e);
        }
    }

    static boolean isId(String id) {
        return id != null && ID.matcher(id).matches();
    }

    String create(byte[] original, byte[] draft, Status status) {
        String id = status.id();
        Path staging = directory.resolve(".new-" + id);
        try {
            Files.createDirectories(staging);
            AtomicFiles.write(staging.resolve(ORIGINAL), original);
            AtomicFiles.write(staging.resolve(DRAFT), draft);
            AtomicFiles.write(staging.resolve(STATUS), JSON.writeValueAsBytes(status));
            Files.move(staging, directory.resolve(id), StandardCopyOption.ATOMIC_MOVE);
            return id;
        } catch (IOException e) {
            deleteQuietly(staging);
            throw new UncheckedIOException("Cannot store the draft", e);
        }
    }

    static String newId() {
        return UUID.randomUUID().toString();
    }

    List<String> ids() {
        try (Stream<Path> dirs = Files.list(directory)) {
            List<String> ids = new ArrayList<>(dirs.map(p -> p.getFileName().toString()).filter(DraftStore::isId).toList());
            ids.sort(Comparator.naturalOrder());
            return ids;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    Optional<Status> status(String id) {
        Path file = draftDir(id).map(d -> d.resolve(STATUS)).orElse(null);
        if (file == null || !Files.isRegularFile(file)) {
            return Optional.empty();
        }
        try {
            return Optional.of(JSON.readValue(Files.readAllBytes(file), Status.class));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    byte[] draft(String id) {
        return read(id, DRAFT);
    }

    byte[] original(String id) {
        return read(id, ORIGINAL);
    }

    void writeDraft(String id, byte[] turtle) {
        write(id, DRAFT, turtle);
    }

    void writeStatus(Status status) {
        write(status.id(), STATUS, JSON.writeValueAsBytes(status));
    }

    /** Renames the draft out of sight first (atomic), then removes its files. */
    void delete(String id) {
        Path dir = draftDir(id).orElseThrow();
        Path doomed = directory.resolve(".deleted-" + id);
        try {
            Files.move(dir, doomed, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot remove draft " + id, e);
        }
        deleteQuietly(doomed);
    }

    private byte[] read(String id, String name) {
        try {
            return Files.readAllBytes(draftDir(id).orElseThrow().resolve(name));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void write(String id, String name, byte[] content) {
        try {
            AtomicFiles.write(draftDir(id).orElseThrow().resolve(name), content);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private Optional<Path> draftDir(String id) {
        if (!isId(id)) {
            return Optional.empty();
        }
        Path dir = directory.resolve(id);
        return Files.isDirectory(dir) ? Optional.of(dir) : Optional.empty();
    }

    private static void deleteQuietly(Path dir) {
        try {
            deleteTree(dir);
        } catch (IOException e) {
            // A leftover hidden directory is removed at the next start.
        }
    }

    private static void deleteTree(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(dir)) {
            for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }
}
