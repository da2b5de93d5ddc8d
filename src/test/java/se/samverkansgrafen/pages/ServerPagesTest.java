package se.samverkansgrafen.pages;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;

import org.junit.jupiter.api.Test;

import se.samverkansgrafen.web.ApiTest;

/**
 * The pages as the server renders them (they work without JavaScript), read over HTTP without a
 * browser: the facts issue 12 asked to see. Expected answers are read by hand from the seeds.
 */
class ServerPagesTest extends ApiTest {

    private String page(String path) {
        HttpResponse<String> response = get(path, "text/html");
        assertThat(response.statusCode()).as(path).isEqualTo(200);
        return response.body();
    }

    @Test
    void personPageSaysWhoSupersededAStatedSecretary() {
        // 000/002: "Sekreterare Linnea Hedkvist"; 003: "Michael Karlsson - sekreterare".
        assertThat(page("/people/linnea-hedkvist")).contains("avlöst av").contains("Michael Karlsson").contains("2025-10-03");
    }

    @Test
    void groupPageShowsAProposedSeatAsProposed() {
        // 001 §2: "Frida Holm Johansson föreslås hålla ihop detta arbete."
        assertThat(page("/groups/kronoberg-arbetsgrupp-patientkontrakt?at=2021-06-04")).contains("Frida Holm Johansson")
                .contains("(föreslagen)");
    }

    @Test
    void agreementPageShowsMonthsAsMonthsAndRelatedMatters() {
        String nutrition = page("/agreements/orebro-overenskommelse-nutrition");
        assertThat(nutrition).contains(">2021-05<").doesNotContain("2021-05-01").contains("Dietist direkt").contains("relaterat till");
        String hsv = page("/agreements/orebro-overenskommelse-hsv-i-hemmet");
        assertThat(hsv).contains("MAS/MAR-gruppen").contains("berörs av").contains("id=\"last-done\"")
                .doesNotContain("id=\"next-planned\"");
    }

    @Test
    void personPageShowsTheGroupsAPersonReportsFrom() {
        String page = page("/people/fredrik-bergstrom");
        assertThat(page).contains("id=\"reports\"").contains("Länsdelsgrupp norr").contains("rapporterar från");
    }

    @Test
    void meetingPageShowsSummariesMattersSubItemsAndGroupLinks() {
        String page = page("/meetings/orebro-chefsgrupp-svvo-2025-10-03");
        assertThat(page).contains("Uppföljningen av projektet Dietist direkt").contains("/agreements/orebro-dietist-direkt")
                .contains(">9a <").contains(">9b <").contains("/groups/orebro-chefsgrupp-svvo?at=2025-10-03")
                .contains("härlett ur");
        String council = page("/meetings/orebro-samverkansrad-folkhalsa-2024-05-17");
        assertThat(council).contains("Justerare").contains("/people/pia-maria-johansson");
    }

    @Test
    void personPageShowsIdentityCandidates() {
        assertThat(page("/people/karolina-strid")).contains("id=\"identity-candidates\"").contains("/people/karolina-stridh");
    }
}
