package se.samverkansgrafen.sources;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

import se.samverkansgrafen.web.ApiTest;

/**
 * Pages name a source document by what it is (the body whose meeting it records, its kind and
 * date, as the first lines of each seed say), keeping the file name as a detail.
 */
class SourceTitlesTest extends ApiTest {

    @Test
    void sourcesPageNamesEachDocumentByBodyKindAndDate() {
        Document page = page("/sources");
        assertThat(link(page, "000_dcf7ba001d6ee689.txt").text())
                .isEqualTo("Chefsgrupp för samverkan social välfärd samt vård och omsorg, protokoll 2022-11-11");
        assertThat(link(page, "003_be10af4f0b2c7a94.txt").text())
                .isEqualTo("Chefsgrupp för samverkan social välfärd samt vård och omsorg, minnesanteckningar 2025-10-03");
        assertThat(link(page, "004_77f2909e1ce3d84a.txt").text())
                .isEqualTo("Specifika samverkansrådet för folkhälsa, protokoll 2024-05-17");
        // 002 records a joint meeting of two chefsgrupper: both are named, in label order.
        assertThat(link(page, "002_cd87559c2b5c8f44.txt").text()).isEqualTo(
                "Chefsgrupp folkhälsa och Chefsgrupp för samverkan social välfärd samt vård och omsorg, protokoll 2022-06-03");
        assertThat(link(page, "001_c167f51003a1b926.txt").text()).endsWith(", mötesanteckningar 2021-06-04");
        // The file name stays visible as a detail.
        assertThat(page.select("#sources code.source-file").eachText()).contains("003_be10af4f0b2c7a94.txt");
    }

    @Test
    void entityPagesUseTheTitleNotTheFileName() {
        Document person = page("/people/ingmar-angman");
        assertThat(person.select("a.source-link").eachText()).isNotEmpty()
                .noneMatch(text -> text.endsWith(".txt"))
                .contains("Chefsgrupp för samverkan social välfärd samt vård och omsorg, protokoll 2022-11-11");
        Document agreement = page("/agreements/orebro-overenskommelse-hsv-i-hemmet");
        assertThat(agreement.select("a.source-link").eachText()).isNotEmpty().noneMatch(text -> text.endsWith(".txt"));
        // 000 §7's remiss plan for 2023 has no outcome in the later minutes, and says so.
        assertThat(agreement.select("#planned-steps .no-outcome").eachText())
                .contains("planerat 2023-03, inget utfall i källorna");
        assertThat(page("/sources/003_be10af4f0b2c7a94.txt").title())
                .startsWith("Chefsgrupp för samverkan social välfärd samt vård och omsorg, minnesanteckningar 2025-10-03");
    }

    private Document page(String path) {
        HttpResponse<String> response = get(path, "text/html");
        assertThat(response.statusCode()).as(path).isEqualTo(200);
        return Jsoup.parse(response.body());
    }

    private static Element link(Document page, String fileName) {
        Element link = page.selectFirst("#sources a.source-link[href='/sources/" + fileName + "']");
        assertThat(link).as(fileName).isNotNull();
        assertThat(link.attr("title")).isEqualTo(fileName);
        return link;
    }
}
