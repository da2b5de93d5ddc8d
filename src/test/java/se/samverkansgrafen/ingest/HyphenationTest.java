package se.samverkansgrafen.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

import se.samverkansgrafen.ingest.MinutesText.Line;

class HyphenationTest {

    @Test
    void aWordBrokenAtTheLineEndIsRejoinedOnTheFirstLine() {
        List<Line> joined = Hyphenation.rejoin(List.of(
                new Line(1, 1, "Arbetet med sam-"),
                new Line(2, 2, "verkan fortsätter."),
                new Line(3, 2, "Kunskaps-"),
                new Line(4, 2, "stöd")));

        assertThat(joined).containsExactly(
                new Line(1, 1, "Arbetet med samverkan"),
                new Line(2, 2, "fortsätter."),
                new Line(3, 2, "Kunskapsstöd"));
    }

    @Test
    void compoundsNamesAndDashesKeepTheirHyphens() {
        List<Line> lines = List.of(
                new Line(1, 1, "Hälso-"),
                new Line(2, 1, "och sjukvård, för-"),
                new Line(3, 1, "eller eftervård"),
                new Line(4, 1, "Anna-"),
                new Line(5, 1, "Karin Berg, Rapport -"),
                new Line(6, 1, "kommunerna"),
                new Line(7, 1, "Perioden 2021-"),
                new Line(8, 1, "2023"));

        assertThat(Hyphenation.rejoin(lines)).extracting(Line::text).containsExactly(
                "Hälso-", "och sjukvård, för-", "eller eftervård", "Anna-Karin", "Berg, Rapport -", "kommunerna",
                "Perioden 2021-", "2023");
    }

    @Test
    void aStruckNameBrokenAcrossLinesIsOneStruckPart() {
        List<Line> joined = Hyphenation.rejoin(List.of(
                new Line(1, 1, "Frånvarande: Anna Anders-", List.of("Anna Anders-")),
                new Line(2, 1, "son, Bertil Berg", List.of("son", "Bertil Berg"))));

        assertThat(joined).containsExactly(
                new Line(1, 1, "Frånvarande: Anna Andersson,", List.of("Anna Andersson")),
                new Line(2, 1, "Bertil Berg", List.of("Bertil Berg")));
    }
}
