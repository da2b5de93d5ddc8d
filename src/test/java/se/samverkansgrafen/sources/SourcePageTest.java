package se.samverkansgrafen.sources;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

import se.samverkansgrafen.web.ApiTest;

/**
 * The source page puts an anchor at each agenda item and marks the quote a fact came from,
 * so one click goes from a fact to its sentence. Expected places read from minutes 002.
 */
class SourcePageTest extends ApiTest {

    private static final String PAGE = "/sources/" + SOURCE_IN_FULL;

    @Test
    void eachAgendaItemHasAnAnchorAtItsHeadingNotInTheParticipantList() {
        Document page = page(PAGE);
        // 002: "4. Förändringar i samverkansorganisationen" opens item 4; "5. Nära vård ..." item 5.
        assertThat(anchor(page, "item-4").text()).startsWith("4. Förändringar i samverkansorganisationen")
                .contains("Johanna Häll och Ingmar Ångman föredrog ärendet.")
                .doesNotContain("5. Nära vård");
        assertThat(anchor(page, "item-5").text()).startsWith("5. Nära vård en komplex utmaning");
        assertThat(anchor(page, "item-1").text()).startsWith("1. Inledning");
        // The whole text is still there, in order.
        assertThat(page.selectFirst("#source-text").text()).contains("Tid: 3 juni 2022 kl 13:00");
    }

    @Test
    void theQuoteAFactCameFromIsMarked() {
        // 002 §4, the postponed decision, quoted across nothing but its own sentence.
        String quote = "Chefsgrupperna beslutade att skjuta fram beslut om förslag till förändringar i samverkansorganisationen";
        Document page = page(PAGE + "?citat=" + URLEncoder.encode(quote, StandardCharsets.UTF_8));
        Element mark = page.selectFirst("#source-text mark#citat");
        assertThat(mark).isNotNull();
        assertThat(mark.text()).isEqualTo(quote);
        assertThat(page.select("#quote-not-found")).isEmpty();
        // Line breaks and hyphenation in the text do not stop the match: 002's header "Linnea Hed-\nkvist".
        Document header = page(PAGE + "?citat=" + URLEncoder.encode("Sekreterare Linnea Hedkvist", StandardCharsets.UTF_8));
        assertThat(header.selectFirst("mark#citat").wholeText()).isEqualTo("Sekreterare\nLinnea Hed-\nkvist");

        Document missing = page(PAGE + "?citat=" + URLEncoder.encode("Detta står inte i protokollet", StandardCharsets.UTF_8));
        assertThat(missing.select("mark")).isEmpty();
        assertThat(missing.selectFirst("#quote-not-found").text()).contains("Detta står inte i protokollet");
    }

    @Test
    void meetingItemsLinkToTheirPlaceInTheText() {
        Document meeting = page("/meetings/orebro-gemensam-chefsgrupp-2022-06-03");
        assertThat(meeting.select("#items a.item-link").eachAttr("href")).contains(PAGE + "#item-4", PAGE + "#item-5");
    }

    @Test
    void anOverlongQuoteIsABadRequest() {
        HttpResponse<String> response = get(PAGE + "?citat=" + "a".repeat(2001), "text/html");
        assertThat(response.statusCode()).isEqualTo(400);
    }

    /** The text from an anchor to the next anchor. */
    private static Element anchor(Document page, String id) {
        Element anchor = page.getElementById(id);
        assertThat(anchor).as(id).isNotNull();
        return anchor;
    }

    private Document page(String path) {
        HttpResponse<String> response = get(path, "text/html");
        assertThat(response.statusCode()).as(path).isEqualTo(200);
        return Jsoup.parse(response.body());
    }
}
