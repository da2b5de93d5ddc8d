package se.samverkansgrafen.query;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.queryparser.classic.QueryParser;

import se.samverkansgrafen.store.SwedishNameAnalyzer;

/**
 * A parameter of a named query, declared in its header as
 * {@code # param: name type [optional] - description}. Types: {@code id:KIND} (a slug or
 * full IRI of an entity under https://w3id.org/samverkan/id/KIND/), {@code date}
 * (YYYY-MM-DD), {@code string}, {@code integer}, {@code one-of:a,b,c} (one of the values
 * listed), and {@code search}: words for the name index (jena-text), each escaped for
 * Lucene's query syntax and matched exactly or within one edit (an OCR slip), or, for a
 * compound, by all its parts ("nutritionsvård": nutrition and vård), all words required; and
 * {@code words}, the same words for a store without a text index (the portable name search):
 * analysed as the name index does (lower case, Swedish stem, folded to ASCII), each given as a
 * regular expression that matches the stem or any spelling one edit from it, the expressions
 * separated by spaces. Ids, dates, integers and listed values are taken as given: a value with
 * surrounding spaces is refused, not trimmed.
 */
public record QueryParameter(String name, String type, boolean optional, String description) {

    public static final String ID_BASE = "https://w3id.org/samverkan/id/";

    private static final Pattern SLUG = Pattern.compile("[a-z0-9][a-z0-9_-]*");
    /** Four-digit years only: LocalDate also reads +999999999-12-31 and -999999-01-01. */
    private static final Pattern DATE = Pattern.compile("[0-9]{4}-[0-9]{2}-[0-9]{2}");
    private static final int MAX_STRING = 200;
    private static final int MAX_WORDS = 8;
    private static final int MIN_FUZZY_LENGTH = 4;
    private static final String ONE_OF = "one-of:";

    /** The values a {@code one-of:} parameter accepts, in declared order; empty for other types. */
    public List<String> allowedValues() {
        return type.startsWith(ONE_OF) ? List.of(type.substring(ONE_OF.length()).split(",")) : List.of();
    }

    private String oneOf(String value) {
        List<String> allowed = allowedValues();
        if (!allowed.contains(value)) {
            throw new InvalidParameterException(name, "must be one of " + String.join(", ", allowed)
                    + ", got '" + abbreviate(value) + "'", allowed);
        }
        return value;
    }

    /** Converts a request value to the RDF term bound to the query variable, or throws with the reason. */
    public Node toNode(String value) {
        if (value == null || value.isBlank()) {
            throw new InvalidParameterException(name, "is empty");
        }
        if (type.startsWith("id:")) {
            return NodeFactory.createURI(iri(type.substring(3), value));
        }
        if (type.startsWith(ONE_OF)) {
            return NodeFactory.createLiteralString(oneOf(value));
        }
        return switch (type) {
            case "date" -> NodeFactory.createLiteralDT(date(value).toString(), XSDDatatype.XSDdate);
            case "integer" -> NodeFactory.createLiteralDT(Long.toString(integer(value)), XSDDatatype.XSDinteger);
            case "search" -> NodeFactory.createLiteralString(luceneQuery(value));
            case "words" -> NodeFactory.createLiteralString(wordPatterns(value));
            case "string" -> {
                if (value.length() > MAX_STRING) {
                    throw new InvalidParameterException(name, "is longer than " + MAX_STRING + " characters");
                }
                yield NodeFactory.createLiteralString(value);
            }
            default -> throw new IllegalStateException("Unknown parameter type " + type + " of " + name);
        };
    }

    private String luceneQuery(String value) {
        if (value.length() > MAX_STRING) {
            throw new InvalidParameterException(name, "is longer than " + MAX_STRING + " characters");
        }
        List<String> words = searchWords(value).stream().map(QueryParameter::luceneWord).toList();
        if (words.isEmpty()) {
            throw new InvalidParameterException(name, "has no words to search for");
        }
        return String.join(" AND ", words);
    }

