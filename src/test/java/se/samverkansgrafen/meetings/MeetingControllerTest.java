package se.samverkansgrafen.meetings;

import static org.assertj.core.api.Assertions.assertThat;

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
        assertThat(meeting.path("attendance")).hasSize(17);
        assertThat(meeting.path("attendance")).anySatisfy(a -> {
            assertThat(a.path("personId").asString()).isEqualTo("annie-lie-jarhult");
            assertThat(a.path("statusLabel").asString()).isEqualTo("del av mötet");
            assertThat(a.path("note").asString()).isEqualTo("ej fm");
        });
        assertThat(meeting.path("items")).anySatisfy(i -> {
            assertThat(i.path("number").asString()).isEqualTo("5");
            assertThat(i.path("decisionKindLabel").asString()).isEqualTo("beslut");
            assertThat(i.path("decisionText").asString()).contains("brukarsamordnar");
        });
    }

    @Test
    void inferredDateOfTheCouncilMeeting() {
        JsonNode meeting = json("/api/meetings/orebro-samverkansrad-folkhalsa-2024-05-17");
        assertThat(meeting.path("dateInferredFrom").asString()).contains("2024-06-17");
        assertThat(meeting.path("adjusterId").asString()).isEqualTo("pia-maria-johansson");
    }
}
