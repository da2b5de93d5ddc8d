package se.samverkansgrafen.ingest;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

import org.apache.commons.text.similarity.JaroWinklerSimilarity;
import org.apache.commons.text.similarity.LevenshteinDistance;

/**
 * Folding and comparing Swedish names as minutes write them: diacritics, OCR slips,
 * words run together. Slugs follow data/README.md (å/ä → a, ö → o, é → e, spaces → -).
 */
final class Names {

    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern NON_ALNUM = Pattern.compile("[^a-z0-9]+");
    private static final Pattern NON_ALPHA = Pattern.compile("[^a-z]+");
    /** OCR reads ö as 6 at the start of a word ("6verens", "6ppnades"). */
    private static final Pattern OCR_SIX = Pattern.compile("(?<![0-9])6(?=[a-zåäö])");
    private static final JaroWinklerSimilarity JARO_WINKLER = new JaroWinklerSimilarity();
    private static final LevenshteinDistance LEVENSHTEIN = LevenshteinDistance.getDefaultInstance();

    private Names() {
    }

    /** Lower case, diacritics dropped, OCR's "6" for "ö" undone, whitespace collapsed. */
    static String fold(String text) {
        String s = OCR_SIX.matcher(text).replaceAll("o").toLowerCase(Locale.ROOT)
                .replace('ø', 'o').replace('æ', 'a').replace('ß', 's');
        s = MARKS.matcher(Normalizer.normalize(s, Normalizer.Form.NFD)).replaceAll("");
        return s.replaceAll("\\s+", " ").trim();
    }

    /** Folded letters only: "Eva-Lott-Brandt" and "Eva Lott Brandt" compare equal. */
    static String compact(String text) {
        return NON_ALPHA.matcher(fold(text)).replaceAll("");
    }

    /** Folded words separated by single spaces, punctuation dropped. */
    static String words(String text) {
        return NON_ALNUM.matcher(fold(text)).replaceAll(" ").trim();
    }

    /** The slug of data/README.md: lower case ASCII words joined by hyphens. */
    static String slug(String text) {
        return NON_ALNUM.matcher(fold(text)).replaceAll("-").replaceAll("^-+|-+$", "");
    }

    /** 1 for equal strings, falling towards 0 with the edit distance relative to length. */
    static double similarity(String a, String b) {
        if (a.isEmpty() || b.isEmpty()) {
            return 0;
        }
        int distance = LEVENSHTEIN.apply(a, b);
        return 1.0 - (double) distance / Math.max(a.length(), b.length());
    }

    static int distance(String a, String b) {
        return LEVENSHTEIN.apply(a, b);
    }

    static double jaroWinkler(String a, String b) {
        return JARO_WINKLER.apply(a, b);
    }

    /**
     * Edit distance where the substitutions OCR typically makes (l/t, l/i, e/o, i/l...) cost
     * a third: "tise" is closer to "lise" than "strid" to "stridh".
     */
    static double ocrDistance(String a, String b) {
        int n = a.length();
        int m = b.length();
        double[][] d = new double[n + 1][m + 1];
        for (int i = 0; i <= n; i++) {
            d[i][0] = i;
        }
        for (int j = 0; j <= m; j++) {
            d[0][j] = j;
        }
        for (int i = 1; i <= n; i++) {
            for (int j = 1; j <= m; j++) {
                char x = a.charAt(i - 1);
                char y = b.charAt(j - 1);
                double substitution = x == y ? 0 : confusable(x, y) ? 0.34 : 1;
                d[i][j] = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + substitution);
            }
        }
        return d[n][m];
    }

    private static boolean confusable(char x, char y) {
        String pair = x < y ? "" + x + y : "" + y + x;
        return switch (pair) {
            case "lt", "il", "ij", "it", "eo", "ce", "co", "ao", "ae", "ad", "nr", "mn", "rt", "uv", "hn", "bh", "kl", "gq" -> true;
            default -> false;
        };
    }

    /** Upper-case first letter of every word, for names OCR wrote in lower case. */
    static String capitalise(String name) {
        StringBuilder out = new StringBuilder(name.length());
        boolean start = true;
        for (char c : name.toCharArray()) {
            out.append(start ? Character.toUpperCase(c) : c);
            start = c == ' ' || c == '-';
        }
        return out.toString();
    }
}
