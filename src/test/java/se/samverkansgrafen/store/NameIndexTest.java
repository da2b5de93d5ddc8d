package se.samverkansgrafen.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** An index on disk built with another analysis is dropped so that it is rebuilt. */
class NameIndexTest {

    @TempDir
    Path temp;

    @Test
    void anIndexOfAnotherAnalysisIsDiscardedAndOneOfThisAnalysisKept() throws IOException {
        Path old = Files.createDirectories(temp.resolve("old-text"));
        Files.writeString(old.resolve("segments_1"), "terms of an older chain");
        NameIndex.discardIfStale(old);
        assertThat(old).doesNotExist();

        Path current = temp.resolve("current-text");
        NameIndex.onDisk(DatasetGraphFactory.createTxnMem(), current);
        NameIndex.discardIfStale(current);
        assertThat(current.resolve("samverkan-analysis")).hasContent(SwedishNameAnalyzer.version());
    }
}
