package se.samverkansgrafen.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import se.samverkansgrafen.ingest.MinutesText.Line;

class MinutesReaderTextTest {

    private final MinutesReader reader = new MinutesReader();

    @Test
    void utf8TextKeepsTheFilesLineNumbersAndRejoinsHyphenation() {
        String text = """
                Minnesanteckningar för Exempelgruppen

                Närvarande: Åsa Öberg, Exempelby kommun
                Rapport om sam-
                verkan i länet.
                Hälso- och sjukvård
                Hälso-
                och sjukvård
                """;

        MinutesText read = reader.read("anteckningar.txt", text.getBytes(StandardCharsets.UTF_8));

        assertThat(read.mediaType()).isEqualTo("text/plain");
        assertThat(read.pageCount()).isEqualTo(1);
        assertThat(read.lines()).extracting(Line::number, Line::text).containsExactly(
                tuple(1, "Minnesanteckningar för Exempelgruppen"),
                tuple(3, "Närvarande: Åsa Öberg, Exempelby kommun"),
                tuple(4, "Rapport om samverkan"),
                tuple(5, "i länet."),
                tuple(6, "Hälso- och sjukvård"),
                tuple(7, "Hälso-"),
                tuple(8, "och sjukvård"));
    }

    @Test
    void windows1252TextIsDecodedByDetection() {
        String text = "Närvarande: Åsa Öberg – ordförande\r\nFrånvarande: Märta Ängström\r\n";
        byte[] cp1252 = text.getBytes(Charset.forName("windows-1252"));

        MinutesText read = reader.read("gammal.txt", cp1252);

        assertThat(read.lines()).extracting(Line::text)
                .containsExactly("Närvarande: Åsa Öberg – ordförande", "Frånvarande: Märta Ängström");
    }

    @Test
    void formFeedsArePagesWhosePageNumbersAndRepeatedHeadersAreDropped() {
        String text = "Protokoll Exempelnämnden\n§ 1 Öppnande\nMötet öppnades.\n1 (3)\f"
                + "Protokoll Exempelnämnden\n§ 2 Val av justerare\nAnna Andersson valdes.\n2 (3)\f"
                + "Protokoll Exempelnämnden\n§ 3 Avslutning\n3 (3)\n";

        MinutesText read = reader.read("sidor.txt", text.getBytes(StandardCharsets.UTF_8));

        assertThat(read.pageCount()).isEqualTo(3);
        assertThat(read.lines()).extracting(Line::page, Line::text).containsExactly(
                tuple(1, "Protokoll Exempelnämnden"), tuple(1, "§ 1 Öppnande"), tuple(1, "Mötet öppnades."),
                tuple(2, "§ 2 Val av justerare"), tuple(2, "Anna Andersson valdes."),
                tuple(3, "§ 3 Avslutning"));
    }

    @Test
    void aLetterheadRepeatedOnEveryPageGoesButRepeatedContentStays() {
        List<String> lines = new ArrayList<>();
        for (int page = 1; page <= 4; page++) {
            lines.add("Tjänsteställe");
            lines.add("Förvaltningen för regional");
            lines.add("utveckling");
            lines.add("Sekreterare");
            lines.add("Eva Exem-");
            lines.add("pelsson");
            for (int i = 1; i <= 10 + 5 * (page % 2); i++) {
                lines.add("Punkt " + page + "." + i + " diskuterades.");
                if (i == 5) {
                    lines.add("Föredragande: Anna Andersson");
                    lines.add("Beslut:");
                    lines.add("Inget att rapportera.");
                }
                if (i == 8 && page <= 2) {
                    lines.add("Ledamöter:");
                    lines.add("Anna Andersson");
                    lines.add("Bertil Berg");
                    lines.add("Cecilia Ceder");
                }
            }
        }
        lines.add("Sida 5 av 5");
        lines.add("Inget att rapportera.");
        lines.add("Justerare: Bertil Berg");

        MinutesText read = reader.read("skannad.txt", String.join("\n", lines).getBytes(StandardCharsets.UTF_8));

        assertThat(read.lines()).extracting(Line::text).startsWith(
                "Tjänsteställe", "Förvaltningen för regional", "utveckling", "Sekreterare", "Eva Exempelsson",
                "Punkt 1.1 diskuterades.");
        assertThat(read.lines()).extracting(Line::text)
                .doesNotContain("Sida 5 av 5")
                .contains("Punkt 4.1 diskuterades.", "Justerare: Bertil Berg");
        for (String once : List.of("Tjänsteställe", "Sekreterare", "Eva Exempelsson")) {
            assertThat(read.lines()).filteredOn(line -> line.text().equals(once)).hasSize(1);
        }
        assertThat(read.lines()).filteredOn(line -> line.text().equals("Beslut:")).hasSize(4);
        assertThat(read.lines()).filteredOn(line -> line.text().equals("Föredragande: Anna Andersson")).hasSize(4);
        assertThat(read.lines()).filteredOn(line -> line.text().equals("Inget att rapportera.")).hasSize(5);
        // Repeated content: three lines four times, four lines twice.
        assertThat(read.lines()).filteredOn(line -> line.text().equals("Bertil Berg")).hasSize(2);
    }

    @Test
    void aSingleHeadingAtRegularIntervalsKeepsOnlyItsFirstOccurrence() {
        List<String> lines = new ArrayList<>();
        for (int page = 1; page <= 4; page++) {
            lines.add("Protokoll Exempelnämnden");
            for (int i = 1; i <= 20; i++) {
                lines.add("Punkt " + page + "." + i + " diskuterades.");
            }
        }

        MinutesText read = reader.read("sidhuvud.txt", String.join("\n", lines).getBytes(StandardCharsets.UTF_8));

        assertThat(read.lines()).filteredOn(line -> line.text().equals("Protokoll Exempelnämnden"))
                .extracting(Line::number).containsExactly(1);
        assertThat(read.lines()).hasSize(81);
    }

    private static org.assertj.core.groups.Tuple tuple(Object... values) {
        return org.assertj.core.groups.Tuple.tuple(values);
    }
}
