package se.samverkansgrafen.people;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import se.samverkansgrafen.web.ApiTest;
import tools.jackson.databind.JsonNode;

class PeopleControllerTest extends ApiTest {

    @Test
    void searchForgivesLostDiacritics() {
        JsonNode hits = json("/api/people?q=Angman");
        assertThat(hits.get(0).path("entityId").asString()).isEqualTo("ingmar-angman");
        assertThat(hits.get(0).path("label").asString()).isEqualTo("Ingmar Ångman");
    }

    @Test
    void personWithMembershipsAndAttendanceEachWithItsSource() {
        JsonNode person = json("/api/people/fredrik-bergstrom");
        assertThat(person.path("name").asString()).isEqualTo("Fredrik Bergström");

        JsonNode memberships = person.path("memberships");
        assertThat(memberships).anySatisfy(m -> {
            assertThat(m.path("groupId").asString()).isEqualTo("orebro-chefsgrupp-svvo-au");
            assertThat(m.path("onBehalfOfId").asString()).isEqualTo("kommun-nora");
            assertThat(m.path("start").asString()).isEqualTo("2023-01-01");
            assertThat(m.path("sourceFile").asString()).isEqualTo("000_dcf7ba001d6ee689.txt");
            assertThat(m.path("itemNumber").asString()).isEqualTo("4");
        });

        List<String> meetings = new ArrayList<>();
        person.path("attendance").forEach(a -> {
            meetings.add(a.path("meetingId").asString() + " " + a.path("statusLabel").asString());
            assertThat(a.path("sourceFile").asString()).isNotBlank();
        });
        assertThat(meetings).contains("orebro-chefsgrupp-svvo-2022-11-11 närvarande",
                "orebro-gemensam-chefsgrupp-2022-06-03 närvarande", "orebro-chefsgrupp-svvo-2025-10-03 närvarande");
    }

    @Test
    void aSecretarySeatStatedTwiceIsOneRowSupersededByTheLaterSecretary() {
        // 002 (2022-06-03) and 000 (2022-11-11) head the minutes "Sekreterare Linnea Hedkvist";
        // 003 (2025-10-03) names Michael Karlsson secretary of the same chefsgrupp.
        JsonNode memberships = json("/api/people/linnea-hedkvist").path("memberships");
        List<JsonNode> svvo = new ArrayList<>();
        memberships.forEach(m -> {
            if (m.path("groupId").asString().equals("orebro-chefsgrupp-svvo")) {
                svvo.add(m);
            }
        });
        assertThat(svvo).singleElement().satisfies(m -> {
            assertThat(m.path("statedOn").asString()).isEqualTo("2022-11-11");
            assertThat(m.path("firstStatedOn").asString()).isEqualTo("2022-06-03");
            assertThat(m.path("standing").asString()).endsWith("/membership-status/superseded");
            assertThat(m.path("standingLabel").asString()).isEqualTo("avlöst");
            assertThat(m.path("supersededById").asString()).isEqualTo("michael-karlsson");
            assertThat(m.path("supersededOn").asString()).isEqualTo("2025-10-03");
        });
    }

    @Test
    void aProposedSeatIsNotAHeldOne() {
        // 001 §3: "Magnus föreslår att Hanna Lunding ansvarar för framtagandet av handlingsplanen".
        assertThat(json("/api/people/hanna-lunding").path("memberships")).singleElement()
                .satisfies(m -> assertThat(m.path("standing").asString()).endsWith("/membership-status/proposed"));
    }

    @Test
    void reportsOnBehalfOfAGroupShowWithThePerson() {
        // 000 §5: "LDG norr: Fredrik Bergström rapporterade från möte i september"; 003 §5 "Norr".
        JsonNode reports = json("/api/people/fredrik-bergstrom").path("reports");
        List<String> rows = new ArrayList<>();
        reports.forEach(r -> {
            assertThat(r.path("groupId").asString()).isEqualTo("orebro-ldg-norr");
            assertThat(r.path("roleLabel").asString()).isEqualTo("rapporterar från");
            rows.add(r.path("date").asString() + " " + r.path("sourceFile").asString() + " " + r.path("itemNumber").asString());
        });
        assertThat(rows).containsExactly("2022-11-11 000_dcf7ba001d6ee689.txt 5", "2025-10-03 003_be10af4f0b2c7a94.txt 5");
    }

    @Test
    void identityCandidatesShowOnThePeopleTheyConcern() {
        // 000 "Karolina Strid" and 003 "Karolina Stridh"; 000/002 "Ann-Mari" and 003 "Ammi" Gustafsson.
        assertThat(json("/api/people/karolina-strid").path("identityCandidates")).singleElement().satisfies(c -> {
            assertThat(c.path("otherPersonId").asString()).isEqualTo("karolina-stridh");
            assertThat(c.path("status").asString()).isEqualTo("open");
            assertThat(c.path("evidence").asString()).isNotBlank();
        });
        assertThat(json("/api/people/ammi-gustafsson").path("identityCandidates")).singleElement()
                .satisfies(c -> assertThat(c.path("otherPersonId").asString()).isEqualTo("ann-mari-gustafsson"));
        assertThat(json("/api/people/ingmar-angman").path("identityCandidates")).isEmpty();
    }
}
