package se.samverkansgrafen.synth;

import java.util.Map;

/**
 * How minutes misspell names: the slips seen in the seeds (diacritics lost, l read as t,
 * struck-through names run together in OCR, surname first, a hyphen from a line break,
 * a nickname) and the near names that make an identity candidate (Strid/Stridh).
 */
final class NameSlips {

    private static final Map<String, String> NICKNAMES = Map.ofEntries(
            Map.entry("Madelene", "Madde"), Map.entry("Ann-Mari", "Ammi"), Map.entry("Katarina", "Kajsa"),
            Map.entry("Kristina", "Kicki"), Map.entry("Birgitta", "Bitte"), Map.entry("Margareta", "Maggan"),
            Map.entry("Charlotte", "Lotta"), Map.entry("Mikael", "Micke"), Map.entry("Fredrik", "Freddie"),
            Map.entry("Andreas", "Andy"), Map.entry("Johanna", "Hanna"), Map.entry("Håkan", "Hocke"));

    private NameSlips() {
    }

    /** OCR of a scan: å, ä, ö lost (å/ä → a, ö → o), as in the seeds' scans. */
    static String withoutDiacritics(String name) {
        return name.replace('å', 'a').replace('ä', 'a').replace('ö', 'o').replace('Å', 'A').replace('Ä', 'A')
                .replace('Ö', 'O').replace('é', 'e');
    }

    /** OCR reading one "l" as "t" (Daniel → Daniet); the name itself when it has no l. */
    static String lReadAsT(Rng rng, String name) {
        int count = (int) name.chars().filter(c -> c == 'l').count();
        if (count == 0) {
            return name;
        }
        int target = rng.between(1, count);
        StringBuilder out = new StringBuilder(name);
        for (int i = 0, seen = 0; i < out.length(); i++) {
            if (out.charAt(i) == 'l' && ++seen == target) {
                out.setCharAt(i, 't');
                break;
            }
        }
        return out.toString();
    }

    /** A struck-through name in an OCR participant list: its words run together. */
    static String runTogether(String name) {
        return name.replace(" ", "");
    }

    /** A spelling variant a careful reader merges with the canonical name. */
    static String variant(Rng rng, String name) {
        String[] words = name.split(" ");
        return switch (rng.between(0, 3)) {
            case 0 -> words[words.length - 1] + " " + String.join(" ", java.util.Arrays.copyOf(words, words.length - 1));
            case 1 -> withoutDiacritics(name).equals(name) ? swapVowel(name) : withoutDiacritics(name);
            case 2 -> hyphenated(name);
            default -> swapVowel(name);
        };
    }

    /**
     * A near name that could be someone else (a surname with or without a final h, a
     * nickname), or null when the name has none.
     */
    static String nearName(String name) {
        String[] words = name.split(" ");
        String first = words[0];
        if (NICKNAMES.containsKey(first)) {
            return NICKNAMES.get(first) + name.substring(first.length());
        }
        String last = words[words.length - 1];
        String rest = name.substring(0, name.length() - last.length());
        if (last.endsWith("h")) {
            return rest + last.substring(0, last.length() - 1);
        }
        if (last.endsWith("d") || last.endsWith("t") || last.endsWith("m")) {
            return rest + last + "h";
        }
        if (last.endsWith("sson")) {
            return rest + last.substring(0, last.length() - 4) + "son";
        }
        return null;
    }

    /** "Linnea Hed-kvist": a line break hyphenating the surname. */
    private static String hyphenated(String name) {
        int space = name.lastIndexOf(' ');
        String last = name.substring(space + 1);
        if (last.length() < 6) {
            return swapVowel(name);
        }
        int cut = last.length() / 2;
        return name.substring(0, space + 1) + last.substring(0, cut) + "-" + last.substring(cut).toLowerCase();
    }

    /** "Madelone" for "Madelene": one vowel typed wrong. */
    private static String swapVowel(String name) {
        for (int i = name.length() - 2; i > 0; i--) {
            char c = name.charAt(i);
            if (c == 'e') {
                return name.substring(0, i) + 'o' + name.substring(i + 1);
            }
        }
        return name + "s";
    }
}
