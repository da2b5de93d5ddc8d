package se.samverkansgrafen.groups;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.List;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

import se.samverkansgrafen.web.ApiTest;

/**
 * The structure page draws one region at a time; the groups it lists are those the region
 * hosts or takes part in (or that its minutes name), nested under the group they are part of.
 */
class StructurePageTest extends ApiTest {

    @Test
    void defaultsToTheRegionWithMostGroupsAndNestsGroupsUnderTheirParent() {
        Document page = page("/structure");
        // Örebro län: the four Örebro seeds name far more groups than Kronoberg's one.
        assertThat(page.select("#region-select option[selected]").attr("value")).isEqualTo("region-orebro-lan");
        List<String> ids = page.select("#structure-nodes li[data-type=group]").eachAttr("data-id");
        assertThat(ids).contains("orebro-chefsgrupp-svvo", "orebro-chefsgrupp-svvo-au", "orebro-ldg-norr")
                .noneMatch(id -> id.startsWith("kronoberg-"));
        // Seed 000 §4: the AU is the chefsgrupp's arbetsutskott, drawn inside it and listed under it.
        assertThat(page.selectFirst("#structure-nodes li[data-id=orebro-chefsgrupp-svvo-au]").attr("data-parent"))
                .isEqualTo("orebro-chefsgrupp-svvo");
        assertThat(page.selectFirst("#structure-outline li[data-id=orebro-chefsgrupp-svvo]").className()).isEqualTo("depth-0");
        assertThat(page.selectFirst("#structure-outline li[data-id=orebro-chefsgrupp-svvo-au]").className()).isEqualTo("depth-1");
        List<String> outline = page.select("#structure-outline li").eachAttr("data-id");
        assertThat(outline.indexOf("orebro-chefsgrupp-svvo-au")).isGreaterThan(outline.indexOf("orebro-chefsgrupp-svvo"));
    }

    @Test
    void drawsAnotherRegionOrAllOnRequest() {
        Document kronoberg = page("/structure?region=region-kronoberg");
        List<String> ids = kronoberg.select("#structure-nodes li[data-type=group]").eachAttr("data-id");
        // Seed 001: Kronoberg's ledningsgrupp and the tvärgrupper reporting to it.
        assertThat(ids).contains("kronoberg-ledningsgrupp-samordning", "kronoberg-tvargrupp-aldre")
                .noneMatch(id -> id.startsWith("orebro-"));
        List<String> all = page("/structure?region=alla").select("#structure-nodes li[data-type=group]").eachAttr("data-id");
        assertThat(all).contains("kronoberg-ledningsgrupp-samordning", "orebro-chefsgrupp-svvo");
        assertThat(all.size()).isGreaterThan(ids.size());
    }

    @Test
    void anUnknownRegionIsABadRequest() {
        HttpResponse<String> response = get("/structure?region=region-finns-inte", "text/html");
        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.body()).contains("region");
    }

    private Document page(String path) {
        HttpResponse<String> response = get(path, "text/html");
        assertThat(response.statusCode()).as(path).isEqualTo(200);
        return Jsoup.parse(response.body());
    }
}
