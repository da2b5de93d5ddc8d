package se.samverkansgrafen.store;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFLanguages;

/** The project's own RDF files, read independently of the loader, to check what it loaded. */
final class ProjectFiles {

    static final Path ROOT = Path.of("").toAbsolutePath();
    static final List<String> DIRECTORIES = List.of("ontology", "data");
    static final String SHAPES = "ontology/shapes.ttl";

    private ProjectFiles() {
    }

    /** Relative path of every RDF file under ontology/ and data/, mapped to its triple count. */
    static Map<String, Long> tripleCounts(Path root) {
        Map<String, Long> counts = new TreeMap<>();
        for (String dir : DIRECTORIES) {
            try (Stream<Path> files = Files.walk(root.resolve(dir))) {
                files.filter(Files::isRegularFile)
                        .filter(f -> RDFLanguages.filenameToLang(f.toString()) != null)
                        .forEach(f -> counts.put(root.relativize(f).toString().replace('\\', '/'),
                                (long) RDFDataMgr.loadGraph(f.toString()).size()));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return counts;
    }

    /** Copies ontology/ and data/ into {@code target}, so a test can change them. */
    static void copyTo(Path target) throws IOException {
        for (String dir : DIRECTORIES) {
            Path source = ROOT.resolve(dir);
            try (Stream<Path> files = Files.walk(source)) {
                for (Path f : files.toList()) {
                    Path dest = target.resolve(ROOT.relativize(f).toString());
                    if (Files.isDirectory(f)) {
                        Files.createDirectories(dest);
                    } else {
                        Files.copy(f, dest);
                    }
                }
            }
        }
    }
}
