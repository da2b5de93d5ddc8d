package se.samverkansgrafen.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

import se.samverkansgrafen.ingest.MinutesText.Line;
import se.samverkansgrafen.ingest.TestPdf.Mark;

class MinutesReaderPdfTest {

    private final MinutesReader reader = new MinutesReader();

    @Test
    void multiPageMinutesLoseTheirPageNumbersAndTheRepeatsOfTheirHeaders() {
        byte[] pdf = new TestPdf()
                .page()
                .line("Protokoll Exempelnämnden 2024-05-17")
                .line("Tid: Fredag 17 maj kl 9-12")
                .line("Plats: Kommunhuset")
                .line("§ 1 Mötets öppnande")
                .line("Ordföranden öppnade mötet.")
                .footer("Sida 1 av 3")
                .page()
                .line("Protokoll Exempelnämnden 2024-05-17")
                .line("§ 2 Rapport om sam-")
                .line("verkan mellan kommunerna")
                .line("Hälso- och sjukvården i länet rapporterade.")
                .line("Föredragande: Anna-")
                .line("Karin Exempelsson")
                .footer("Sida 2 av 3")
                .page()
                .line("Protokoll Exempelnämnden 2024-05-17")
                .line("§ 3 Beslut")
                .line("Nämnden beslutade att godkänna rapporten.")
                .footer("Sida 3 av 3")
                .bytes();

        MinutesText text = reader.read("protokoll.pdf", pdf);

        assertThat(text.mediaType()).isEqualTo("application/pdf");
        assertThat(text.pageCount()).isEqualTo(3);
        assertThat(text.lines()).extracting(Line::text).containsExactly(
                "Protokoll Exempelnämnden 2024-05-17",
                "Tid: Fredag 17 maj kl 9-12",
                "Plats: Kommunhuset",
                "§ 1 Mötets öppnande",
                "Ordföranden öppnade mötet.",
                "§ 2 Rapport om samverkan",
                "mellan kommunerna",
                "Hälso- och sjukvården i länet rapporterade.",
                "Föredragande: Anna-Karin",
                "Exempelsson",
                "§ 3 Beslut",
                "Nämnden beslutade att godkänna rapporten.");
        assertThat(pageOf(text, "§ 1 Mötets öppnande")).isEqualTo(1);
        assertThat(pageOf(text, "§ 2 Rapport om samverkan")).isEqualTo(2);
        assertThat(pageOf(text, "§ 3 Beslut")).isEqualTo(3);
        assertThat(text.lines()).extracting(Line::number).isSorted().doesNotHaveDuplicates();
        assertThat(text.lines()).allSatisfy(line -> assertThat(line.struck()).isEmpty());
    }

    @Test
    void bareAndParenthesisedPageNumbersGoButParagraphNumbersAtPageTopsStay() {
        byte[] pdf = new TestPdf()
                .page().line("§ 12 Ekonomi").line("Budgeten redovisades.").footer("1")
                .page().line("§ 13 Personal").line("Inget att rapportera.").footer("2")
                .page().line("Justerat 2024-06-01   3 (3)").line("§ 14 Avslutning").footer("3")
                .bytes();

        MinutesText text = reader.read("paragrafer.pdf", pdf);

        assertThat(text.lines()).extracting(Line::text).containsExactly(
                "§ 12 Ekonomi", "Budgeten redovisades.", "§ 13 Personal", "Inget att rapportera.",
                "Justerat 2024-06-01 3 (3)", "§ 14 Avslutning");
    }

    @Test
    void headersWithPageNumbersAreOneHeaderButParagraphsNumberedLikeTheirPagesStay() {
        byte[] pdf = new TestPdf()
                .page().line("Protokoll 2024-05-17 Sida 1 av 3").line("§ 1 Öppnande").line("Mötet öppnades.")
                .page().line("Protokoll 2024-05-17 Sida 2 av 3").line("§ 2 Val av justerare").line("Anna valdes.")
                .page().line("Protokoll 2024-05-17 Sida 3 av 3").line("§ 3 Avslutning").line("Mötet avslutades.")
                .bytes();

        MinutesText text = reader.read("paragraf-per-sida.pdf", pdf);

        assertThat(text.lines()).extracting(Line::text).containsExactly(
                "Protokoll 2024-05-17 Sida 1 av 3", "§ 1 Öppnande", "Mötet öppnades.",
                "§ 2 Val av justerare", "Anna valdes.", "§ 3 Avslutning", "Mötet avslutades.");
    }

