package se.samverkansgrafen.history;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.UUID;
import java.util.stream.Stream;

/**
 * Files replaced whole or not at all: the new content goes to a temporary file in the
 * same directory, is forced to disk, and is renamed over the target in one atomic step;
 * the directory is then forced so the rename itself survives a crash.
 */
public final class AtomicFiles {

    /** Temporary files start with this; they are never loaded (no RDF extension) and are cleared at start. */
    static final String TEMP_PREFIX = ".tmp-";

    private AtomicFiles() {
    }

    public static void write(Path target, byte[] content) throws IOException {
        Path dir = target.toAbsolutePath().getParent();
        Files.createDirectories(dir);
        Path temp = dir.resolve(TEMP_PREFIX + UUID.randomUUID() + "-" + target.getFileName());
        try (FileChannel channel = FileChannel.open(temp, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)) {
            ByteBuffer buffer = ByteBuffer.wrap(content);
            while (buffer.hasRemaining()) {
                channel.write(buffer);
            }
            channel.force(true);
        } catch (IOException e) {
            Files.deleteIfExists(temp);
            throw e;
        }
        Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        forceDirectory(dir);
    }

    public static void delete(Path target) throws IOException {
        if (Files.deleteIfExists(target)) {
            forceDirectory(target.toAbsolutePath().getParent());
        }
    }

    /** Removes temporary files a crash left under {@code dir}. */
    static void clearTemporaryFiles(Path dir) throws IOException {
        if (!Files.isDirectory(dir)) {
            return;
        }
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path f : files.filter(p -> p.getFileName().toString().startsWith(TEMP_PREFIX)).toList()) {
                Files.deleteIfExists(f);
            }
        }
    }

    private static void forceDirectory(Path dir) throws IOException {
        try (FileChannel channel = FileChannel.open(dir, StandardOpenOption.READ)) {
            channel.force(true);
        } catch (IOException e) {
            // Some platforms cannot open a directory for syncing; the rename is still atomic there.
        }
    }
}
