package se.samverkansgrafen.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

import se.samverkansgrafen.store.SwedishNameAnalyzer.Token;

/** The analysis chain of the name index: compound parts and initials beside the words. */
class SwedishNameAnalyzerTest {

    private final SwedishNameAnalyzer indexing = SwedishNameAnalyzer.forIndexing();
    private final SwedishNameAnalyzer queries = SwedishNameAnalyzer.forQueries();

    private List<String> terms(SwedishNameAnalyzer analyzer, String text, Token.Kind kind) {
        return analyzer.tokens(text).stream().filter(t -> t.kind() == kind).map(Token::term).toList();
    }

    private String query(String word) {
        return queries.tokens(word).getFirst().term();
    }

    @Test
    void compoundsAreIndexedWithTheirPartsAcrossTheLinkingS() {
        List<String> parts = terms(indexing, "Överenskommelse om nutritionsvårdsprocessen i Örebro län", Token.Kind.PART);
        assertThat(parts).contains(query("nutrition"), query("vård"), query("process"));
        // OCR text without å finds its parts too
        assertThat(terms(indexing, "nutritionsvardsprocessen", Token.Kind.PART)).contains(query("vård"));
        // arbete → arbets-
        assertThat(terms(indexing, "Arbetsutskottet", Token.Kind.PART)).contains(query("arbete").substring(0, 5), query("utskott"));
    }

    @Test
    void queriesAreNotDecompounded() {
        assertThat(queries.tokens("nutritionsvård")).hasSize(1);
        assertThat(SwedishNameAnalyzer.compoundParts("nutritionsvård")).containsExactly("nutrition", "vård");
        assertThat(SwedishNameAnalyzer.compoundParts("Kronoberg")).isEmpty();
    }

    @Test
    void runsOfWordsAreIndexedWithTheirInitials() {
        assertThat(terms(indexing, "Chefsgrupp för samverkan social välfärd samt vård och omsorg", Token.Kind.INITIALS))
                .contains("svvo");
        assertThat(terms(indexing, "Överenskommelse om hälso- och sjukvård i hemmet", Token.Kind.INITIALS))
                .contains("hsv");
        assertThat(indexing.tokens("Specifika samverkansrådet för social välfärd samt vård och omsorg"))
                .filteredOn(t -> t.term().equals("svvo")).singleElement()
                .satisfies(t -> assertThat(t.written()).isEqualTo("social välfärd samt vård och omsorg"));
        assertThat(terms(indexing, "Ingmar Ångman", Token.Kind.INITIALS)).isEmpty();
        assertThat(terms(queries, "social välfärd samt vård och omsorg", Token.Kind.INITIALS)).isEmpty();
    }

    @Test
    void wordsKeepTheirWrittenForm() {
        assertThat(indexing.tokens("Rapport från AU")).anySatisfy(t -> {
            assertThat(t.written()).isEqualTo("AU");
            assertThat(t.kind()).isEqualTo(Token.Kind.WORD);
        });
    }
}
