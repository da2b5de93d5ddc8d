package se.samverkansgrafen.ingest;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;
import java.util.stream.Stream;

import org.apache.jena.rdf.model.Model;

/**
 * Minutes in, draft out, for the service: reads an uploaded document, extracts its facts
 * against the curated graph under a data root, and gives the draft as RDF with a summary
 * for the reviewer. The gazetteer is read again when a file under the data root has
 * changed since it was last read, so an accepted draft's people are known to the next one.
 */
public final class MinutesDrafts {

    private final Path root;
    private final MinutesReader reader;
    private Gazetteer gazetteer;
    private FileTime gazetteerAsOf;

    public MinutesDrafts(Path root, MinutesReader reader) {
        this.root = root;
        this.reader = reader;
    }

    /** A draft and what the reviewer should know about it (the command's summary, line by line). */
    public record Result(Model model, List<String> summary) {
    }

    /**
     * @throws UnreadableMinutesException when the document cannot be read
     * @throws IngestException when it does not read as minutes
     */
    public Result draft(String fileName, byte[] content) throws IngestException {
        MinutesText text = reader.read(fileName, content);
        Draft draft = new MinutesExtractor(currentGazetteer()).extract(text);
        List<String> summary = IngestCommand.summary(draft, Path.of(fileName)).lines().skip(1)
                .map(String::strip).toList();
        return new Result(DraftWriter.toModel(draft), summary);
    }

    /** The document's text as {@link #draft} reads it, lines numbered as its citations give them. */
    public MinutesText text(String fileName, byte[] content) {
        return reader.read(fileName, content);
    }

    private synchronized Gazetteer currentGazetteer() {
        FileTime latest = latestChange();
        if (gazetteer == null || latest.compareTo(gazetteerAsOf) > 0) {
            gazetteer = new Gazetteer(Gazetteer.loadModel(root, file -> true));
            gazetteerAsOf = latest;
        }
        return gazetteer;
    }

    private FileTime latestChange() {
        FileTime latest = FileTime.fromMillis(0);
        for (String directory : List.of("ontology", "data")) {
            Path base = root.resolve(directory);
            if (!Files.isDirectory(base)) {
                continue;
            }
            try (Stream<Path> files = Files.walk(base)) {
                for (Path file : files.filter(Files::isRegularFile).toList()) {
                    FileTime modified = Files.getLastModifiedTime(file);
                    if (modified.compareTo(latest) > 0) {
                        latest = modified;
                    }
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return latest;
    }
}
