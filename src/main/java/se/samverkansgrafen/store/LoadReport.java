package se.samverkansgrafen.store;

import java.time.Duration;
import java.util.List;
import java.util.Set;

/**
 * What one load of ontology/ and data/ did.
 *
 * @param loaded    files (re)loaded into their graph because they were new or changed
 * @param unchanged files skipped because their content hash matched the stored one
 * @param removed   graphs dropped because their file no longer exists
 * @param refused   files that failed to parse or broke the shapes; their previous graph was left untouched
 * @param violations SHACL results on data no changed file describes (data loaded before)
 * @param graphs    named graphs holding loaded files after the load
 * @param version   the data version ({@link DataVersion}) the store holds after the load; null
 *                  when it holds no loaded file
 * @param took      wall-clock time of the load
 * @param change    what the load changed in a store that held a complete load before it;
 *                  null after a first load (everything changed)
 */
public record LoadReport(List<LoadedFile> loaded, List<String> unchanged, List<String> removed,
        List<RefusedFile> refused, List<String> violations, int graphs, String version, Duration took,
        Change change) {

    /**
     * A change to a store that held a complete load: the data version before it, every IRI
     * the changed files named (as subject or object) and every IRI they described (as
     * subject), in their old content and in their new, and whether they hold a blank node.
     */
    public record Change(String versionBefore, Set<String> namedIris, Set<String> describedIris,
            boolean namesBlankNodes) {
    }

    /** A file loaded into graph {@code graph} with {@code triples} triples. */
    public record LoadedFile(String path, String graph, long triples) {
    }

    /** A file that could not be parsed: where and why. Line and column are -1 when unknown. */
    public record RefusedFile(String path, long line, long column, String reason) {

        @Override
        public String toString() {
            return line >= 0 ? "%s:%d:%d: %s".formatted(path, line, column, reason) : path + ": " + reason;
        }
    }
}
