package se.samverkansgrafen.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

import se.samverkansgrafen.web.ApiTest;

/** The start page's search says why each hit matched. */
class StartPageTest extends ApiTest {

    /** The first hit among the groups, as the text a reader sees (tags dropped, spaces collapsed). */
    private String firstGroupHit(String q) {
        String body = get("/?q=" + URLEncoder.encode(q, StandardCharsets.UTF_8), "text/html").body();
        String groups = body.substring(body.indexOf("id=\"results-group\""));
        String item = groups.substring(groups.indexOf("<li"), groups.indexOf("</li>"));
        return item.replaceAll("<[^>]+>", " ").replaceAll("\\s+", " ").strip();
    }

    @Test
    void aHitSaysWhichWordMatchedWhat() {
        String hit = firstGroupHit("SVVO AU");
        assertThat(hit).startsWith("Arbetsutskottet för chefsgruppen")
                .contains("”svvo” initialer för : social välfärd samt vård och omsorg")
                .contains("”au” förkortning : AU");
    }

    @Test
    void aGroupFoundThroughItsRegionSaysSo() {
        String hit = firstGroupHit("Kronoberg ledningsgrupp");
        assertThat(hit).startsWith("Ledningsgrupp för samordning")
                .contains("”kronoberg” regionen : Region Kronoberg");
    }
}
