package se.samverkansgrafen.sources;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

/** Anchors in an invented text whose agenda is listed at the top and again as headings below. */
class SourcePassagesTest {

    private static final String TEXT = """
            Dagordning
            1. Öppnande
            2. Budget för nätverket
            3. Övriga frågor

            1. Öppnande
            Ordföranden öppnade mötet.

            2. Budget för nätverket
            Nätverket beslutade att godkän-
            na budgeten för 2031.

            3. Övriga frågor
            Inga.
            """;

    private static List<SourcePassages.Segment> segments(String highlight) {
        return new SourcePassages(TEXT).segments(List.of(
                new SourcePassages.Item("1", "Öppnande", List.of("Ordföranden öppnade mötet.")),
                new SourcePassages.Item("2", "Budget för nätverket", List.of("Nätverket beslutade att godkänna budgeten")),
                new SourcePassages.Item("3", "Övriga frågor", List.of())), highlight);
    }

    private static String from(List<SourcePassages.Segment> segments, String id) {
        return segments.stream().filter(s -> id.equals(s.id())).findFirst().orElseThrow().text();
    }

    @Test
    void itemsAreAnchoredAtTheHeadingAboveWhatWasSaid() {
        List<SourcePassages.Segment> segments = segments(null);
        assertThat(from(segments, "item-1")).startsWith("1. Öppnande\nOrdföranden");
        assertThat(from(segments, "item-2")).startsWith("2. Budget för nätverket\nNätverket beslutade");
        // No quote of its own: the first heading after the previous item.
        assertThat(from(segments, "item-3")).startsWith("3. Övriga frågor\nInga.");
        assertThat(String.join("", segments.stream().map(SourcePassages.Segment::text).toList())).isEqualTo(TEXT);
    }

    @Test
    void aQuoteIsFoundAcrossLineEndHyphensAndMarked() {
        List<SourcePassages.Segment> segments = segments("nätverket beslutade att godkänna budgeten för 2031");
        SourcePassages.Segment quote = segments.stream().filter(SourcePassages.Segment::highlighted).findFirst().orElseThrow();
        assertThat(quote.id()).isEqualTo("citat");
        assertThat(quote.text()).isEqualTo("Nätverket beslutade att godkän-\nna budgeten för 2031");
        assertThat(new SourcePassages(TEXT).contains("budgeten för 2032")).isFalse();
    }
}
