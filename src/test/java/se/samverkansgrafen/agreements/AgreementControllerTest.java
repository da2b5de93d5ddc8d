package se.samverkansgrafen.agreements;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import se.samverkansgrafen.web.ApiTest;
import tools.jackson.databind.JsonNode;

class AgreementControllerTest extends ApiTest {

    @Test
    void listsAgreementsFromBothRegions() {
        List<String> ids = new ArrayList<>();
        json("/api/agreements").forEach(a -> ids.add(a.path("matterId").asString()));
        assertThat(ids).contains("orebro-overenskommelse-hsv-i-hemmet", "orebro-overenskommelse-familjecentral",
                "orebro-avtal-tillnyktring");
        assertThat(ids.stream().filter(id -> id.startsWith("kronoberg-"))).isNotEmpty();
    }

    @Test
    void traceSeparatesDoneFromPlannedStepsInTimeOrderWithSources() {
        JsonNode trace = json("/api/agreements/orebro-overenskommelse-hsv-i-hemmet/trace");
        assertThat(trace.path("label").asString()).isEqualTo("Överenskommelse om hälso- och sjukvård i hemmet");

        List<String> done = new ArrayList<>();
        trace.path("done").forEach(s -> {
            done.add(s.path("sortDate").asString() + " " + s.path("sourceFile").asString());
            assertThat(s.path("source").asString()).isNotBlank();
        });
        assertThat(done).contains("2022-11-11 000_dcf7ba001d6ee689.txt", "2024-05-17 004_77f2909e1ce3d84a.txt");
        assertThat(done).isSorted();

        List<String> plannedRemiss = new ArrayList<>();
        trace.path("planned").forEach(s -> {
            if (s.path("kindLabel").asString().equals("remiss")) {
                plannedRemiss.add(s.path("plannedPeriod").asString());
            }
        });
        assertThat(plannedRemiss).containsExactly("2023-03", "2023-04", "2023-05");
    }

    @Test
    void plannedStepsWhoseTimePassedWithNoOutcomeSaySo() {
        // 000 §7 planned the remiss for March to May 2023; the minutes go on to 2025-10-03 and
        // record no outcome of it.
        JsonNode trace = json("/api/agreements/orebro-overenskommelse-hsv-i-hemmet");
        List<String> withoutOutcome = new ArrayList<>();
        trace.path("planned").forEach(s -> {
            assertThat(s.has("noOutcomeInSources")).isTrue();
            if (s.path("noOutcomeInSources").asBoolean() && s.path("kindLabel").asString().equals("remiss")) {
                withoutOutcome.add(s.path("plannedPeriod").asString());
            }
        });
        assertThat(withoutOutcome).containsExactly("2023-03", "2023-04", "2023-05");
        // The API's one agreement and its trace say the same of each step.
        assertThat(json("/api/agreements/orebro-overenskommelse-hsv-i-hemmet/trace").path("planned"))
                .isEqualTo(trace.path("planned"));
    }

    @Test
    void familjecentralAgreementCrossesDocuments() {
        JsonNode trace = json("/api/agreements/orebro-overenskommelse-familjecentral/trace");
        List<String> files = new ArrayList<>();
        trace.path("done").forEach(s -> files.add(s.path("sourceFile").asString()));
        assertThat(files).contains("000_dcf7ba001d6ee689.txt", "004_77f2909e1ce3d84a.txt");
    }

    private static List<String> field(JsonNode rows, String name) {
        List<String> values = new ArrayList<>();
        rows.forEach(r -> values.add(r.path(name).asString()));
        return values;
    }

    @Test
    void hsvTraceFollowsTheMtpReviewToTheSamverkansavtalAndNamesTheRelation() {
        // 000 §6: the MTP review is a sub-assignment of the new HSV i hemmet agreement and
        // proposes "Revidera samverkansavtalet"; 003 §11 handles the samverkansavtal on MTP.
        JsonNode trace = json("/api/agreements/orebro-overenskommelse-hsv-i-hemmet/trace");
        assertThat(trace.path("done")).anySatisfy(s -> {
            assertThat(s.path("stepMatterId").asString()).isEqualTo("orebro-samverkansavtal-mtp");
            assertThat(s.path("date").asString()).isEqualTo("2025-10-03");
            assertThat(s.path("relationLabel").asString()).isEqualTo("berörs av");
            assertThat(s.path("viaId").asString()).isEqualTo("orebro-uppdrag-mtp-nara-vard");
            assertThat(s.path("sourceFile").asString()).isEqualTo("003_be10af4f0b2c7a94.txt");
        });
        assertThat(trace.path("done")).anySatisfy(s -> {
            assertThat(s.path("stepMatterId").asString()).isEqualTo("orebro-uppdrag-mtp-nara-vard");
            assertThat(s.path("relationLabel").asString()).isEqualTo("del av");
        });
    }

