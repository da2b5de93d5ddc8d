package se.samverkansgrafen.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The words Swedish minutes use for governing documents, assignments and projects, and
 * how a matter's name compares with another: compounds split at their kind word
 * ("nutritionsöverenskommelsen" is "nutritions" + överenskommelse), definite and plural
 * endings dropped, filler and place words left out.
 */
final class MatterTerms {

    /** A kind word and the class and document kind of the matter it heads. */
    record Kind(String lemma, String typeIri, String documentKindIri) {
    }

    private static final String DOC = "https://w3id.org/samverkan/def/document-kind/";
    private static final String GOVERNING = Vocab.SG + "GoverningDocument";

    /** Longest first, so that "handlingsplan" wins over "plan". */
    private static final List<Kind> KINDS = List.of(
            new Kind("overenskommelse", GOVERNING, DOC + "overenskommelse"),
            new Kind("utredningsdirektiv", GOVERNING, DOC + "utredningsdirektiv"),
            new Kind("uppdragsbeskrivning", Vocab.SG + "Assignment", null),
            new Kind("handlingsplan", GOVERNING, DOC + "handlingsplan"),
            new Kind("handlingsprogram", GOVERNING, DOC + "handlingsplan"),
            new Kind("riktlinje", GOVERNING, DOC + "riktlinje"),
            new Kind("strategi", GOVERNING, DOC + "strategi"),
            new Kind("program", GOVERNING, DOC + "plan"),
            new Kind("uppdrag", Vocab.SG + "Assignment", null),
            new Kind("projekt", Vocab.SG + "Project", null),
            new Kind("policy", GOVERNING, DOC + "riktlinje"),
            new Kind("avtal", GOVERNING, DOC + "avtal"),
            new Kind("rutin", GOVERNING, DOC + "rutin"),
            new Kind("plan", GOVERNING, DOC + "plan"));

    /** Definite, plural and genitive endings a kind word takes. */
    private static final List<String> ENDINGS = List.of("erna", "arna", "rnas", "rna", "mets", "met", "ens", "ets", "en", "et", "er",
            "ar", "na", "n", "r", "t", "s", "");

    /** Plans that are not governing documents: schedules, care plans, a meeting's own plan. */
    private static final Set<String> NOT_MATTERS = Set.of("tidplan", "tidsplan", "vardplan", "behandlingsplan",
            "aktivitetsplan", "spelplan", "motesplan", "motesplanering", "arbetsplan", "dagordningsplan", "lokalplan",
            "detaljplan", "ersattningsavtal", "anstallningsavtal", "semesterplan", "kostplan", "bemanningsplan",
            "pilotprojekt", "delprojekt", "underuppdrag", "samverkansuppdrag", "regeringsuppdrag", "mandatplan",
            "rutiner", "flygplan");

    /** Words that carry no name: prepositions, articles, "ny", procedure words. */
    static final Set<String> FILLER = Set.of("om", "och", "i", "for", "av", "pa", "med", "till", "samt", "den", "det",
            "de", "en", "ett", "ny", "nya", "nytt", "gallande", "inom", "kring", "avseende", "mellan", "rorande", "att",
            "fran", "vid", "mot", "under", "efter", "forslag", "utkast", "reviderad", "reviderade", "revidering",
            "revidera", "uppfoljning", "rapport", "information", "beslut", "remiss", "kommande", "befintlig",
            "befintliga", "nuvarande", "gemensam", "gemensamma", "samverkan", "var", "vara", "sin", "sina", "dess",
            "har", "ar", "som", "the", "kopplat", "ang", "angaende", "x", "lan", "lanet", "lans", "region", "regionen",
            "kommun", "kommunen", "kommunerna", "kommuner");

    private MatterTerms() {
    }

