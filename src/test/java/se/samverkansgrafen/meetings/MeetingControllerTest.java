package se.samverkansgrafen.meetings;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import se.samverkansgrafen.web.ApiTest;
import tools.jackson.databind.JsonNode;

class MeetingControllerTest extends ApiTest {

    @Test
    void meetingWithParticipantsItemsAndDecisions() {
        JsonNode meeting = json("/api/meetings/kronoberg-ledningsgrupp-samordning-2021-06-04");
        assertThat(meeting.path("date").asString()).isEqualTo("2021-06-04");
        assertThat(meeting.path("chairId").asString()).isEqualTo("annika-magnerot");
        assertThat(meeting.path("secretaryId").asString()).isEqualTo("jenny-folkesson");
        assertThat(meeting.path("sourceFile").asString()).isEqualTo("001_c167f51003a1b926.txt");
        assertThat(meeting.path("attendance").isMissingNode()).isTrue();
        assertThat(meeting.path("participants")).hasSize(17);
        assertThat(meeting.path("participants")).anySatisfy(a -> {
            assertThat(a.path("personId").asString()).isEqualTo("annie-lie-jarhult");
            assertThat(a.path("statusLabel").asString()).isEqualTo("del av mötet");
            assertThat(a.path("note").asString()).isEqualTo("ej fm");
        });
        assertThat(meeting.path("items")).anySatisfy(i -> {
            assertThat(i.path("number").asString()).isEqualTo("5");
            assertThat(i.path("decisions")).singleElement().satisfies(d -> {
                assertThat(d.path("kindLabel").asString()).isEqualTo("beslut");
                assertThat(d.path("text").asString()).contains("brukarsamordnar");
            });
        });
    }

    @Test
    void inferredDateOfTheCouncilMeeting() {
        JsonNode meeting = json("/api/meetings/orebro-samverkansrad-folkhalsa-2024-05-17");
        assertThat(meeting.path("dateInferredFrom").asString()).contains("2024-06-17");
        assertThat(meeting.path("adjusterId").isMissingNode()).isTrue();
        assertThat(meeting.path("justerareId").asString()).isEqualTo("pia-maria-johansson");
    }

    private static List<String> numbers(JsonNode items) {
        List<String> numbers = new ArrayList<>();
        items.forEach(i -> numbers.add(i.path("number").asString()));
        return numbers;
    }

    @Test
    void itemsComeOnceWithTheirDecisionsNestedAndSubItemLettersKept() {
        // 000 §13 (ställningstagande and fortsatt beredning), 001 §8 (inget beslut, fortsatt beredning),
        // 003 §9 (a) Maria ungdom, b) kartläggning, and the unlettered samverkansplan).
        for (String id : List.of("orebro-chefsgrupp-svvo-2022-11-11", "kronoberg-ledningsgrupp-samordning-2021-06-04",
                "orebro-chefsgrupp-svvo-2025-10-03")) {
            List<String> numbers = numbers(json("/api/meetings/" + id).path("items"));
            assertThat(numbers).as(id).doesNotHaveDuplicates();
        }
        JsonNode items = json("/api/meetings/orebro-chefsgrupp-svvo-2025-10-03").path("items");
        JsonNode nine = null;
        for (JsonNode item : items) {
            if (item.path("number").asString().equals("9")) {
                nine = item;
            }
        }
        assertThat(nine).isNotNull();
        List<String> decisionNumbers = new ArrayList<>();
        nine.path("decisions").forEach(d -> decisionNumbers.add(d.path("number").asString()));
        assertThat(decisionNumbers).containsExactly("9a", "9b", "9");
        assertThat(numbers(json("/api/meetings/orebro-chefsgrupp-svvo-2022-11-11").path("items"))).hasSize(15);
    }

    @Test
    void itemsSayWhatTheMinutesSaidAndWhichMattersTheyConcern() {
        // 003 §11: the MTP samverkansavtal; §10: the nutrition agreement and Dietist direkt.
        JsonNode items = json("/api/meetings/orebro-chefsgrupp-svvo-2025-10-03").path("items");
        assertThat(items).anySatisfy(i -> {
            assertThat(i.path("number").asString()).isEqualTo("10");
            assertThat(i.path("summary").asString()).contains("Dietist direkt");
            List<String> matters = new ArrayList<>();
            i.path("concerns").forEach(c -> matters.add(c.path("matterId").asString()));
            assertThat(matters).containsExactlyInAnyOrder("orebro-overenskommelse-nutrition", "orebro-dietist-direkt");
        });
        // 003 §2: no adoption stated; the decision says it is inferred.
        assertThat(items).anySatisfy(i -> {
            assertThat(i.path("number").asString()).isEqualTo("2");
            assertThat(i.path("decisions").get(0).path("inferredFrom").asString()).contains("Inga synpunkter");
        });
    }

    @Test
    void groupsOfAJointMeetingEachWithIdAndLabel() {
        JsonNode groups = json("/api/meetings/orebro-gemensam-chefsgrupp-2022-06-03").path("groups");
        List<String> ids = new ArrayList<>();
        groups.forEach(g -> {
            ids.add(g.path("groupId").asString());
            assertThat(g.path("label").asString()).isNotBlank();
        });
        assertThat(ids).containsExactlyInAnyOrder("orebro-chefsgrupp-svvo", "orebro-chefsgrupp-folkhalsa");
    }
}