    @Test
    void groupsOnlyNamedOnTheWayAreSteps() {
        // 000 §6: "Workshop har genomförts med MAS/MAR-gruppen", "Förslagen har diskuterats i styrgruppen".
        JsonNode done = json("/api/agreements/orebro-overenskommelse-hsv-i-hemmet/trace").path("done");
        assertThat(String.join(" | ", field(done, "groupLabel"))).contains("MAS/MAR-gruppen")
                .contains("Styrgruppen för arbetet med ny överenskommelse om hälso- och sjukvård i hemmet");
        assertThat(field(done, "groupId")).contains("orebro-styrgrupp-hsv-i-hemmet");
    }

    @Test
    void nutritionTraceReachesDietistDirekt() {
        // 000 §11 and 003 §10 take up Dietist direkt under the nutrition agreement; 004 §10 names it too.
        JsonNode done = json("/api/agreements/orebro-overenskommelse-nutrition/trace").path("done");
        assertThat(done).anySatisfy(s -> {
            assertThat(s.path("stepMatterId").asString()).isEqualTo("orebro-dietist-direkt");
            assertThat(s.path("relationLabel").asString()).isEqualTo("relaterat till");
        });
        assertThat(field(done, "sourceFile")).contains("004_77f2909e1ce3d84a.txt");
    }

    @Test
    void theFamiljecentralRevisionIsOneMatterWithBothSources() {
        List<String> ids = field(json("/api/agreements"), "matterId");
        assertThat(ids).contains("orebro-uppdrag-revidera-overenskommelse-familjecentral")
                .doesNotContain("orebro-uppdrag-revidering-familjecentral");
        JsonNode revision = json("/api/agreements/orebro-uppdrag-revidera-overenskommelse-familjecentral");
        assertThat(revision.path("sources").asString()).contains("000_dcf7ba001d6ee689.txt").contains("004_77f2909e1ce3d84a.txt");
    }

    @Test
    void nextPlannedStepNeverLiesBeforeTheLastDoneStep() {
        // HSV i hemmet: remiss plans of 2023 (000 §7) are overtaken by the 2024-05-17 step (004).
        for (JsonNode row : json("/api/agreements")) {
            String last = row.path("lastDoneDate").asString();
            String next = row.path("nextPlannedDate").asString();
            if (!last.isEmpty() && !next.isEmpty()) {
                assertThat(next.compareTo(last.substring(0, Math.min(last.length(), next.length()))))
                        .as("%s: next %s, last %s", row.path("matterId").asString(), next, last).isGreaterThanOrEqualTo(0);
            }
        }
        JsonNode hsv = json("/api/agreements/orebro-overenskommelse-hsv-i-hemmet");
        assertThat(hsv.path("lastDoneDate").asString()).isEqualTo("2024-05-17");
        assertThat(hsv.path("nextPlannedDate").isMissingNode() || hsv.path("nextPlannedDate").isNull()).isTrue();
    }

    @Test
    void oneAgreementHasTheStepsAndLastAndNextStepOfTheList() {
        // 000 §13 and §15: tillnyktring prepared 2022-11-11, decision at the next meeting, 9 December 2022.
        JsonNode tillnyktring = json("/api/agreements/orebro-avtal-tillnyktring");
        assertThat(tillnyktring.path("steps").asInt()).isEqualTo(2);
        assertThat(tillnyktring.path("lastDoneDate").asString()).isEqualTo("2022-11-11");
        assertThat(tillnyktring.path("nextPlannedDate").asString()).isEqualTo("2022-12-09");
        assertThat(tillnyktring.path("done")).hasSize(1);
        assertThat(tillnyktring.path("planned")).hasSize(1);
    }

    @Test
    void anApproximateDateIsShownAsTheSourceGivesIt() {
        // 000 §11: "Beslut om överenskommelsen togs i maj 2021".
        JsonNode done = json("/api/agreements/orebro-overenskommelse-nutrition/trace").path("done");
        assertThat(field(done, "when")).contains("2021-05").doesNotContain("2021-05-01");
    }
}
