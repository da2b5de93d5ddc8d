package se.samverkansgrafen.history;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Supplier;
import java.util.regex.Pattern;

import org.apache.jena.graph.Graph;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFLanguages;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.RiotException;
import org.apache.jena.sparql.graph.GraphFactory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.stereotype.Component;

import se.samverkansgrafen.store.GraphLoader;
import se.samverkansgrafen.store.LoadReport;
import se.samverkansgrafen.store.LoadStatus;
import se.samverkansgrafen.store.StoreProperties;

/**
 * Every change to the data files, made atomic across the files, git and the store:
 * <ol>
 * <li>the change is checked against the SHACL shapes together with every other file;</li>
 * <li>its intent is journaled (which files get which content, by whom);</li>
 * <li>each file is replaced atomically (temporary file, fsync, rename);</li>
 * <li>the files are committed with the editor as author;</li>
 * <li>the store reloads just those files (one transaction each);</li>
 * <li>the journal is cleared, and the commit pushed to the shared remote, if any.</li>
 * </ol>
 * At start a journal left by a crash is resolved before anything is loaded: when every file
 * already holds its new content the write is completed (committed); otherwise the files are
 * restored from the last commit. The loader then brings the store to the files by their
 * hashes. So the files, git and the store hold the old state or the new, never half.
 */
