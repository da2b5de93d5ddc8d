package se.samverkansgrafen.search;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import se.samverkansgrafen.store.SwedishNameAnalyzer;
import se.samverkansgrafen.store.SwedishNameAnalyzer.Token;

/**
 * Says how a search word matched a label the index returned, by analysing both as the
 * index does: a word of the label (an abbreviation when the label writes it in capitals),
 * the initials of a run of its words, a part of one of its compounds, or else a spelling
 * within one edit (the index's fuzzy match).
 */
final class WordMatcher {

    private static final SwedishNameAnalyzer INDEXING = SwedishNameAnalyzer.forIndexing();
    private static final SwedishNameAnalyzer QUERIES = SwedishNameAnalyzer.forQueries();

    private WordMatcher() {
    }

    /** What a label match is, and the label's words it covers (start offsets), for {@code via} label or altLabel. */
    record LabelMatch(MatchReason reason, Set<Integer> covered) {
    }

    static LabelMatch match(String word, String via, String label) {
        List<Token> tokens = INDEXING.tokens(label);
        String term = QUERIES.tokens(word).stream().map(Token::term).findFirst().orElse(word);
        Optional<Token> whole = tokens.stream().filter(t -> t.kind() == Token.Kind.WORD && t.term().equals(term)).findFirst();
        if (whole.isPresent()) {
            String written = whole.get().written();
            String on = isAbbreviation(written) ? "abbreviation" : via;
            boolean inflected = !NameSearch.normalise(written).equals(NameSearch.normalise(word));
            return new LabelMatch(new MatchReason(word, on, label, inflected), Set.of(whole.get().start()));
        }
        Optional<Token> initials = tokens.stream().filter(t -> t.kind() == Token.Kind.INITIALS && t.term().equals(term)).findFirst();
        if (initials.isPresent()) {
            Token run = initials.get();
            Set<Integer> covered = tokens.stream()
                    .filter(t -> t.kind() == Token.Kind.WORD && t.start() >= run.start() && t.end() <= run.end())
                    .filter(t -> !SwedishNameAnalyzer.isSmallWord(t.raw()))
                    .map(Token::start).collect(Collectors.toSet());
            return new LabelMatch(new MatchReason(word, "initials", run.written()), covered);
        }
        Set<String> parts = SwedishNameAnalyzer.compoundParts(word).stream()
                .map(p -> QUERIES.tokens(p).getFirst().term()).collect(Collectors.toSet());
        Optional<Token> part = tokens.stream().filter(t -> t.kind() == Token.Kind.PART
                && (t.term().equals(term) || parts.contains(t.term()))).findFirst();
        if (part.isPresent()) {
            return new LabelMatch(new MatchReason(word, "compoundPart", part.get().written()), Set.of(part.get().start()));
        }
        return new LabelMatch(new MatchReason(word, "spelling", label), Set.of());
    }

    /** The label's words that count for how much of it a search covers (small words such as och do not). */
    static Set<Integer> contentWords(String label) {
        return INDEXING.tokens(label).stream()
                .filter(t -> t.kind() == Token.Kind.WORD && !SwedishNameAnalyzer.isSmallWord(t.raw()))
                .map(Token::start).collect(Collectors.toSet());
    }

    /** Written in capitals: two or more letters, none lower case ("AU", "KC", "SÖK"). */
    static boolean isAbbreviation(String written) {
        long letters = written.codePoints().filter(Character::isLetter).count();
        return letters >= 2 && written.codePoints().filter(Character::isLetter).noneMatch(Character::isLowerCase);
    }
}
