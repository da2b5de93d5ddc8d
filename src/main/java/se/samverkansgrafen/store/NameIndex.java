package se.samverkansgrafen.store;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;

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

/**
 * The jena-text (Lucene) index over names and labels that the name-search query uses:
 * foaf:name, skos:prefLabel and skos:altLabel all go to one field, "label".
 */
final class NameIndex {

    static final String LABEL_FIELD = "label";

    private NameIndex() {
    }

    /** The dataset wrapped so that every change also updates a Lucene index in {@code directory}. */
    static DatasetGraph onDisk(DatasetGraph dataset, Path directory) {
        try {
            return wrap(dataset, FSDirectory.open(directory));
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
