package se.samverkansgrafen.query;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;

/**
 * A copy of queries/ in a temporary directory with some files replaced, for a service run
 * with samverkan.query.directory pointing at it: a test that needs a query to behave in a way
 * the data cannot make it (run long, fail part-way) replaces that query only.
 */
public final class QueryDirectoryCopy {

    private QueryDirectoryCopy() {
    }

    /** @param replaced file text by path relative to queries/ (such as {@code exports/attendance.rq}) */
    public static Path with(String prefix, Map<String, String> replaced) {
        try {
            Path copy = Files.createTempDirectory(prefix);
            try (Stream<Path> files = Files.walk(Path.of("queries"))) {
                for (Path file : files.toList()) {
                    Path target = copy.resolve(Path.of("queries").relativize(file).toString());
                    if (Files.isDirectory(file)) {
                        Files.createDirectories(target);
                    } else {
                        Files.copy(file, target, StandardCopyOption.REPLACE_EXISTING);
                    }
                }
            }
            for (Map.Entry<String, String> file : replaced.entrySet()) {
                Files.writeString(copy.resolve(file.getKey()), file.getValue());
            }
            return copy;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The numbers 0 to count - 1 as the values of a SPARQL VALUES block: with two or three such blocks, a query makes many rows. */
    public static String numbersBelow(int count) {
        return IntStream.range(0, count).mapToObj(String::valueOf).collect(Collectors.joining(" "));
    }
}