    @Test
    void namesStruckThroughByALineOrABarAreMarkedButUnderlinesAndHighlightsAreNot() {
        byte[] pdf = new TestPdf()
                .page()
                .line("Närvarande:")
                .marked("Anna Andersson, Exempelby kommun", "Anna Andersson", Mark.STRIKE_LINE)
                .marked("Bertil Berg, Region Exempel", "Bertil Berg", Mark.UNDERLINE)
                .marked("Cecilia Ceder, Exempelby kommun", "Cecilia Ceder", Mark.STRIKE_BAR)
                .line("David Dahl, Region Exempel")
                .marked("Eva Ek, Norrby kommun", "Eva Ek", Mark.STRIKE_ANNOTATION)
                .marked("Fredrik Fors, Norrby kommun", "Fredrik Fors", Mark.HIGHLIGHT)
                .marked("Gun Gran, Norrby kommun", "Gun Gran, Norrby kommun", Mark.STRIKE_LINE)
                .bytes();

        MinutesText text = reader.read("narvaro.pdf", pdf);

        assertThat(struckOf(text, "Anna Andersson, Exempelby kommun")).containsExactly("Anna Andersson");
        assertThat(struckOf(text, "Bertil Berg, Region Exempel")).isEmpty();
        assertThat(struckOf(text, "Cecilia Ceder, Exempelby kommun")).containsExactly("Cecilia Ceder");
        assertThat(struckOf(text, "David Dahl, Region Exempel")).isEmpty();
        assertThat(struckOf(text, "Eva Ek, Norrby kommun")).containsExactly("Eva Ek");
        assertThat(struckOf(text, "Fredrik Fors, Norrby kommun")).isEmpty();
        assertThat(struckOf(text, "Gun Gran, Norrby kommun")).containsExactly("Gun Gran, Norrby kommun");
        assertThat(struckOf(text, "Närvarande:")).isEmpty();
    }

    @Test
    void aStrikeLineCrossesOnlyTheColumnItIsDrawnIn() {
        byte[] pdf = new TestPdf()
                .page()
                .columns(new float[] {TestPdf.LEFT, 300}, "Ledamöter", "Ersättare")
                .columns(new float[] {TestPdf.LEFT, 300}, "Anna Andersson", "Bo Bergström")
                .bytes();
        MinutesText text = reader.read("tabell.pdf", pdf);

        assertThat(text.lines()).extracting(Line::text)
                .containsExactly("Ledamöter\tErsättare", "Anna Andersson\tBo Bergström");
        assertThat(text.lines()).allSatisfy(line -> assertThat(line.struck()).isEmpty());
    }

    @Test
    void anOcrdScanIsReadFromItsInvisibleTextLayer() throws java.io.IOException {
        try (TestPdf pdf = new TestPdf().page().scanImage().invisibleLine("Närvarande: Anna Andersson, Exempelby kommun")) {
            MinutesText text = reader.read("skannad-med-ocr.pdf", pdf.bytes());
            assertThat(text.lines()).extracting(Line::text).containsExactly("Närvarande: Anna Andersson, Exempelby kommun");
        }
    }

    private static int pageOf(MinutesText text, String line) {
        return find(text, line).page();
    }

    private static List<String> struckOf(MinutesText text, String line) {
        return find(text, line).struck();
    }

    private static Line find(MinutesText text, String line) {
        return text.lines().stream().filter(l -> l.text().equals(line)).findFirst()
                .orElseThrow(() -> new AssertionError("no line '" + line + "' in " + text.lines()));
    }
}
