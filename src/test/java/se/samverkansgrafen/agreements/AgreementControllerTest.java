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
    void familjecentralAgreementCrossesDocuments() {
        JsonNode trace = json("/api/agreements/orebro-overenskommelse-familjecentral/trace");
        List<String> files = new ArrayList<>();
        trace.path("done").forEach(s -> files.add(s.path("sourceFile").asString()));
        assertThat(files).contains("000_dcf7ba001d6ee689.txt", "004_77f2909e1ce3d84a.txt");
    }
}
