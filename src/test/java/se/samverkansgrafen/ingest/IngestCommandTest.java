package se.samverkansgrafen.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.apache.jena.rdf.model.Model;
import org.apache.jena.riot.RDFDataMgr;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The ingest command writes a draft and a summary per file, and nothing for a file it refuses. */
class IngestCommandTest {

    private static Gazetteer gazetteer;

    @TempDir
    Path drafts;

    @BeforeAll
    static void gazetteer() {
        gazetteer = new Gazetteer(Gazetteer.loadModel(Path.of("").toAbsolutePath(), p -> true));
    }

    @Test
    void writesADraftAndSummarisesIt() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        IngestCommand command = new IngestCommand(new MinutesReader(), gazetteer, drafts, new PrintStream(out, true, StandardCharsets.UTF_8));

        List<IngestCommand.Outcome> outcomes = command.run(List.of(Path.of("src/test/resources/ingest/protokoll-paragrafer.txt"),
                Path.of("minutes/001_c167f51003a1b926.txt")));

        assertThat(outcomes).allSatisfy(o -> assertThat(o.error()).isNull());
        Model draft = RDFDataMgr.loadModel(drafts.resolve("protokoll-paragrafer.ttl").toString());
        assertThat(draft.listResourcesWithProperty(org.apache.jena.vocabulary.RDF.type,
                draft.createResource(Vocab.SG + "Attendance")).toList()).hasSize(6);
        String summary = out.toString(StandardCharsets.UTF_8);
        assertThat(summary).contains("[1/2] protokoll-paragrafer.txt", "[2/2] 001_c167f51003a1b926.txt",
                "participants: 6 {absent=1, partial=1, present=4}", "items: 6, decisions: 4", "new people: 6",
                "2 of 2 files became drafts");
    }

    @Test
    void refusesWhatIsNotMinutesAndWritesNothing() throws Exception {
        Path notMinutes = Files.writeString(drafts.resolveSibling(drafts.getFileName() + "-in.txt"), "Inköpslista\nmjölk\nbröd\n");
        Path empty = Files.write(drafts.resolveSibling(drafts.getFileName() + "-empty.txt"), new byte[0]);
        byte[] png = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0, 0, 0, 13, 'I', 'H', 'D', 'R', 0, 0, 0, 1};
        Path binary = Files.write(drafts.resolveSibling(drafts.getFileName() + "-picture.txt"), png);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        IngestCommand command = new IngestCommand(new MinutesReader(), gazetteer, drafts, new PrintStream(out, true, StandardCharsets.UTF_8));

        List<IngestCommand.Outcome> outcomes = command.run(List.of(notMinutes, empty, binary));

        assertThat(outcomes).extracting(IngestCommand.Outcome::error).allSatisfy(e -> assertThat(e).isNotNull());
        assertThat(outcomes.get(0).error()).contains(notMinutes.getFileName().toString(), "does not read as minutes");
        assertThat(outcomes.get(1).error()).contains("empty");
        // Named .txt, but the content is an image: the type comes from the content.
        assertThat(outcomes.get(2).error()).contains(binary.getFileName().toString(), "image/png");
        try (var files = Files.list(drafts)) {
            assertThat(files.toList()).isEmpty();
        }
    }
}
