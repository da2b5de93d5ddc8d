package se.samverkansgrafen.organisations;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import se.samverkansgrafen.web.ApiTest;
import tools.jackson.databind.JsonNode;

class OrganisationControllerTest extends ApiTest {

    @Test
    void municipalityWithItsScbCode() {
        JsonNode nora = json("/api/organisations/kommun-nora?at=2023-06-01");
        assertThat(nora.path("label").asString()).isEqualTo("Nora kommun");
        assertThat(nora.path("kommunkod").asString()).isEqualTo("1884");
        assertThat(nora.path("lanskod").asString()).isEqualTo("18");
    }

    @Test
    void whoRepresentsNoraWhereOnADate() {
        JsonNode nora = json("/api/organisations/kommun-nora?at=2023-06-01");
        assertThat(nora.path("members")).anySatisfy(m -> {
            assertThat(m.path("personId").asString()).isEqualTo("fredrik-bergstrom");
            assertThat(m.path("groupId").asString()).isEqualTo("orebro-chefsgrupp-svvo-au");
            assertThat(m.path("sourceFile").asString()).isEqualTo("000_dcf7ba001d6ee689.txt");
        });
        assertThat(nora.path("participants")).anySatisfy(p -> {
            assertThat(p.path("personId").asString()).isEqualTo("fredrik-bergstrom");
            assertThat(p.path("meetingId").asString()).isEqualTo("orebro-chefsgrupp-svvo-2022-11-11");
        });
    }

    @Test
    void councilMembersOnBehalfOfAMunicipality() {
        // Seed 004: Pia-Maria Johansson, Nora kommun, ersättare in the council (and justerare).
        JsonNode nora = json("/api/organisations/kommun-nora?at=2024-05-17");
        assertThat(nora.path("members")).anySatisfy(m -> {
            assertThat(m.path("personId").asString()).isEqualTo("pia-maria-johansson");
            assertThat(m.path("groupId").asString()).isEqualTo("orebro-samverkansrad-folkhalsa");
            assertThat(m.path("roleLabel").asString()).isEqualTo("ersättare");
        });
    }

    @Test
    void kronobergMunicipality() {
        JsonNode vaxjo = json("/api/organisations/kommun-vaxjo?at=2021-06-04");
        assertThat(vaxjo.path("kommunkod").asString()).isEqualTo("0780");
        assertThat(vaxjo.path("participants")).extracting(p -> p.path("personId").asString())
                .contains("ewa-ekman", "per-sandberg");
    }
}
