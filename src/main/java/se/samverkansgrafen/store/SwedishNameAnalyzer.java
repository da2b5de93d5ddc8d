package se.samverkansgrafen.store;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.compound.DictionaryCompoundWordTokenFilter;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;
import org.apache.lucene.analysis.snowball.SnowballFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.apache.lucene.analysis.tokenattributes.TypeAttribute;
import org.tartarus.snowball.ext.SwedishStemmer;

/**
 * Lucene analysis for names and labels: lower case, Swedish Snowball stemming (so
 * "kommunens" finds "kommun"), then folding to ASCII so that OCR text without å/ä/ö
 * ("Angman", "Orebro") finds "Ångman" and "Örebro" and the other way round.
 * <p>
 * When indexing, two kinds of token are added beside the words: the parts of a Swedish
 * compound ({@link DictionaryCompoundWordTokenFilter} with the word list
 * {@code search/compound-parts.txt}: "nutritionsvårdsprocessen" also gives nutrition,
 * vård, process), and the initials of runs of words ({@link InitialsFilter}: "social
 * välfärd samt vård och omsorg" also gives svvo). Queries are analysed without either,
 * so a query word must match a word, a part or initials of the label, never the other way
 * round ("nutritionsvård" is not widened to anything with "vård" in it).
 * The external Fuseki declares the words-only chain in docker/fuseki/config.ttl.
 */
public final class SwedishNameAnalyzer extends Analyzer {

    /** Lucene token type of the compound parts. */
    public static final String PART = "<PART>";

    private static final int MIN_WORD = 6;
    private static final int MIN_PART = 3;
    private static final int MAX_PART = 20;
    private static final CharArraySet PARTS = parts();
    private static final SwedishNameAnalyzer INDEXING = new SwedishNameAnalyzer(true);

    /** Bump when the chain changes in a way that changes indexed terms. */
    private static final String CHAIN_VERSION = "2: words, compound parts, initials";
    private static String wordList;

    private final boolean indexing;

