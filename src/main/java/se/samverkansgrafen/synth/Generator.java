package se.samverkansgrafen.synth;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.HashSet;
import java.util.Set;
import java.util.List;
import java.util.stream.Stream;

import org.apache.jena.riot.RDFLanguages;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.system.StreamRDFBase;
import org.apache.jena.vocabulary.RDF;

/**
 * Writes a data root for a size: a copy of the project's ontology/ and data/ (the seeds,
 * with the real regions and municipalities of data/reference), and for M and L a
 * synthetic region per selected county under data/synthetic/, file by file, so memory
 * holds one region's plan and one file at a time. Same seed, same bytes.
 */
final class Generator {

    /** The last year generated; the years end here so that output does not depend on the clock. */
    static final int LAST_YEAR = 2025;
    /** Marks a directory this generator wrote, the only kind it empties before writing. */
    static final String MARKER = ".synthetic";
    static final String MANIFEST = "synthetic-manifest.txt";

    /**
     * @param size    S, M or L
     * @param seed    the random seed
     * @param years   years to generate, ending with {@link #LAST_YEAR}
     * @param regions länskoder of the regions to generate (null: as the size says)
     */
    record Options(Size size, long seed, int years, List<String> regions) {
    }

    private static final Node PERSON = Iris.uri(Iris.FOAF, "Person");
    private static final Node GROUP = Iris.sg("CollaborationGroup");
    private static final Node MEETING = Iris.sg("Meeting");

    /** Typed in the copied curated files (counted once however many files mention them). */
    private final Set<Node> people = new HashSet<>();
    private final Set<Node> groups = new HashSet<>();
    private final Set<Node> meetings = new HashSet<>();
    private final Path projectRoot;
    private final Path out;
    private final PrintStream err;

    Generator(Path projectRoot, Path out, PrintStream err) {
        this.projectRoot = projectRoot;
        this.out = out;
        this.err = err;
    }

    Counts run(Options options) {
        prepareOutput();
        Counts counts = new Counts();
        copy("ontology", counts);
        copy("data", counts);
        counts.people += people.size();
        counts.groups += groups.size();
        counts.meetings += meetings.size();
        List<Regions.Region> all = Regions.read(projectRoot.resolve("data/reference"));
        List<Regions.Region> regions = options.regions() == null ? options.size().regions(all)
                : all.stream().filter(r -> options.regions().contains(r.lanskod())).toList();
        if (options.regions() != null && regions.size() != options.regions().size()) {
            throw new IllegalArgumentException("Unknown länskod in " + options.regions() + "; the reference data has "
                    + all.stream().map(Regions.Region::lanskod).toList());
        }
        int firstYear = LAST_YEAR - options.years() + 1;
        long total = regions.stream().mapToLong(r -> new Calendar(new Structure(r).groups(), firstYear, LAST_YEAR,
                new Rng(options.seed(), "calendar/" + r.lanskod())).meetings()).sum();
        Progress progress = new Progress(err, total);
        for (Regions.Region region : regions) {
            writeRegion(new RegionModel(region, options.seed(), firstYear, LAST_YEAR), counts, progress);
        }
        if (!regions.isEmpty()) {
            progress.finish();
        }
        counts.regions = regions.size();
        writeManifest(options, regions, firstYear, counts);
        return counts;
    }

    private void writeRegion(RegionModel model, Counts counts, Progress progress) {
        Path dir = out.resolve("data/synthetic/" + model.region.lanskod() + "-" + model.region.slug());
        ReferenceFiles reference = new ReferenceFiles(model, counts);
        reference.writeGroups(dir.resolve("reference/groups.ttl"));
        MinutesFile minutes = new MinutesFile(model, counts);
        for (RegionModel.Meeting meeting : model.meetings()) {
            minutes.write(meeting, dir.resolve("sources/" + meeting.group().slug().substring(model.structure.prefix().length())
                    + "/" + meeting.date() + ".ttl"));
            progress.step(counts, model.region.label());
        }
        reference.writePeople(dir.resolve("reference/people.ttl"));
        reference.writeMatters(dir.resolve("reference/matters.ttl"));
    }

    private void prepareOutput() {
        try {
            if (Files.isDirectory(out)) {
                boolean empty;
                try (Stream<Path> entries = Files.list(out)) {
                    empty = entries.findAny().isEmpty();
                }
                if (!empty && !Files.exists(out.resolve(MARKER))) {
                    throw new IllegalArgumentException(out + " is not empty and was not written by this generator ("
                            + MARKER + " missing); choose another --out");
                }
                try (Stream<Path> walk = Files.walk(out)) {
                    for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
                        if (!p.equals(out)) {
                            Files.delete(p);
                        }
                    }
                }
            }
            Files.createDirectories(out);
            Files.writeString(out.resolve(MARKER), "Written by se.samverkansgrafen.synth; emptied on the next run.\n");
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot prepare " + out, e);
        }
    }

    /** Copies a directory of the project as it is, counting its RDF files and triples. */
    private void copy(String directory, Counts counts) {
        Path source = projectRoot.resolve(directory);
        try (Stream<Path> walk = Files.walk(source)) {
            for (Path f : walk.sorted().toList()) {
                Path target = out.resolve(directory).resolve(source.relativize(f).toString());
                if (Files.isDirectory(f)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(f, target);
                    if (RDFLanguages.filenameToLang(f.getFileName().toString()) != null) {
                        RDFParser.source(f).parse(new StreamRDFBase() {
                            @Override
                            public void triple(Triple triple) {
                                counts.triples++;
                                if (triple.getPredicate().equals(RDF.type.asNode())) {
                                    Node type = triple.getObject();
                                    if (type.equals(PERSON)) {
                                        people.add(triple.getSubject());
                                    } else if (type.equals(GROUP)) {
                                        groups.add(triple.getSubject());
                                    } else if (type.equals(MEETING)) {
                                        meetings.add(triple.getSubject());
                                    }
                                }
                            }
                        });
                        counts.files++;
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot copy " + source, e);
        }
    }

    private void writeManifest(Options options, List<Regions.Region> regions, int firstYear, Counts counts) {
        String text = """
                Synthetic data root written by se.samverkansgrafen.synth.
                size %s, seed %d, years %s, regions %s
                ontology/ and data/ (reference and seeds) are copies of the project's; data/synthetic/ is invented.

                %s""".formatted(options.size(), options.seed(), regions.isEmpty() ? "-" : firstYear + "–" + LAST_YEAR,
                regions.isEmpty() ? "-" : String.join(", ", regions.stream().map(r -> r.lanskod() + " " + r.label()).toList()),
                counts.summary());
        try {
            Files.writeString(out.resolve(MANIFEST), text, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
