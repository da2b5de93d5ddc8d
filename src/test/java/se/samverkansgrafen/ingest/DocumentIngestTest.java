package se.samverkansgrafen.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Minutes as a PDF and as a Word file, written by the test, become cited drafts through
 * the ingest command; a name struck through in the PDF comes out absent.
 */
class DocumentIngestTest {

    private static Gazetteer gazetteer;

    @TempDir
    Path work;

    @BeforeAll
    static void gazetteer() {
        gazetteer = new Gazetteer(Gazetteer.loadModel(Path.of("").toAbsolutePath(), p -> true));
    }

    private static final List<String> HEADING = List.of("PROTOKOLL", "Styrgrupp för närvård i Gävleborg",
            "Datum: 2024-09-12", "Plats: Regionhuset, Gävle", "", "Närvarande");
    private static final List<String> ITEMS = List.of("", "§ 1 Mötets öppnande", "Ordföranden öppnade mötet.", "",
            "§ 2 Handlingsplan för psykisk hälsa", "Beslut: Styrgruppen godkänner handlingsplanen.");

    @Test
    void struckNameInAPdfIsAbsent() throws IOException {
        TestPdf pdf = new TestPdf().page();
        HEADING.forEach(pdf::line);
        pdf.line("Vilhelmina Storm, Gävle kommun (ordförande)")
                .marked("Ragnar Ödlund, Sandvikens kommun", "Ragnar Ödlund", TestPdf.Mark.STRIKE_LINE)
                .line("Tove Lindqvist, Region Gävleborg");
        ITEMS.forEach(pdf::line);
        Path file = Files.write(work.resolve("protokoll.pdf"), pdf.bytes());

        Model draft = ingest(file, "protokoll.ttl");

        assertThat(statusOf(draft, "Ragnar Ödlund")).isEqualTo("absent");
        assertThat(statusOf(draft, "Vilhelmina Storm")).isEqualTo("present");
        assertThat(statusOf(draft, "Tove Lindqvist")).isEqualTo("present");
    }

    @Test
    void wordMinutesBecomeADraft() throws IOException {
        Path file = work.resolve("protokoll.docx");
        try (XWPFDocument document = new XWPFDocument(); var out = Files.newOutputStream(file)) {
            HEADING.forEach(text -> document.createParagraph().createRun().setText(text));
            for (String participant : List.of("Vilhelmina Storm, Gävle kommun (ordförande)",
                    "Tove Lindqvist, Region Gävleborg")) {
                document.createParagraph().createRun().setText(participant);
            }
            ITEMS.forEach(text -> document.createParagraph().createRun().setText(text));
            document.write(out);
        }

        Model draft = ingest(file, "protokoll.ttl");

        assertThat(statusOf(draft, "Vilhelmina Storm")).isEqualTo("present");
        assertThat(statusOf(draft, "Tove Lindqvist")).isEqualTo("present");
        assertThat(count(draft, "SELECT (COUNT(?d) AS ?n) { ?d a <https://w3id.org/samverkan/def#Decision> }")).isEqualTo(1);
    }

    private Model ingest(Path file, String draftName) throws IOException {
        Path drafts = work.resolve("drafts");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        IngestCommand command = new IngestCommand(new MinutesReader(), gazetteer, drafts,
                new PrintStream(out, true, StandardCharsets.UTF_8));
        List<IngestCommand.Outcome> outcomes = command.run(List.of(file));
        assertThat(outcomes.getFirst().error()).as(out.toString(StandardCharsets.UTF_8)).isNull();
        return RDFDataMgr.loadModel(drafts.resolve(draftName).toString());
    }

    /** The local name of the attendance status of the person written as {@code name}. */
    private static String statusOf(Model draft, String name) {
        String query = """
                PREFIX sg: <https://w3id.org/samverkan/def#>
                SELECT ?status WHERE { ?a a sg:Attendance ; sg:nameAsWritten ?written ; sg:attendanceStatus ?status .
                  FILTER(CONTAINS(STR(?written), "%s")) }""".formatted(name);
        try (QueryExecution exec = QueryExecution.model(draft).query(query).build()) {
            List<QuerySolution> rows = new java.util.ArrayList<>();
            exec.execSelect().forEachRemaining(rows::add);
            assertThat(rows).as("attendance of " + name).hasSize(1);
            String status = rows.getFirst().getResource("status").getURI();
            return status.substring(status.lastIndexOf('/') + 1);
        }
    }

    private static long count(Model draft, String query) {
        try (QueryExecution exec = QueryExecution.model(draft).query(query).build()) {
            return exec.execSelect().next().getLiteral("n").getLong();
        }
    }
}
