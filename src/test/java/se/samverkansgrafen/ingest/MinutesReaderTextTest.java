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
    void formFeedsArePagesWhoseHeadersAndNumbersAreDropped() {
        String text = "Protokoll Exempelnämnden\n§ 1 Öppnande\nMötet öppnades.\n1 (3)\f"
                + "Protokoll Exempelnämnden\n§ 2 Val av justerare\nAnna Andersson valdes.\n2 (3)\f"
                + "Protokoll Exempelnämnden\n§ 3 Avslutning\n3 (3)\n";

        MinutesText read = reader.read("sidor.txt", text.getBytes(StandardCharsets.UTF_8));

        assertThat(read.pageCount()).isEqualTo(3);
        assertThat(read.lines()).extracting(Line::page, Line::text).containsExactly(
                tuple(1, "§ 1 Öppnande"), tuple(1, "Mötet öppnades."),
                tuple(2, "§ 2 Val av justerare"), tuple(2, "Anna Andersson valdes."),
                tuple(3, "§ 3 Avslutning"));
    }

    @Test
    void aHeadingRepeatedAtRegularIntervalsGoesButRepeatedContentStays() {
        List<String> lines = new ArrayList<>();
        for (int page = 1; page <= 4; page++) {
            lines.add("Sekreterare Eva Exempel");
            for (int i = 1; i <= 12 + page % 2; i++) {
                lines.add("Punkt " + page + "." + i + " diskuterades.");
            }
            lines.add("Beslut:");
            lines.add("Inget att rapportera.");
        }
        lines.add("Sida 5 av 5");
        lines.add("Inget att rapportera.");
        lines.add("Justerare Eva Exempel");

        MinutesText read = reader.read("skannad.txt", String.join("\n", lines).getBytes(StandardCharsets.UTF_8));

        assertThat(read.lines()).extracting(Line::text)
                .doesNotContain("Sekreterare Eva Exempel", "Sida 5 av 5")
                .contains("Punkt 1.1 diskuterades.", "Justerare Eva Exempel");
        assertThat(read.lines()).filteredOn(line -> line.text().equals("Beslut:")).hasSize(4);
        // Recurs at irregular intervals (the last two close together): content, not a heading.
        assertThat(read.lines()).filteredOn(line -> line.text().equals("Inget att rapportera.")).hasSize(5);
        assertThat(read.lines().getFirst().number()).isEqualTo(2);
    }

    private static org.assertj.core.groups.Tuple tuple(Object... values) {
        return org.assertj.core.groups.Tuple.tuple(values);
    }
}
