package se.samverkansgrafen.sources;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLDecoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.StreamSupport;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

import se.samverkansgrafen.web.ApiTest;
import tools.jackson.databind.JsonNode;

/**
 * A fact's strongest evidence, the minutes' own words (sg:quote), reaches the API as "quote" and
 * the pages as a quote linked to the marked passage of the source. Expected quotes read by hand
 * from data/sources (000 §4 and §7, 002 §4).
 */
class FactQuotesTest extends ApiTest {

    private static final String AU_MEMBERS = "Arbetsutskottets ledamöter för 2023 har fastställts och i AU ingår "
            + "från regionen Martin Gunnarsson, Karin Haster och Lena Adolfsson.";
    private static final String POSTPONED = "Chefsgrupperna beslutade att skjuta fram beslut om förslag till förändringar "
            + "i samverkansorganisationen till kommande möten med chefsgrupperna i augusti respektive september och att "
            + "ta in synpunkterna i det fortsatta arbetet.";
    private static final String FIRST_REMISS = "Remiss 1 chefsgruppen | konferens | Mars 2023";

    @Test
    void aMembershipCarriesItsQuoteOnThePersonGroupAndOrganisation() {
        JsonNode au = only(json("/api/people/martin-gunnarsson").path("memberships"),
                m -> m.path("groupId").asString().equals("orebro-chefsgrupp-svvo-au"));
        assertThat(au.path("quote").asString()).isEqualTo(AU_MEMBERS);

        JsonNode seat = only(json("/api/groups/orebro-chefsgrupp-svvo-au?at=2023-03-01").path("members"),
                m -> m.path("personId").asString().equals("martin-gunnarsson"));
        assertThat(seat.path("quote").asString()).isEqualTo(AU_MEMBERS);
        JsonNode representative = only(json("/api/organisations/region-orebro-lan?at=2023-03-01").path("members"),
                m -> m.path("personId").asString().equals("martin-gunnarsson")
                        && m.path("groupId").asString().equals("orebro-chefsgrupp-svvo-au"));
        assertThat(representative.path("quote").asString()).isEqualTo(AU_MEMBERS);

        assertQuoteLinked(page("/people/martin-gunnarsson"), AU_MEMBERS, "000_dcf7ba001d6ee689.txt");
        assertQuoteLinked(page("/groups/orebro-chefsgrupp-svvo-au?at=2023-03-01"), AU_MEMBERS, "000_dcf7ba001d6ee689.txt");
        assertQuoteLinked(page("/organisations/region-orebro-lan?at=2023-03-01"), AU_MEMBERS, "000_dcf7ba001d6ee689.txt");
    }

    @Test
    void aDecisionCarriesItsQuoteAndTheLinkMarksItInTheSource() {
        JsonNode item = only(json("/api/meetings/orebro-gemensam-chefsgrupp-2022-06-03").path("items"),
                i -> i.path("number").asString().equals("4"));
        assertThat(item.path("decisions")).hasSize(1);
        assertThat(item.path("decisions").get(0).path("quote").asString()).isEqualTo(POSTPONED);
        // The item keeps its own fields; the decision's quote is not spilled onto it.
        assertThat(item.has("decisionQuote")).isFalse();

        Element link = assertQuoteLinked(page("/meetings/orebro-gemensam-chefsgrupp-2022-06-03"), POSTPONED, SOURCE_IN_FULL);
        Document source = page(link.attr("href"));
        Element mark = source.selectFirst("#source-text mark#citat");
        assertThat(mark).as("the quoted passage is marked in the source").isNotNull();
        assertThat(mark.text()).startsWith("Chefsgrupperna beslutade att skjuta fram beslut");

        assertQuoteLinked(page("/groups/orebro-chefsgrupp-svvo"), POSTPONED, SOURCE_IN_FULL);
    }

    @Test
    void anAgreementStepCarriesItsQuote() {
        JsonNode trace = json("/api/agreements/orebro-overenskommelse-hsv-i-hemmet/trace");
        JsonNode march = only(trace.path("planned"), s -> s.path("kindLabel").asString().equals("remiss")
                && s.path("plannedPeriod").asString().equals("2023-03"));
        assertThat(march.path("quote").asString()).isEqualTo(FIRST_REMISS);

        assertQuoteLinked(page("/agreements/orebro-overenskommelse-hsv-i-hemmet"), FIRST_REMISS, "000_dcf7ba001d6ee689.txt");
    }

    /** The page shows the quote, linked to the source page with the quote as ?citat= and the #citat anchor. */
    private static Element assertQuoteLinked(Document page, String quote, String file) {
        List<Element> quotes = page.select("q.quote").stream().filter(q -> q.text().equals(quote)).toList();
        assertThat(quotes).as("q.quote with " + quote).isNotEmpty();
        Element link = quotes.get(0).selectFirst("a[href]");
        assertThat(link).isNotNull();
        String href = link.attr("href");
        assertThat(href).startsWith("/sources/" + file + "?citat=").endsWith("#citat");
        String citat = href.substring(href.indexOf("?citat=") + "?citat=".length(), href.indexOf('#'));
        assertThat(URLDecoder.decode(citat, StandardCharsets.UTF_8)).isEqualTo(quote);
        return link;
    }

    private static JsonNode only(JsonNode rows, java.util.function.Predicate<JsonNode> which) {
        List<JsonNode> found = StreamSupport.stream(rows.spliterator(), false).filter(which).toList();
        assertThat(found).hasSize(1);
        return found.get(0);
    }

    private Document page(String path) {
        HttpResponse<String> response = get(path, "text/html");
        assertThat(response.statusCode()).as(path).isEqualTo(200);
        return Jsoup.parse(response.body());
    }
}
