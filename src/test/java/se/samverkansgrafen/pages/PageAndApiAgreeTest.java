package se.samverkansgrafen.pages;

import static org.assertj.core.api.Assertions.assertThat;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

import se.samverkansgrafen.web.ApiTest;
import tools.jackson.databind.JsonNode;

/**
 * The page and the API of a feature are filled from one read model, so they show the same
 * facts: the same decisions per meeting of a group, the same done and planned steps of a
 * trace (a step counts as planned by its status on both), the same members of a group on a
 * date and the same participants of a meeting. Counted on the rendered HTML and the JSON.
 */
class PageAndApiAgreeTest extends ApiTest {

    private Document page(String path) {
        return Jsoup.parse(get(path, "text/html").body());
    }

    @Test
    void aGroupsPageAndApiGiveTheSameDecisionsAndMembers() {
        JsonNode api = json("/api/groups/orebro-chefsgrupp-svvo?at=2025-10-03");
        Document page = page("/groups/orebro-chefsgrupp-svvo?at=2025-10-03");
        assertThat(api.path("decisions").size()).isPositive()
                .isEqualTo(page.select("table.decisions tbody tr").size());
        assertThat(page.select("table.decisions tbody tr td:nth-child(4) > span:first-child").eachText())
                .containsExactlyInAnyOrderElementsOf(api.path("decisions").valueStream()
                        .map(d -> d.path("decisionText").asString()).toList());
        assertThat(api.path("members").size()).isPositive();
        api.path("members").forEach(member -> assertThat(page.select("a[href$=/people/" + member.path("personId").asString() + "]"))
                .as(member.path("name").asString()).isNotEmpty());
    }

    @Test
    void aTracesPageAndApiGiveTheSameDoneAndPlannedSteps() {
        JsonNode api = json("/api/agreements/orebro-overenskommelse-hsv-i-hemmet");
        Document page = page("/agreements/orebro-overenskommelse-hsv-i-hemmet");
        assertThat(api.path("done").size()).isPositive().isEqualTo(page.select("#done-steps > li").size());
        assertThat(api.path("planned").size()).isPositive().isEqualTo(page.select("#planned-steps > li").size());
    }

    @Test
    void aMeetingsPageAndApiGiveTheSameParticipantsAndItems() {
        JsonNode api = json("/api/meetings/orebro-chefsgrupp-svvo-2025-10-03");
        Document page = page("/meetings/orebro-chefsgrupp-svvo-2025-10-03");
        api.path("participants").forEach(p -> assertThat(page.select("a[href$=/people/" + p.path("personId").asString() + "]"))
                .as(p.path("name").asString()).isNotEmpty());
        assertThat(api.path("items").size()).isPositive();
        api.path("items").forEach(item -> assertThat(page.text()).contains(item.path("title").asString()));
    }
}
