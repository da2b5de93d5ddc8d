package se.samverkansgrafen.query;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * The named queries in queries/*.rq, read and parsed once. A query may have variants for
 * stores that lack what it uses (jena-text, say): queries/VARIANT/NAME.rq, chosen by the
 * store's flavour, declaring the same parameters. The catalogue holds the chosen form of
 * each query under the query's own name; the base form is parsed too, so every file is
 * checked at start whichever store runs.
 */
public final class NamedQueryCatalog {

    private final Map<String, NamedQuery> queries;

    private NamedQueryCatalog(Map<String, NamedQuery> queries) {
        this.queries = queries;
    }

    /** Reads every .rq file in {@code directory} as written, without variants. */
    public static NamedQueryCatalog load(Path directory) {
        return load(directory, List.of());
    }

    /**
     * Reads every .rq file in {@code directory}, each replaced by its form in the first of
     * {@code variants} (subdirectories) that has one; a file that does not parse, a variant
     * whose parameters differ from its query's, or a variant of no query stops the start
     * with its name.
     */
    public static NamedQueryCatalog load(Path directory, List<String> variants) {
        Map<String, NamedQuery> queries = new TreeMap<>();
        try {
            for (Path file : rqFiles(directory)) {
                String name = name(file);
                NamedQuery base = NamedQuery.parse(name, Files.readString(file, StandardCharsets.UTF_8));
                NamedQuery chosen = base;
                for (String variant : variants) {
                    Path variantFile = directory.resolve(variant).resolve(file.getFileName());
                    if (Files.isRegularFile(variantFile)) {
                        chosen = variant(base, variant, variantFile);
                        break;
                    }
                }
                queries.put(name, chosen);
            }
            for (String variant : variants) {
                Path variantDirectory = directory.resolve(variant);
                if (Files.isDirectory(variantDirectory)) {
                    for (Path file : rqFiles(variantDirectory)) {
                        if (!queries.containsKey(name(file))) {
                            throw new IllegalArgumentException(variant + "/" + file.getFileName()
                                    + " is a variant of no query in " + directory);
                        }
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the named queries in " + directory.toAbsolutePath(), e);
        }
        return new NamedQueryCatalog(queries);
    }

    private static NamedQuery variant(NamedQuery base, String variant, Path file) throws IOException {
        NamedQuery form = NamedQuery.parse(base.name(), Files.readString(file, StandardCharsets.UTF_8));
        List<String> expected = base.parameters().stream().map(p -> p.name() + (p.optional() ? "?" : "")).toList();
        List<String> declared = form.parameters().stream().map(p -> p.name() + (p.optional() ? "?" : "")).toList();
        if (!declared.equals(expected)) {
            throw new IllegalArgumentException(variant + "/" + file.getFileName() + " declares the parameters "
                    + declared + ", its query " + base.name() + ".rq " + expected + " (? = optional)");
        }
        return form;
    }

    private static List<Path> rqFiles(Path directory) throws IOException {
        try (Stream<Path> files = Files.list(directory)) {
            return files.filter(f -> f.toString().endsWith(".rq") && Files.isRegularFile(f)).sorted().toList();
        }
    }

    private static String name(Path file) {
        return file.getFileName().toString().replaceFirst("\\.rq$", "");
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