@Component
public class DataHistory implements DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(DataHistory.class);
    private static final Logger audit = LoggerFactory.getLogger("se.samverkansgrafen.audit");

    /** Files the service may write: RDF under data/ (the ontology and shapes are not edited through the service). */
    private static final Pattern WRITABLE = Pattern.compile("data/(?:[a-z0-9][a-z0-9_-]*/)*[a-z0-9][a-z0-9._-]*\\.ttl");

    private final HistoryProperties properties;
    private final StoreProperties.Data data;
    private final GraphLoader loader;
    private final LoadStatus status;
    private final ReentrantLock lock = new ReentrantLock();
    private final DataRepository repository;
    private final WriteJournal journal;

    DataHistory(HistoryProperties properties, StoreProperties store, GraphLoader loader, LoadStatus status) {
        this.properties = properties;
        this.data = store.data();
        this.loader = loader;
        this.status = status;
        if (properties.enabled()) {
            this.repository = DataRepository.open(Path.of(data.root()), data.directories(), properties.branch(),
                    properties.remote());
            this.journal = new WriteJournal(repository.gitDirectory());
            recover();
            if (properties.remote() != null) {
                try {
                    DataRepository.SyncResult sync = repository.sync();
                    log.info("Data repository at {} (remote {}): {}", sync.after(), properties.remote(),
                            sync.changedPaths().isEmpty() ? "up to date" : sync.changedPaths().size() + " files changed");
                } catch (HistoryException e) {
                    // Serve what this replica has; POST /api/data/reload tries again.
                    log.warn("Could not pick up the shared repository's commits at start: {}", e.getMessage());
                }
            }
            List<String> uncommitted = repository.uncommitted(data.directories());
            if (!uncommitted.isEmpty()) {
                log.warn("Files under the data directories differ from the last commit (edited by hand?): {}", uncommitted);
            }
        } else {
            this.repository = null;
            this.journal = null;
            log.info("Data history is off (samverkan.history.enabled=false): the data cannot be edited through the service");
        }
    }

    public boolean enabled() {
        return repository != null;
    }

    /** The version of the whole data repository: its head commit. */
    public String head() {
        return repo().head().orElse("");
    }

    /** The version of one data file: the SHA-256 of its content, or empty when there is no such file. */
    public Optional<String> fileVersion(String path) {
        Path file = resolve(path);
        try {
            return Files.isRegularFile(file) ? Optional.of(sha256(Files.readAllBytes(file))) : Optional.empty();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A data file's content, or empty. */
    public Optional<byte[]> read(String path) {
        Path file = resolve(path);
        try {
            return Files.isRegularFile(file) ? Optional.of(Files.readAllBytes(file)) : Optional.empty();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public List<HistoryEntry> history(String path, int max) {
        if (path != null) {
            checkWritable(path);
        }
        return repo().history(path, max);
    }

    public Optional<HistoryEntry> find(String commit) {
        return repo().find(commit);
    }

    /** The data files that exist under a directory of the data root (relative paths), for naming new files. */
    public List<String> list(String directory) {
        Path dir = resolve(directory);
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        try (var files = Files.list(dir)) {
            return files.map(f -> directory + "/" + f.getFileName()).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The result of a write: the commit, the files, whether the shared remote has it, what the store reloaded. */
    public record WriteResult(String commit, List<String> paths, boolean shared, LoadReport load) {
    }

    /**
     * Writes files (content, or empty to remove one) as one commit by {@code author}. When
     * {@code expectedVersions} names a path, the file must still have that version (SHA-256,
     * "" for absent) or nothing is written ({@link HistoryException.Kind#PRECONDITION_FAILED}).
     * A change that breaks the shapes is refused with {@link ValidationException}.
     */
    public WriteResult write(Map<String, Optional<byte[]>> files, Map<String, String> expectedVersions, String author,
            String message) {
        return locked(() -> {
            expectedVersions.forEach((path, expected) -> {
                String current = fileVersion(path).orElse("");
                if (!current.equals(expected)) {
                    throw new HistoryException(HistoryException.Kind.PRECONDITION_FAILED,
                            path + " has changed: its version is " + (current.isEmpty() ? "absent" : current)
                                    + ", not " + (expected.isEmpty() ? "absent" : expected));
                }
            });
            return writeLocked(files, author, message);
        });
    }

    /**
     * Reverts a commit as a new commit by {@code author}: each file it changed gets its
     * content from before that commit back. Refused when {@code expectedHead} is no longer
     * the head, when a later commit changed one of its files, or when the result breaks the
     * shapes.
     */
    public WriteResult revert(String commit, String expectedHead, String author) {
        return locked(() -> {
            if (!head().equals(expectedHead)) {
                throw new HistoryException(HistoryException.Kind.PRECONDITION_FAILED,
                        "The data repository has moved on: its head is " + head() + ", not " + expectedHead);
            }
            HistoryEntry reverted = repo().find(commit).orElseThrow(() -> new HistoryException(
                    HistoryException.Kind.NOT_FOUND, "No commit " + commit + " in the data repository"));
            Map<String, DataRepository.Change> changes = repo().changes(reverted.commit());
            Map<String, Optional<byte[]>> files = new TreeMap<>();
            for (Map.Entry<String, DataRepository.Change> change : changes.entrySet()) {
                String path = change.getKey();
                checkWritable(path);
                Optional<byte[]> now = repo().contentAtHead(path);
                if (!sameContent(now, change.getValue().after())) {
                    throw new HistoryException(HistoryException.Kind.CONFLICT,
                            path + " was changed again after " + reverted.commit() + "; revert the later change first");
                }
                files.put(path, change.getValue().before());
            }
            String title = reverted.message().lines().findFirst().orElse("");
            WriteResult result = writeLocked(files, author,
                    "Återställ: " + title + "\n\nThis reverts commit " + reverted.commit() + ".");
            audit.info("Revert: {} reverted {} ({}) as {}", author, reverted.commit(), title, result.commit());
            return result;
        });
    }

    /** Picks up commits another replica pushed and brings the store to the files. */
    public ReloadResult reload(String who) {
        return locked(() -> {
            DataRepository.SyncResult sync = repo().sync();
            LoadReport report = loader.load(Path.of(data.root()), data.directories(), data.shapes());
            status.record(report);
            audit.info("Reload by {}: {} -> {}, {} files changed", who, sync.before(), sync.after(), sync.changedPaths().size());
            return new ReloadResult(sync.before(), sync.after(), sync.changedPaths(), sync.pushed(), report);
        });
    }

    /** What a reload did: the head before and after, the files that changed, and the load. */
    public record ReloadResult(String before, String after, List<String> changedPaths, boolean pushed, LoadReport load) {
    }

    private WriteResult writeLocked(Map<String, Optional<byte[]>> files, String author, String message) {
        files.keySet().forEach(DataHistory::checkWritable);
        Map<String, Graph> changed = new TreeMap<>();
        files.forEach((path, content) -> content.ifPresent(c -> changed.put(path, parse(path, c))));
        Set<String> deleted = files.entrySet().stream().filter(e -> e.getValue().isEmpty()).map(Map.Entry::getKey)
                .collect(java.util.stream.Collectors.toSet());
        List<String> violations = loader.validateChange(Path.of(data.root()), data.directories(), data.shapes(), changed,
                deleted);
        if (!violations.isEmpty()) {
            throw new ValidationException(violations);
        }
        try {
            Map<String, String> versions = new LinkedHashMap<>();
            files.forEach((path, content) -> versions.put(path, content.map(DataHistory::sha256).orElse("")));
            journal.record(new WriteJournal.Intent(author, message, versions));
            pause("journaled");
            for (Map.Entry<String, Optional<byte[]>> file : files.entrySet()) {
                Path target = resolve(file.getKey());
                if (file.getValue().isPresent()) {
                    AtomicFiles.write(target, file.getValue().get());
                } else {
                    AtomicFiles.delete(target);
                }
                pause("wrote " + file.getKey());
            }
            String commit = repo().commit(files.keySet(), author, message);
            pause("committed " + commit);
            LoadReport load = loader.reload(Path.of(data.root()), files.keySet());
            pause("reloaded");
            journal.clear();
            boolean shared = repo().push();
            audit.info("Commit {} by {}: {} ({})", commit, author, message.lines().findFirst().orElse(""), files.keySet());
            return new WriteResult(commit, List.copyOf(files.keySet()), shared, load);
        } catch (IOException e) {
            throw new UncheckedIOException("Write failed; the next start completes or rolls it back", e);
        }
    }

    /** Resolves a journal a crash left: complete the write when every file has its new content, else roll back. */
    private void recover() {
        try {
            Optional<WriteJournal.Intent> pending = journal.pending();
            if (pending.isPresent()) {
                WriteJournal.Intent intent = pending.get();
                boolean complete = intent.files().entrySet().stream()
                        .allMatch(f -> fileVersion(f.getKey()).orElse("").equals(f.getValue()));
                if (complete) {
                    boolean committed = intent.files().keySet().stream()
                            .allMatch(path -> sameContent(repo().contentAtHead(path), read(path)));
                    String commit = committed ? head() : repo().commit(intent.files().keySet(), intent.author(), intent.message());
                    log.warn("An interrupted write by {} was completed at start: {} ({})", intent.author(), commit,
                            intent.files().keySet());
                } else {
                    for (String path : intent.files().keySet()) {
                        Optional<byte[]> before = repo().contentAtHead(path);
                        if (before.isPresent()) {
                            AtomicFiles.write(resolve(path), before.get());
                        } else {
                            AtomicFiles.delete(resolve(path));
                        }
                    }
                    log.warn("An interrupted write by {} was rolled back at start: {} restored from the last commit",
                            intent.author(), intent.files().keySet());
                }
                journal.clear();
            }
            for (String directory : data.directories()) {
                AtomicFiles.clearTemporaryFiles(resolve(directory));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot recover the interrupted write", e);
        }
    }

    private <T> T locked(Supplier<T> action) {
        lock.lock();
        try {
            return action.get();
        } finally {
            lock.unlock();
        }
    }

    private DataRepository repo() {
        if (repository == null) {
            throw new HistoryException(HistoryException.Kind.DISABLED,
                    "The data cannot be edited: its history is off (set samverkan.history.enabled=true)");
        }
        return repository;
    }

    private Path resolve(String path) {
        Path root = Path.of(data.root()).toAbsolutePath().normalize();
        Path file = root.resolve(path).normalize();
        if (!file.startsWith(root)) {
            throw new HistoryException(HistoryException.Kind.INVALID, "Path " + path + " is outside the data root");
        }
        return file;
    }

    /** Only RDF files under data/ with plain lower-case names: never a path from outside, never the ontology. */
    static void checkWritable(String path) {
        if (path == null || !WRITABLE.matcher(path).matches() || path.contains("..")) {
            throw new HistoryException(HistoryException.Kind.INVALID, "Not a writable data file: '" + path
                    + "' (a path under data/ of lower-case letters, digits, '-', '_' and '.', ending in .ttl)");
        }
    }

    private static Graph parse(String path, byte[] content) {
        Lang lang = RDFLanguages.filenameToLang(path);
        Graph graph = GraphFactory.createDefaultGraph();
        try {
            RDFParser.source(new ByteArrayInputStream(content)).lang(lang).parse(graph);
        } catch (RiotException e) {
            throw new ValidationException(List.of(path + " does not parse: " + e.getMessage()));
        }
        return graph;
    }

    private void pause(String step) {
        Duration pause = properties.pauseBetweenSteps();
        if (pause.isPositive()) {
            log.info("Write step done: {}", step);
            try {
                Thread.sleep(pause);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    private static boolean sameContent(Optional<byte[]> a, Optional<byte[]> b) {
        return a.isPresent() == b.isPresent() && (a.isEmpty() || Arrays.equals(a.get(), b.get()));
    }

    public static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void destroy() {
        if (repository != null) {
            repository.close();
        }
    }
}
