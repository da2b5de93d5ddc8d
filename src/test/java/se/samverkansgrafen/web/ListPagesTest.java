package se.samverkansgrafen.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The long lists (matters, source documents) come a page at a time: paging through a list
 * gives every row of it once, in its order, and a bad page or size is refused by name. The
 * rows expected are those of the seeds: their five source documents, and the HSV i hemmet
 * agreement of minutes 000 and 004 among the matters.
 */
class ListPagesTest extends ApiTest {

    @ParameterizedTest
    @CsvSource({"/agreements, agreements, /agreements/orebro-overenskommelse-hsv-i-hemmet",
            "/sources, sources, /sources/004_77f2909e1ce3d84a.txt"})
    void pagingThroughAListGivesEachRowOnceInItsOrder(String path, String table, String seedRow) {
        Document whole = page(path);
        List<String> all = rows(whole, table);
        assertThat(all).contains(seedRow);
        assertThat(whole.selectFirst(".pager-rows").text()).isEqualTo("Rad 1–" + all.size() + " av " + all.size());
        assertThat(whole.select("a[rel=next]")).isEmpty();

        int size = 2;
        int pages = (all.size() + size - 1) / size;
        List<String> paged = new ArrayList<>();
        String next = path + "?antal=" + size;
        for (int number = 1; next != null; number++) {
            Document page = page(next);
            List<String> rows = rows(page, table);
            assertThat(rows).as(next).hasSizeBetween(1, size);
            assertThat(page.selectFirst(".pager-rows").text()).as(next).isEqualTo("Rad " + (paged.size() + 1) + "–"
                    + (paged.size() + rows.size()) + " av " + all.size() + " (sida " + number + " av " + pages + ")");
            assertThat(page.select("a[rel=prev]")).as(next).hasSize(number == 1 ? 0 : 2);
            paged.addAll(rows);
            Element nextLink = page.selectFirst("a[rel=next]");
            next = nextLink == null ? null : nextLink.attr("href");
        }
        assertThat(paged).isEqualTo(all);
        assertThat(pages).isGreaterThan(1);
        assertThat(get(path + "?antal=" + size + "&sida=" + (pages + 1), "text/html").statusCode()).isEqualTo(404);
    }

    @ParameterizedTest
    @CsvSource({"/agreements?sida=0, sida", "/agreements?sida=tv%C3%A5, sida", "/sources?antal=1001, antal",
            "/sources?antal=alla, antal"})
    void aBadPageOrSizeIsABadRequestNamingIt(String pathAndQuery, String parameter) {
        HttpResponse<String> response = get(pathAndQuery, "text/html");
        assertThat(response.statusCode()).as(pathAndQuery).isEqualTo(400);
        assertThat(Jsoup.parse(response.body()).text()).as(pathAndQuery).contains("Parametern \"" + parameter + "\"");
    }

    /** The link of each row's first column, which names the matter or document the row is about. */
    private static List<String> rows(Document page, String table) {
        return page.select("#" + table + " tbody tr").stream()
                .map(row -> row.selectFirst("td a").attr("href")).toList();
    }

    private Document page(String path) {
        HttpResponse<String> response = get(path, "text/html");
        assertThat(response.statusCode()).as(path).isEqualTo(200);
        return Jsoup.parse(response.body());
    }
}
