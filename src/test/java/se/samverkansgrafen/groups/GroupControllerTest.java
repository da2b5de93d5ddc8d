package se.samverkansgrafen.groups;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import se.samverkansgrafen.web.ApiTest;
import tools.jackson.databind.JsonNode;

class GroupControllerTest extends ApiTest {

    private static List<String> ids(JsonNode rows, String field) {
        List<String> ids = new ArrayList<>();
        rows.forEach(r -> ids.add(r.path(field).asString()));
        return ids;
    }

    @Test
    void listsGroupsOfBothRegions() {
        List<String> groups = ids(json("/api/groups"), "groupId");
        assertThat(groups).contains("orebro-chefsgrupp-svvo", "orebro-chefsgrupp-svvo-au", "orebro-ldg-norr",
                "kronoberg-ledningsgrupp-samordning", "kronoberg-tvargrupp-barn-och-unga");
    }

    @Test
    void membersChangeWithTheDate() {
        // Seed 000 §4: the AU members "för 2023".
        JsonNode in2023 = json("/api/groups/orebro-chefsgrupp-svvo-au?at=2023-03-01");
        assertThat(in2023.path("at").asString()).isEqualTo("2023-03-01");
        assertThat(ids(in2023.path("members"), "personId")).containsExactlyInAnyOrder("martin-gunnarsson", "karin-haster",
                "lena-adolfsson", "fredrik-bergstrom", "marie-louise-forsberg-fransson", "gabriella-mueller-prabin",
                "johanna-viberg");
        in2023.path("members").forEach(m -> assertThat(m.path("sourceFile").asString()).isEqualTo("000_dcf7ba001d6ee689.txt"));

        JsonNode in2022 = json("/api/groups/orebro-chefsgrupp-svvo-au?at=2022-12-01");
        assertThat(in2022.path("members")).isEmpty();
    }

    @Test
    void formalMembersApartFromParticipants() {
        // On 2022-12-01 the latest meeting of the chefsgrupp is 2022-11-11 (36 listed, seed 000).
        JsonNode group = json("/api/groups/orebro-chefsgrupp-svvo?at=2022-12-01");
        assertThat(group.path("label").asString()).isEqualTo("Chefsgrupp för samverkan social välfärd samt vård och omsorg");
        assertThat(group.path("participants")).hasSize(36)
                .allSatisfy(p -> assertThat(p.path("meetingId").asString()).isEqualTo("orebro-chefsgrupp-svvo-2022-11-11"));
        assertThat(ids(group.path("members"), "personId")).contains("linnea-hedkvist").doesNotContain("fredrik-bergstrom");
    }

    @Test
    void defaultDateIsTheLatestCovered() {
        assertThat(json("/api/groups/orebro-chefsgrupp-svvo").path("at").asString()).isEqualTo("2025-10-03");
    }

    @Test
    void structureAndMeetings() {
        JsonNode au = json("/api/groups/orebro-chefsgrupp-svvo-au?at=2023-03-01");
        assertThat(au.path("structure")).anySatisfy(r -> {
            assertThat(r.path("relation").asString()).isEqualTo("parent");
            assertThat(r.path("relatedId").asString()).isEqualTo("orebro-chefsgrupp-svvo");
        });
        JsonNode chefsgrupp = json("/api/groups/orebro-chefsgrupp-svvo");
        assertThat(ids(chefsgrupp.path("meetings"), "meetingId")).containsExactly("orebro-gemensam-chefsgrupp-2022-06-03",
                "orebro-chefsgrupp-svvo-2022-11-11", "orebro-chefsgrupp-svvo-2025-10-03");
        assertThat(chefsgrupp.path("structure")).anySatisfy(r -> {
            assertThat(r.path("relation").asString()).isEqualTo("reportedBy");
            assertThat(r.path("relatedId").asString()).isEqualTo("orebro-ldg-norr");
        });
    }

    @Test
    void aLaterSecretaryEndsTheEarlierOneAndOneSeatIsOneRow() {
        // 000 and 002 head their minutes "Sekreterare Linnea Hedkvist" (2022); 003 lists
        // "Michael Karlsson - sekreterare" (2025-10-03): one secretary on that day.
        JsonNode in2025 = json("/api/groups/orebro-chefsgrupp-svvo?at=2025-10-03");
        List<String> secretaries = new ArrayList<>();
        in2025.path("members").forEach(m -> {
            if (m.path("role").asString().endsWith("/role/sekreterare")) {
                secretaries.add(m.path("personId").asString());
            }
        });
        assertThat(secretaries).containsExactly("michael-karlsson");

        // In 2023 Linnea Hedkvist is the secretary, stated twice (002 without, 000 with her
        // organisation): one row, the latest statement.
        JsonNode in2023 = json("/api/groups/orebro-chefsgrupp-svvo?at=2023-06-01");
        assertThat(in2023.path("members")).singleElement().satisfies(m -> {
            assertThat(m.path("personId").asString()).isEqualTo("linnea-hedkvist");
            assertThat(m.path("statedOn").asString()).isEqualTo("2022-11-11");
            assertThat(m.path("onBehalfOfId").asString()).isEqualTo("region-orebro-lan");
            assertThat(m.path("standing").asString()).endsWith("/membership-status/held");
            assertThat(m.path("lastConfirmed").asString()).isEqualTo("2022-11-11");
        });
    }

    @Test
    void proposedSeatsHaveTheirOwnStanding() {
        // 001 §2: "Frida Holm Johansson föreslås hålla ihop detta arbete."
        JsonNode group = json("/api/groups/kronoberg-arbetsgrupp-patientkontrakt?at=2021-06-04");
        assertThat(group.path("members")).singleElement().satisfies(m -> {
            assertThat(m.path("personId").asString()).isEqualTo("frida-holm-johansson");
            assertThat(m.path("standing").asString()).endsWith("/membership-status/proposed");
            assertThat(m.path("standingLabel").asString()).isEqualTo("föreslagen");
        });
    }
}
