package se.samverkansgrafen.history;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;

import tools.jackson.databind.ObjectMapper;

/**
 * The intent of the write in progress, recorded before any data file is touched: which
 * files get which content (SHA-256; empty for a removal), by whom, with what message. A
 * crash leaves it behind, and the next start completes or rolls back the write from it.
 */
final class WriteJournal {

    private static final ObjectMapper JSON = new ObjectMapper();

    /**
     * @param author  the editor
     * @param message the commit message
     * @param files   relative path to the SHA-256 of its new content, or "" when it is removed
     */
    record Intent(String author, String message, Map<String, String> files) {
    }

    private final Path file;

    WriteJournal(Path gitDirectory) {
        this.file = gitDirectory.resolve("samverkan-write-intent.json");
    }

    void record(Intent intent) throws IOException {
        AtomicFiles.write(file, JSON.writeValueAsBytes(intent));
    }

    Optional<Intent> pending() throws IOException {
        if (!Files.exists(file)) {
            return Optional.empty();
        }
        return Optional.of(JSON.readValue(Files.readAllBytes(file), Intent.class));
    }

    void clear() throws IOException {
        AtomicFiles.delete(file);
    }
}
