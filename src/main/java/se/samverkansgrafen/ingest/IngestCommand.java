package se.samverkansgrafen.ingest;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

import org.apache.jena.rdf.model.Model;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFFormat;

/**
 * {@code ./mvnw -q compile exec:java@ingest -Dexec.args="minutes.pdf [more files]"}: reads each
 * file (PDF, DOCX, ODT or text), extracts a cited draft, writes it to {@code drafts/NAME.ttl} (outside ontology/ and
 * data/, so the loader never serves it) and prints a summary per file. A file that cannot
 * be read or is not minutes gets a message naming it, and nothing is written for it.
 */
public final class IngestCommand {

    private final MinutesSource source;
    private final MinutesExtractor extractor;
    private final Path draftsDirectory;
    private final PrintStream out;

    public IngestCommand(MinutesSource source, Gazetteer gazetteer, Path draftsDirectory, PrintStream out) {
        this.source = source;
        this.extractor = new MinutesExtractor(gazetteer);
        this.draftsDirectory = draftsDirectory;
        this.out = out;
    }

    /** What became of one file: the draft written, or why not. */
    public record Outcome(Path file, Path draft, String summary, String error) {
    }

    public static void main(String[] args) throws IOException {
        if (args.length == 0) {
            System.err.println("usage: ./mvnw -q compile exec:java@ingest -Dexec.args=\"minutes.txt [more files]\"");
            System.exit(2);
        }
        Path root = Path.of(System.getProperty("samverkan.data.root", "")).toAbsolutePath();
        Gazetteer gazetteer = new Gazetteer(Gazetteer.loadModel(root, p -> true));
        Path drafts = Path.of(System.getProperty("samverkan.drafts", root.resolve("drafts").toString()));
        IngestCommand command = new IngestCommand(new MinutesReader(), gazetteer, drafts,
                new PrintStream(new FileOutput(), true, StandardCharsets.UTF_8));
        List<Outcome> outcomes = command.run(List.of(args).stream().map(Path::of).toList());
        long failed = outcomes.stream().filter(o -> o.error() != null).count();
        System.exit(failed == 0 ? 0 : 1);
    }

    /** Ingests the files one by one; one bad file does not stop the others. */
    public List<Outcome> run(List<Path> files) throws IOException {
        Files.createDirectories(draftsDirectory);
        List<Outcome> outcomes = new ArrayList<>();
        int n = 0;
        for (Path file : files) {
            n++;
            if (files.size() > 1) {
                out.printf("[%d/%d] %s%n", n, files.size(), file.getFileName());
            }
            outcomes.add(ingest(file));
        }
        if (files.size() > 1) {
            long ok = outcomes.stream().filter(o -> o.error() == null).count();
            out.printf("%d of %d files became drafts in %s%n", ok, files.size(), draftsDirectory);
        }
        return outcomes;
    }

    Outcome ingest(Path file) throws IOException {
        try {
            MinutesText text = source.read(file);
            Draft draft = extractor.extract(text);
            Model model = DraftWriter.toModel(draft);
            String name = file.getFileName().toString().replaceFirst("\\.[^.]+$", "") + ".ttl";
            Path target = draftsDirectory.resolve(name);
            Path temporary = Files.createTempFile(draftsDirectory, ".draft-", ".ttl");
            try (OutputStream stream = Files.newOutputStream(temporary)) {
                stream.write(("# Draft extracted from " + file.getFileName() + "; review before moving to data/sources/.\n")
                        .getBytes(StandardCharsets.UTF_8));
                RDFDataMgr.write(stream, model, RDFFormat.TURTLE_PRETTY);
            }
            Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            String summary = summary(draft, target);
            out.print(summary);
            return new Outcome(file, target, summary, null);
        } catch (IngestException | UnreadableMinutesException e) {
            out.println("refused: " + e.getMessage());
            return new Outcome(file, null, null, e.getMessage());
        } catch (java.io.UncheckedIOException e) {
            String reason = file.getFileName() + ": cannot be read (" + e.getCause().getMessage() + ")";
            out.println("refused: " + reason);
            return new Outcome(file, null, null, reason);
        }
    }

    /** Participants by status, items, decisions, new people, identity candidates, and what could not be placed. */
    static String summary(Draft draft, Path target) {
        StringBuilder s = new StringBuilder();
        Draft.Meeting meeting = draft.meeting();
        s.append(draft.fileName()).append(" -> ").append(target).append('\n');
        s.append("  meeting: ").append(meeting.groups().stream().map(g -> g.label() + (g.known() ? "" : " (new group)"))
                .collect(Collectors.joining(" + "))).append(", ").append(meeting.date())
                .append(meeting.dateInferredFrom() != null ? " (year inferred)" : "").append('\n');
        Map<String, Long> byStatus = draft.participants().stream()
                .collect(Collectors.groupingBy(Draft.Participant::statusIri, TreeMap::new, Collectors.counting()));
        s.append("  participants: ").append(draft.participants().size()).append(' ').append(byStatus).append('\n');
        s.append("  roles: ").append(meeting.roles().stream()
                .map(r -> r.roleIri().substring(Vocab.ROLE.length()) + " " + r.person().name())
                .collect(Collectors.joining(", "))).append('\n');
        s.append("  items: ").append(draft.items().size()).append(", decisions: ").append(draft.decisions().size())
                .append(", memberships: ").append(draft.memberships().size()).append('\n');
        long known = draft.matterLinks().stream().map(Draft.MatterLink::matterIri).distinct()
                .filter(iri -> draft.matters().stream().noneMatch(m -> m.iri().equals(iri))).count();
        s.append("  matters: ").append(known).append(" known, ").append(draft.matters().size()).append(" proposed")
                .append(draft.matters().isEmpty() ? "" : " (" + draft.matters().stream().map(Draft.Matter::label)
                        .collect(Collectors.joining("; ")) + ")")
                .append(", steps: ").append(draft.steps().stream().filter(st -> !st.planned()).count()).append(" done, ")
                .append(draft.steps().stream().filter(Draft.Step::planned).count()).append(" planned").append('\n');
        List<Draft.Person> newPeople = DraftWriter.newPeople(draft);
        s.append("  new people: ").append(newPeople.size())
                .append(newPeople.isEmpty() ? "" : " (" + newPeople.stream().map(Draft.Person::name).collect(Collectors.joining(", ")) + ")")
                .append('\n');
        s.append("  identity candidates: ").append(draft.candidates().size());
        draft.candidates().forEach(c -> s.append("\n    ").append(c.written().name()).append(" ~ ").append(c.known().name()));
        s.append('\n');
        long uncertain = draft.participants().stream().filter(p -> p.uncertaintyNote() != null).count();
        s.append("  uncertain attendances: ").append(uncertain).append('\n');
        s.append("  could not place: ").append(draft.unplaced().size());
        draft.unplaced().forEach(u -> s.append("\n    ").append(u));
        s.append('\n');
        return s.toString();
    }

    /** Standard output that survives exec:java's own stream handling. */
    private static final class FileOutput extends OutputStream {
        @Override
        public void write(int b) {
            System.out.write(b);
        }

        @Override
        public void write(byte[] b, int off, int len) {
            System.out.write(b, off, len);
        }

        @Override
        public void flush() {
            System.out.flush();
        }
    }
}
