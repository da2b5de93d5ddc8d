package se.samverkansgrafen.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.Test;

import se.samverkansgrafen.query.NamedQueryCatalog;
import se.samverkansgrafen.query.QueryRunner;
import se.samverkansgrafen.store.SeedStore;

class CoverageReportTest {

    private final CoverageReport report = new CoverageReport(new QueryRunner(SeedStore.tripleStore(),
            NamedQueryCatalog.load(Path.of("queries")), Duration.ofSeconds(30)));

    @Test
    void everySourceGraphCitesEveryFactThatMustBeCited() {
        List<CoverageReport.ClassCount> counts = report.classCounts();

        assertThat(counts).extracting(CoverageReport.ClassCount::fileName).containsOnly(
                "000_dcf7ba001d6ee689.txt", "001_c167f51003a1b926.txt", "002_cd87559c2b5c8f44.txt",
                "003_be10af4f0b2c7a94.txt", "004_77f2909e1ce3d84a.txt");
        var mustCite = counts.stream().filter(c -> CoverageReport.MUST_CITE.contains(c.type())).toList();
        assertThat(mustCite).hasSizeGreaterThanOrEqualTo(5 * 4);
        assertThat(mustCite).allSatisfy(c -> assertThat(c.cited()).as(c.fileName() + " " + c.type()).isEqualTo(c.instances()));
    }

    @Test
    void attendanceCountsPerSourceMatchTheParticipantLists() {
        var attendance = report.classCounts().stream()
                .filter(c -> c.type().endsWith("#Attendance"))
                .collect(java.util.stream.Collectors.toMap(CoverageReport.ClassCount::fileName, CoverageReport.ClassCount::instances));
        // 000: 36 rows in three tables; 001: 17 names; 002: 35 rows.
        assertThat(attendance).containsEntry("000_dcf7ba001d6ee689.txt", 36L)
                .containsEntry("001_c167f51003a1b926.txt", 17L)
                .containsEntry("002_cd87559c2b5c8f44.txt", 35L);
    }

    @Test
    void printsCountsAndOpenCandidates() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        report.print(new PrintStream(out, true, StandardCharsets.UTF_8));
        String text = out.toString(StandardCharsets.UTF_8);
        assertThat(text).contains("000_dcf7ba001d6ee689.txt").contains("sg:Attendance").contains("all cited")
                .doesNotContain("MISSING CITATIONS").contains("Open identity candidates: 3");
    }
}