    /**
     * What an index built with this analysis depends on: the chain's version and the word
     * list (a hash of both). An index built with another is rebuilt at start.
     */
    public static String version() {
        try {
            java.security.MessageDigest sha = java.security.MessageDigest.getInstance("SHA-256");
            sha.update(CHAIN_VERSION.getBytes(StandardCharsets.UTF_8));
            sha.update(wordList.getBytes(StandardCharsets.UTF_8));
            return java.util.HexFormat.of().formatHex(sha.digest());
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The same chain without stemming and folding: gives {@link #tokens} the words as written. */
    private final Analyzer unstemmed;

    private SwedishNameAnalyzer(boolean indexing) {
        this.indexing = indexing;
        this.unstemmed = new Analyzer() {
            @Override
            protected TokenStreamComponents createComponents(String fieldName) {
                StandardTokenizer tokenizer = new StandardTokenizer();
                return new TokenStreamComponents(tokenizer, decompose(new LowerCaseFilter(tokenizer)));
            }
        };
    }

    /** Compound parts and initials, when indexing. */
    private TokenStream decompose(TokenStream stream) {
        if (!indexing) {
            return stream;
        }
        return new InitialsFilter(new PartTypeFilter(
                new DictionaryCompoundWordTokenFilter(stream, PARTS, MIN_WORD, MIN_PART, MAX_PART, true)));
    }

    /** The chain for labels going into the index: words, compound parts and initials. */
    public static SwedishNameAnalyzer forIndexing() {
        return new SwedishNameAnalyzer(true);
    }

    /** The chain for query words: words only. */
    public static SwedishNameAnalyzer forQueries() {
        return new SwedishNameAnalyzer(false);
    }

    @Override
    protected TokenStreamComponents createComponents(String fieldName) {
        StandardTokenizer tokenizer = new StandardTokenizer();
        TokenStream stream = decompose(new LowerCaseFilter(tokenizer));
        stream = new SnowballFilter(stream, new SwedishStemmer());
        stream = new ASCIIFoldingFilter(stream);
        return new TokenStreamComponents(tokenizer, stream);
    }

    /** Fuzzy and prefix terms are not analysed by the query parser, only normalised: fold them too. */
    @Override
    protected TokenStream normalize(String fieldName, TokenStream in) {
        return new ASCIIFoldingFilter(new LowerCaseFilter(in));
    }

    /**
     * The compound parts of one word, in reading order without overlaps ("nutritionsvård"
     * gives nutrition, vård); empty when the word is not a compound of listed parts.
     */
    public static List<String> compoundParts(String word) {
        List<Token> tokens = INDEXING.tokens(word);
        List<String> parts = new ArrayList<>();
        String lower = word.toLowerCase(java.util.Locale.ROOT);
        int at = 0;
        for (Token token : tokens) {
            if (token.kind() == Token.Kind.PART) {
                int found = lower.indexOf(token.raw(), at);
                if (found >= 0) {
                    parts.add(token.raw());
                    at = found + token.raw().length();
                }
            }
        }
        return parts.size() >= 2 ? parts : List.of();
    }

    /** Words such as och, samt, för that names leave out of their initials. */
    public static boolean isSmallWord(String word) {
        return InitialsFilter.isSmallWord(word.toLowerCase(java.util.Locale.ROOT));
    }

    /**
     * One token of an analysed text: its indexed term, what kind it is, the unstemmed term,
     * the text it came from (for initials: the words they stand for) and where that is.
     */
    public record Token(String term, Kind kind, String raw, String written, int start, int end) {
        public enum Kind { WORD, PART, INITIALS }
    }

    /**
     * The tokens this analyser makes of {@code text}, with their kind and the text they
     * came from: the written word for words and parts ({@code written}), the unstemmed
     * part ({@code raw}). Used to say why a label matched.
     */
    public List<Token> tokens(String text) {
        List<Token> tokens = new ArrayList<>();
        try (
                TokenStream unstemmed = this.unstemmed.tokenStream("label", text);
                TokenStream stemmed = tokenStream("label", text)) {
            CharTermAttribute rawTerm = unstemmed.addAttribute(CharTermAttribute.class);
            TypeAttribute type = unstemmed.addAttribute(TypeAttribute.class);
            OffsetAttribute offset = unstemmed.addAttribute(OffsetAttribute.class);
            CharTermAttribute term = stemmed.addAttribute(CharTermAttribute.class);
            unstemmed.reset();
            stemmed.reset();
            while (unstemmed.incrementToken() && stemmed.incrementToken()) {
                Token.Kind kind = switch (type.type()) {
                    case InitialsFilter.TYPE -> Token.Kind.INITIALS;
                    case PART -> Token.Kind.PART;
                    default -> Token.Kind.WORD;
                };
                int start = Math.min(offset.startOffset(), text.length());
                int end = Math.min(offset.endOffset(), text.length());
                tokens.add(new Token(term.toString(), kind, rawTerm.toString(), text.substring(start, end), start, end));
            }
            unstemmed.end();
            stemmed.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return tokens;
    }

    private static CharArraySet parts() {
        Set<String> words = new LinkedHashSet<>();
        try (InputStream in = SwedishNameAnalyzer.class.getResourceAsStream("/search/compound-parts.txt")) {
            if (in == null) {
                throw new IllegalStateException("search/compound-parts.txt is missing from the classpath");
            }
            wordList = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            for (String line : wordList.split("\n")) {
                String word = line.strip();
                if (word.isEmpty() || word.startsWith("#")) {
                    continue;
                }
                words.add(word);
                // arbete → arbets-, skola → skol-: the form inside a compound.
                if ((word.endsWith("a") || word.endsWith("e")) && word.length() > MIN_PART + 1) {
                    words.add(word.substring(0, word.length() - 1));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Set<String> folded = new LinkedHashSet<>(words);
        words.forEach(w -> folded.add(fold(w)));
        return CharArraySet.unmodifiableSet(new CharArraySet(folded, true));
    }

    private static String fold(String word) {
        char[] out = new char[word.length() * 4];
        int length = ASCIIFoldingFilter.foldToASCII(word.toCharArray(), 0, out, 0, word.length());
        return new String(out, 0, length);
    }

    /** Marks the tokens a compound filter adds (position increment 0) as parts. */
    private static final class PartTypeFilter extends org.apache.lucene.analysis.TokenFilter {
        private final PositionIncrementAttribute increment = addAttribute(PositionIncrementAttribute.class);
        private final TypeAttribute type = addAttribute(TypeAttribute.class);

        PartTypeFilter(TokenStream input) {
            super(input);
        }

        @Override
        public boolean incrementToken() throws IOException {
            if (!input.incrementToken()) {
                return false;
            }
            if (increment.getPositionIncrement() == 0) {
                type.setType(PART);
            }
            return true;
        }
    }
}
