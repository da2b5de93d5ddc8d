package se.samverkansgrafen.query;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Stream;

/** The named queries in queries/*.rq, read and parsed once. */
public final class NamedQueryCatalog {

    private final Map<String, NamedQuery> queries;

    private NamedQueryCatalog(Map<String, NamedQuery> queries) {
        this.queries = queries;
    }

    /** Reads every .rq file in {@code directory}; a file that does not parse stops the start with its name. */
    public static NamedQueryCatalog load(Path directory) {
        Map<String, NamedQuery> queries = new TreeMap<>();
        try (Stream<Path> files = Files.list(directory)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".rq")).sorted().toList()) {
                String name = file.getFileName().toString().replaceFirst("\\.rq$", "");
                queries.put(name, NamedQuery.parse(name, Files.readString(file, StandardCharsets.UTF_8)));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the named queries in " + directory.toAbsolutePath(), e);
        }
        return new NamedQueryCatalog(queries);
    }

    public Optional<NamedQuery> find(String name) {
        return Optional.ofNullable(queries.get(name));
    }

    /** The query by name, for queries the code itself relies on. */
    public NamedQuery get(String name) {
        return find(name).orElseThrow(() -> new IllegalStateException("Named query " + name + ".rq is missing"));
    }

    public Collection<NamedQuery> all() {
        return queries.values();
    }
}
