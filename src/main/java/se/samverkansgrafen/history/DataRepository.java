package se.samverkansgrafen.history;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.api.MergeCommand;
import org.eclipse.jgit.api.MergeResult;
import org.eclipse.jgit.api.RebaseCommand;
import org.eclipse.jgit.api.RebaseResult;
import org.eclipse.jgit.api.ResetCommand;
import org.eclipse.jgit.api.errors.GitAPIException;
import org.eclipse.jgit.diff.DiffEntry;
import org.eclipse.jgit.diff.DiffFormatter;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.PersonIdent;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.revwalk.RevCommit;
import org.eclipse.jgit.revwalk.RevWalk;
import org.eclipse.jgit.transport.PushResult;
import org.eclipse.jgit.transport.RefSpec;
import org.eclipse.jgit.transport.RemoteRefUpdate;
import org.eclipse.jgit.transport.URIish;
import org.eclipse.jgit.treewalk.TreeWalk;
import org.eclipse.jgit.util.io.DisabledOutputStream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The data root as a git repository (JGit): commits with the editor as author, the
 * history of a file, a commit's changes, and sharing with other replicas through one
 * remote ("origin"): fetch, then fast-forward (or, when both sides committed, rebase the
 * local commits onto the remote's), then push. Not thread-safe: {@link DataWriter} holds
 * the one write lock around every call that changes something.
 */
public final class DataRepository implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(DataRepository.class);
    private static final String REMOTE = "origin";
    private static final PersonIdent SERVICE = new PersonIdent("Samverkansgrafen", "");

    private final Path root;
    private final String branch;
    private final String remote;
    private final Git git;

    private DataRepository(Path root, String branch, String remote, Git git) {
        this.root = root;
        this.branch = branch;
        this.remote = remote;
        this.git = git;
    }

    /**
     * Opens the repository at {@code root}; when there is none, clones {@code remote} into an
     * empty root, or initialises one and commits the {@code directories} as they are (and,
     * when the remote already has the branch, takes the remote's state instead).
     */
    static DataRepository open(Path root, List<String> directories, String branch, String remote) {
        Path absolute = root.toAbsolutePath().normalize();
        try {
            Git git;
            if (Files.exists(absolute.resolve(".git"))) {
                git = Git.open(absolute.toFile());
                clearStaleLocks(git.getRepository());
            } else if (remote != null && isEmpty(absolute)) {
                log.info("Cloning the data repository {} into {}", remote, absolute);
                git = Git.cloneRepository().setURI(remote).setDirectory(absolute.toFile()).setBranch(branch).call();
            } else {
                log.info("Making {} a git repository (branch {})", absolute, branch);
                git = Git.init().setDirectory(absolute.toFile()).setInitialBranch(branch).call();
                if (remote != null) {
                    git.remoteAdd().setName(REMOTE).setUri(new URIish(remote)).call();
                }
            }
            DataRepository repository = new DataRepository(absolute, branch, remote, git);
            repository.ensureRemote();
            repository.ensureInitialCommit(directories);
            return repository;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot open the data repository at " + absolute, e);
        } catch (GitAPIException | java.net.URISyntaxException e) {
            throw new IllegalStateException("Cannot open the data repository at " + absolute + ": " + e.getMessage(), e);
        }
    }

    private void ensureRemote() throws GitAPIException, java.net.URISyntaxException {
        if (remote != null && !git.getRepository().getRemoteNames().contains(REMOTE)) {
            git.remoteAdd().setName(REMOTE).setUri(new URIish(remote)).call();
        }
    }

    private void ensureInitialCommit(List<String> directories) throws GitAPIException, IOException {
        if (head().isPresent()) {
            return;
        }
        if (remote != null) {
            git.fetch().setRemote(REMOTE).call();
            ObjectId remoteHead = git.getRepository().resolve(remoteBranch());
            if (remoteHead != null) {
                // Another replica made the history: take its state (files that are the same stay as they are).
                git.reset().setMode(ResetCommand.ResetType.HARD).setRef(remoteBranch()).call();
                log.info("Data repository set to {} {}", remoteBranch(), remoteHead.name());
                return;
            }
        }
        var add = git.add();
        for (String directory : directories) {
            if (Files.exists(root.resolve(directory))) {
                add.addFilepattern(directory);
            }
        }
        add.call();
        RevCommit initial = git.commit().setAuthor(SERVICE).setCommitter(SERVICE).setAllowEmpty(true)
                .setMessage("The data as the service found it").call();
        log.info("Initial commit {} of {}", initial.name(), directories);
        push();
    }

    private static boolean isEmpty(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return true;
        }
        try (Stream<Path> entries = Files.list(dir)) {
            return entries.findAny().isEmpty();
        }
    }

    /** A process killed mid-write leaves JGit's lock files; only this service writes here. */
    private static void clearStaleLocks(Repository repository) throws IOException {
        Path gitDir = repository.getDirectory().toPath();
        try (Stream<Path> files = Files.walk(gitDir, 4)) {
            for (Path lock : files.filter(f -> f.getFileName().toString().endsWith(".lock")).toList()) {
                log.warn("Removing stale lock {} left by an interrupted write", lock);
                Files.deleteIfExists(lock);
            }
        }
    }

    public Path root() {
        return root;
    }

    /** The git directory, where the write journal lives (never part of the data). */
    Path gitDirectory() {
        return git.getRepository().getDirectory().toPath();
    }

    /** The commit the branch points at, if any. */
    public Optional<String> head() {
        try {
            ObjectId id = git.getRepository().resolve("refs/heads/" + branch);
            return Optional.ofNullable(id).map(ObjectId::name);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The content of a file at the head commit; empty when the head has no such file. */
    public Optional<byte[]> contentAtHead(String path) {
        return head().flatMap(h -> contentAt(h, path));
    }

    Optional<byte[]> contentAt(String commit, String path) {
        Repository repository = git.getRepository();
        try (RevWalk walk = new RevWalk(repository)) {
            RevCommit c = walk.parseCommit(repository.resolve(commit));
            try (TreeWalk tree = TreeWalk.forPath(repository, path, c.getTree())) {
                return tree == null ? Optional.empty() : Optional.of(repository.open(tree.getObjectId(0)).getBytes());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Stages the given paths as they are in the working tree (a missing file as removed) and commits them. */
    String commit(Collection<String> paths, String author, String message) {
        try {
            var add = git.add();
            var rm = git.rm().setCached(true);
            boolean adds = false;
            boolean removes = false;
            for (String path : paths) {
                if (Files.exists(root.resolve(path))) {
                    add.addFilepattern(path);
                    adds = true;
                } else if (contentAtHead(path).isPresent()) {
                    rm.addFilepattern(path);
                    removes = true;
                }
            }
            if (adds) {
                add.call();
            }
            if (removes) {
                rm.call();
            }
            var commit = git.commit().setAuthor(new PersonIdent(author, "")).setCommitter(SERVICE).setMessage(message);
            paths.forEach(commit::setOnly);
            return commit.call().name();
        } catch (GitAPIException e) {
            throw new IllegalStateException("Commit failed: " + e.getMessage(), e);
        }
    }

    /** Commits, newest first, that changed {@code path} (or any file when null). */
    public List<HistoryEntry> history(String path, int max) {
        if (head().isEmpty()) {
            return List.of();
        }
        try {
            var log = git.log().setMaxCount(max);
            if (path != null) {
                log.addPath(path);
            }
            List<HistoryEntry> entries = new ArrayList<>();
            for (RevCommit c : log.call()) {
                entries.add(entry(c));
            }
            return entries;
        } catch (GitAPIException | IOException e) {
            throw new IllegalStateException("Cannot read the history: " + e.getMessage(), e);
        }
    }

    /** One commit, or empty when the id names none. */
    public Optional<HistoryEntry> find(String commit) {
        Repository repository = git.getRepository();
        try (RevWalk walk = new RevWalk(repository)) {
            ObjectId id = repository.resolve(commit + "^{commit}");
            return id == null ? Optional.empty() : Optional.of(entry(walk.parseCommit(id)));
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }

    /**
     * What a commit changed: each path with its content before (empty when the commit added
     * it) and after (empty when the commit removed it). A root or merge commit is refused.
     */
    Map<String, Change> changes(String commit) {
        Repository repository = git.getRepository();
        try (RevWalk walk = new RevWalk(repository)) {
            RevCommit c = walk.parseCommit(repository.resolve(commit + "^{commit}"));
            if (c.getParentCount() != 1) {
                throw new HistoryException(HistoryException.Kind.INVALID,
                        "Commit " + c.name() + " has " + c.getParentCount() + " parents; only a change with one parent can be reverted");
            }
            RevCommit parent = walk.parseCommit(c.getParent(0));
            Map<String, Change> changes = new LinkedHashMap<>();
            for (DiffEntry diff : diff(parent, c)) {
                String path = diff.getChangeType() == DiffEntry.ChangeType.DELETE ? diff.getOldPath() : diff.getNewPath();
                changes.put(path, new Change(contentAt(parent.name(), path), contentAt(c.name(), path)));
            }
            return changes;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A file's content before and after a commit. */
    record Change(Optional<byte[]> before, Optional<byte[]> after) {
    }

    private List<DiffEntry> diff(RevCommit from, RevCommit to) throws IOException {
        try (DiffFormatter formatter = new DiffFormatter(DisabledOutputStream.INSTANCE)) {
            formatter.setRepository(git.getRepository());
            return formatter.scan(from.getTree(), to.getTree());
        }
    }

    private HistoryEntry entry(RevCommit c) throws IOException {
        List<String> paths = new ArrayList<>();
        if (c.getParentCount() == 1) {
            try (RevWalk walk = new RevWalk(git.getRepository())) {
                for (DiffEntry diff : diff(walk.parseCommit(c.getParent(0)), c)) {
                    paths.add(diff.getChangeType() == DiffEntry.ChangeType.DELETE ? diff.getOldPath() : diff.getNewPath());
                }
            }
        }
        return new HistoryEntry(c.name(), c.getAuthorIdent().getName(), c.getAuthorIdent().getWhenAsInstant(),
                c.getFullMessage(), paths);
    }

    /** The outcome of picking up another replica's commits. */
    public record SyncResult(String before, String after, List<String> changedPaths, boolean pushed) {
    }

    /**
     * Picks up the remote's commits: fetch; fast-forward when only the remote moved; rebase
     * the local commits onto the remote's when both did (each accepted draft is a file of its
     * own, so this rarely conflicts; when it does, the rebase is undone and a conflict
     * reported); push what the remote lacks. Without a remote nothing happens.
     */
    SyncResult sync() {
        String before = head().orElse(null);
        if (remote == null) {
            return new SyncResult(before, before, List.of(), false);
        }
        try {
            git.fetch().setRemote(REMOTE).call();
            Repository repository = git.getRepository();
            ObjectId remoteHead = repository.resolve(remoteBranch());
            ObjectId localHead = before == null ? null : ObjectId.fromString(before);
            if (remoteHead == null) {
                return new SyncResult(before, before, List.of(), push());
            }
            if (!remoteHead.equals(localHead)) {
                try (RevWalk walk = new RevWalk(repository)) {
                    RevCommit local = walk.parseCommit(localHead);
                    RevCommit theirs = walk.parseCommit(remoteHead);
                    if (walk.isMergedInto(local, theirs)) {
                        MergeResult merge = git.merge().include(remoteHead)
                                .setFastForward(MergeCommand.FastForwardMode.FF_ONLY).call();
                        if (!merge.getMergeStatus().isSuccessful()) {
                            throw new HistoryException(HistoryException.Kind.CONFLICT,
                                    "Cannot fast-forward to " + remoteBranch() + ": " + merge.getMergeStatus());
                        }
                    } else if (!walk.isMergedInto(theirs, local)) {
                        RebaseResult rebase = git.rebase().setUpstream(remoteBranch()).call();
                        if (!rebase.getStatus().isSuccessful()) {
                            git.rebase().setOperation(RebaseCommand.Operation.ABORT).call();
                            throw new HistoryException(HistoryException.Kind.CONFLICT, "The local commits conflict with "
                                    + remoteBranch() + " (" + rebase.getStatus() + "); nothing was changed");
                        }
                    }
                }
            }
            String after = head().orElse(null);
            boolean pushed = push();
            return new SyncResult(before, after, changedPaths(before, after), pushed);
        } catch (GitAPIException | IOException e) {
            throw new HistoryException(HistoryException.Kind.CONFLICT, "Cannot sync with " + remote + ": " + e.getMessage(), e);
        }
    }

    private List<String> changedPaths(String from, String to) throws IOException {
        if (to == null || to.equals(from)) {
            return List.of();
        }
        try (RevWalk walk = new RevWalk(git.getRepository())) {
            RevCommit after = walk.parseCommit(ObjectId.fromString(to));
            if (from == null) {
                List<String> all = new ArrayList<>();
                try (TreeWalk tree = new TreeWalk(git.getRepository())) {
                    tree.addTree(after.getTree());
                    tree.setRecursive(true);
                    while (tree.next()) {
                        all.add(tree.getPathString());
                    }
                }
                return all;
            }
            RevCommit before = walk.parseCommit(ObjectId.fromString(from));
            return diff(before, after).stream()
                    .map(d -> d.getChangeType() == DiffEntry.ChangeType.DELETE ? d.getOldPath() : d.getNewPath())
                    .toList();
        }
    }

    /** Pushes the branch to the remote; false when there is no remote or the remote refused. */
    boolean push() {
        if (remote == null || head().isEmpty()) {
            return false;
        }
        try {
            boolean ok = true;
            for (PushResult result : git.push().setRemote(REMOTE)
                    .setRefSpecs(new RefSpec("refs/heads/" + branch + ":refs/heads/" + branch)).call()) {
                for (RemoteRefUpdate update : result.getRemoteUpdates()) {
                    if (update.getStatus() != RemoteRefUpdate.Status.OK
                            && update.getStatus() != RemoteRefUpdate.Status.UP_TO_DATE) {
                        log.warn("Push of {} to {} refused: {}", branch, remote, update.getStatus());
                        ok = false;
                    }
                }
            }
            return ok;
        } catch (GitAPIException e) {
            log.warn("Push to {} failed: {}", remote, e.getMessage());
            return false;
        }
    }

    /** Paths under the data directories that differ from the head commit (changed, new or missing). */
    List<String> uncommitted(List<String> directories) {
        try {
            var status = git.status();
            directories.forEach(status::addPath);
            var s = status.call();
            List<String> paths = new ArrayList<>();
            paths.addAll(s.getModified());
            paths.addAll(s.getUntracked());
            paths.addAll(s.getMissing());
            paths.addAll(s.getAdded());
            paths.addAll(s.getChanged());
            paths.addAll(s.getRemoved());
            return paths.stream().distinct().sorted().toList();
        } catch (GitAPIException e) {
            throw new IllegalStateException(e);
        }
    }

    private String remoteBranch() {
        return "refs/remotes/" + REMOTE + "/" + branch;
    }

    File workTree() {
        return git.getRepository().getWorkTree();
    }

    @Override
    public void close() {
        git.close();
    }
}
