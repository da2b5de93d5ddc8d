package se.samverkansgrafen.store;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

import org.apache.jena.query.text.EntityDefinition;
import org.apache.jena.query.text.TextDatasetFactory;
import org.apache.jena.query.text.TextIndex;
import org.apache.jena.query.text.TextIndexConfig;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.vocabulary.SKOS;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.jena.sparql.vocabulary.FOAF;
import org.slf4j.LoggerFactory;

/**
 * The jena-text (Lucene) index over names and labels that the name-search query uses:
 * foaf:name, skos:prefLabel and skos:altLabel all go to one field, "label".
 */
final class NameIndex {

    static final String LABEL_FIELD = "label";

    private NameIndex() {
    }

    /** Names the analysis an index on disk was built with, so that a changed analysis rebuilds it. */
    private static final String ANALYSIS_FILE = "samverkan-analysis";

    /**
     * Deletes the index at {@code directory} when it was built with another analysis than
     * {@link SwedishNameAnalyzer#version()} (an older chain, another word list): its terms
     * would not match what queries are now analysed into. The caller then reloads every file.
     */
    static void discardIfStale(Path directory) {
        if (!Files.isDirectory(directory)) {
            return;
        }
        try {
            Path marker = directory.resolve(ANALYSIS_FILE);
            String built = Files.exists(marker) ? Files.readString(marker).strip() : "";
            if (!built.equals(SwedishNameAnalyzer.version())) {
                LoggerFactory.getLogger(NameIndex.class).info(
                        "The name index at {} was built with another analysis; it is rebuilt", directory);
                try (Stream<Path> paths = Files.walk(directory)) {
                    for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                        Files.delete(path);
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot check the text index at " + directory, e);
        }
    }

    /** The dataset wrapped so that every change also updates a Lucene index in {@code directory}. */
    static DatasetGraph onDisk(DatasetGraph dataset, Path directory) {
        try {
            Directory index = FSDirectory.open(directory);
            Files.writeString(directory.resolve(ANALYSIS_FILE), SwedishNameAnalyzer.version());
            return wrap(dataset, index);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot open the text index at " + directory, e);
        }
    }

    static DatasetGraph inMemory(DatasetGraph dataset) {
        return wrap(dataset, new ByteBuffersDirectory());
    }

    private static DatasetGraph wrap(DatasetGraph dataset, Directory directory) {
        EntityDefinition entities = new EntityDefinition("uri", LABEL_FIELD, FOAF.name.asNode());
        entities.set(LABEL_FIELD, SKOS.prefLabel.asNode());
        entities.set(LABEL_FIELD, SKOS.altLabel.asNode());
        TextIndexConfig config = new TextIndexConfig(entities);
        config.setAnalyzer(SwedishNameAnalyzer.forIndexing());
        config.setQueryAnalyzer(SwedishNameAnalyzer.forQueries());
        config.setValueStored(true);
        TextIndex index = TextDatasetFactory.createLuceneIndex(directory, config);
        return TextDatasetFactory.create(dataset, index, true);
    }
}