    /** The words of a {@code search} value: lower case, split at spaces and punctuation, at most eight. */
    public static List<String> searchWords(String value) {
        return Arrays.stream(value.toLowerCase(Locale.ROOT).split("[\\s\\p{Punct}]+"))
                .filter(w -> !w.isBlank())
                .limit(MAX_WORDS)
                .toList();
    }

    /** One word: as written, within one edit, or as the parts of a compound. */
    private static String luceneWord(String word) {
        String escaped = QueryParser.escape(word);
        StringBuilder alternatives = new StringBuilder(escaped);
        if (word.length() >= MIN_FUZZY_LENGTH) {
            alternatives.append(" OR ").append(escaped).append("~1");
        }
        List<String> parts = SwedishNameAnalyzer.compoundParts(word);
        if (!parts.isEmpty()) {
            alternatives.append(" OR (").append(String.join(" AND ", parts.stream().map(QueryParser::escape).toList()))
                    .append(")");
        }
        return alternatives.indexOf(" OR ") < 0 ? escaped : "(" + alternatives + ")";
    }

    /**
     * "stem|alternative|…" per word: the stem first (a portable query tells an exact match by
     * it), then for a stem of {@value #MIN_FUZZY_LENGTH} letters or more each spelling one
     * substitution, deletion or insertion away, with "." for the letter changed. Only a-z and
     * 0-9 are kept of a word, so no character of the request reaches the pattern as syntax.
     */
    private String wordPatterns(String value) {
        if (value.length() > MAX_STRING) {
            throw new InvalidParameterException(name, "is longer than " + MAX_STRING + " characters");
        }
        List<String> patterns = new ArrayList<>();
        try (Analyzer analyzer = SwedishNameAnalyzer.forQueries();
                TokenStream tokens = analyzer.tokenStream("label", value)) {
            CharTermAttribute term = tokens.addAttribute(CharTermAttribute.class);
            tokens.reset();
            while (tokens.incrementToken() && patterns.size() < MAX_WORDS) {
                String stem = term.toString().replaceAll("[^a-z0-9]", "");
                if (!stem.isEmpty()) {
                    patterns.add(oneEditPattern(stem));
                }
            }
            tokens.end();
        } catch (IOException e) {
            throw new UncheckedIOException("Analysing a string cannot fail", e);
        }
        if (patterns.isEmpty()) {
            throw new InvalidParameterException(name, "has no words to search for");
        }
        return String.join(" ", patterns);
    }

    private static String oneEditPattern(String stem) {
        if (stem.length() < MIN_FUZZY_LENGTH) {
            return stem;
        }
        Set<String> alternatives = new LinkedHashSet<>();
        alternatives.add(stem);
        for (int i = 0; i <= stem.length(); i++) {
            String before = stem.substring(0, i);
            alternatives.add(before + "." + stem.substring(i));
            if (i < stem.length()) {
                alternatives.add(before + "." + stem.substring(i + 1));
                alternatives.add(before + stem.substring(i + 1));
            }
        }
        return String.join("|", alternatives);
    }

    private String iri(String kind, String value) {
        String prefix = ID_BASE + kind + "/";
        String slug = value.startsWith(prefix) ? value.substring(prefix.length()) : value;
        if (!SLUG.matcher(slug).matches()) {
            throw new InvalidParameterException(name, "must be the id of a " + kind
                    + " (lower-case letters, digits, '-' and '_', nothing around them) or its IRI " + prefix + "...");
        }
        return prefix + slug;
    }

    private LocalDate date(String value) {
        if (!DATE.matcher(value).matches()) {
            throw new InvalidParameterException(name, "must be a date as YYYY-MM-DD, got '" + abbreviate(value) + "'");
        }
        try {
            return LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            throw new InvalidParameterException(name, "must be a date as YYYY-MM-DD, got '" + abbreviate(value) + "'");
        }
    }

    private long integer(String value) {
        try {
            return Long.parseLong(value);
        } catch (NumberFormatException e) {
            throw new InvalidParameterException(name, "must be an integer, got '" + abbreviate(value) + "'");
        }
    }

    private static String abbreviate(String value) {
        return value.length() > 40 ? value.substring(0, 40) + "…" : value;
    }
}