    /** The kind a folded word is or ends with, or null ("samverkansavtalet" is an avtal). */
    static Kind kindOf(String foldedWord) {
        String w = foldedWord.replaceAll("[^a-z0-9]", "");
        if (w.length() < 4 || NOT_MATTERS.contains(w)) {
            return null;
        }
        for (Kind kind : KINDS) {
            for (String ending : ENDINGS) {
                String form = kind.lemma() + ending;
                if (w.endsWith(form) && !NOT_MATTERS.contains(w.substring(0, w.length() - ending.length()))) {
                    return kind;
                }
                // an OCR slip in a long kind word ("nutritionsdverenskommelsen")
                if (kind.lemma().length() >= 8 && w.length() >= form.length()
                        && Names.distance(w.substring(w.length() - form.length()), form) == 1) {
                    return kind;
                }
            }
        }
        return null;
    }

    /** The part of a compound before its kind word: "nutritions" of "nutritionsoverenskommelsen". */
    static String compoundPrefix(String foldedWord, Kind kind) {
        String w = foldedWord.replaceAll("[^a-z0-9]", "");
        int at = w.lastIndexOf(kind.lemma());
        return at <= 0 ? "" : w.substring(0, at);
    }

    /**
     * The name-bearing parts of a folded phrase: compounds split at their kind word, the
     * kind word itself returned as its lemma first, filler left out. Place words are left
     * out by the caller's filter.
     */
    static List<String> parts(String foldedWords, java.util.function.Predicate<String> placeWord) {
        List<String> parts = new ArrayList<>();
        for (String w : foldedWords.split(" ")) {
            if (w.isBlank() || FILLER.contains(w) || placeWord.test(w) || w.matches("\\d{1,3}")) {
                continue;
            }
            Kind kind = kindOf(w);
            if (kind != null) {
                String prefix = compoundPrefix(w, kind);
                parts.add("#" + kind.lemma());
                String bare = prefix.replaceAll("s$", "");
                if (bare.length() >= 3 && !FILLER.contains(bare) && !bare.equals("samverkan") && !bare.equals("lan")) {
                    parts.add("~" + bare);
                }
            } else {
                parts.add(w);
            }
        }
        return parts;
    }

    /**
     * Two words are one: equal, one an inflected form of the other, an OCR slip, or the
     * first part of a compound ("~rehabilitering", from "rehabiliteringsöverenskommelsen") beginning the other.
     */
    static boolean sameWord(String a, String b) {
        if (a.equals(b)) {
            return true;
        }
        if (a.startsWith("#") || b.startsWith("#")) {
            return false;
        }
        if (a.startsWith("~") || b.startsWith("~")) {
            String x = a.replace("~", "");
            String y = b.replace("~", "");
            return Math.min(x.length(), y.length()) >= 5 && (x.startsWith(y) || y.startsWith(x));
        }
        String x = stem(a);
        String y = stem(b);
        if (x.equals(y)) {
            return true;
        }
        return Math.min(x.length(), y.length()) >= 7 && Names.similarity(x, y) >= 0.85;
    }

    /** "avtalet", "överenskommelsen", "uppdraget": a definite form, which refers back to a document already named. */
    static boolean isDefinite(String foldedWord, Kind kind) {
        String w = foldedWord.replaceAll("[^a-z0-9]", "");
        for (String ending : List.of("en", "et", "n", "na", "rna", "erna", "arna", "met")) {
            if (w.endsWith(kind.lemma() + ending)) {
                return true;
            }
        }
        return false;
    }

    private static String stem(String w) {
        for (String ending : List.of("erna", "arna", "orna", "ens", "ets", "en", "et", "er", "ar", "or", "na", "n", "s", "a", "e")) {
            if (w.length() - ending.length() >= 4 && w.endsWith(ending)) {
                return w.substring(0, w.length() - ending.length());
            }
        }
        return w;
    }

    /** How many of {@code of} have a same word in {@code in}. */
    static int covered(List<String> of, List<String> in) {
        int n = 0;
        for (String a : of) {
            if (in.stream().anyMatch(b -> sameWord(a, b))) {
                n++;
            }
        }
        return n;
    }

    /** Dice similarity of two names' parts, words compared with {@link #sameWord}. */
    static double similarity(List<String> a, List<String> b) {
        if (a.isEmpty() || b.isEmpty()) {
            return 0;
        }
        return (covered(a, b) + covered(b, a)) / (double) (a.size() + b.size());
    }
}
