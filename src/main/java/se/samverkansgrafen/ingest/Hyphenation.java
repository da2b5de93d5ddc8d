package se.samverkansgrafen.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import se.samverkansgrafen.ingest.MinutesText.Line;

/**
 * Rejoins words split at line ends: "sam-" + "verkan" becomes "samverkan", "Anna-" +
 * "Karin" becomes "Anna-Karin" (a capital after the break means the hyphen is part of the
 * name). The completing piece moves up to the first line; the rest of the next line keeps
 * its own line number. A hyphen inside a line ("Hälso- och") or after a space is left
 * alone, and so is a break before "och", "eller" and the like (a suspended compound).
 */
final class Hyphenation {

    private static final Set<String> CONJUNCTIONS = Set.of("och", "eller", "samt", "resp", "resp.", "respektive",
            "till", "som", "and", "or");

    private Hyphenation() {
    }

    static List<Line> rejoin(List<Line> lines) {
        List<Line> result = new ArrayList<>(lines);
        for (int i = 0; i + 1 < result.size(); i++) {
            Line line = result.get(i);
            Line next = result.get(i + 1);
            String text = line.text();
            if (!endsWithBrokenWord(text) || next.text().isEmpty()) {
                continue;
            }
            String nextText = next.text();
            int pieceEnd = 0;
            while (pieceEnd < nextText.length() && !Character.isWhitespace(nextText.charAt(pieceEnd))) {
                pieceEnd++;
            }
            String piece = nextText.substring(0, pieceEnd);
            int first = piece.codePointAt(0);
            if (!Character.isLetter(first) || CONJUNCTIONS.contains(piece.toLowerCase())) {
                continue;
            }
            boolean keepHyphen = Character.isUpperCase(first);
            String joined = (keepHyphen ? text : text.substring(0, text.length() - 1)) + piece;
            String rest = nextText.substring(pieceEnd).strip();
            result.set(i, new Line(line.number(), line.page(), joined, joinStruck(line, next, piece, keepHyphen)));
            if (rest.isEmpty()) {
                result.remove(i + 1);
            } else {
                result.set(i + 1, new Line(next.number(), next.page(), rest, restStruck(next, piece, rest)));
            }
        }
        return result;
    }

    /** "sam-": a letter, then the hyphen ending the line (not "Hälso- och", not "text -"). */
    private static boolean endsWithBrokenWord(String text) {
        return text.length() >= 2 && text.endsWith("-") && Character.isLetter(text.charAt(text.length() - 2));
    }

    /** A struck part broken with the word ("Ida Holm-" / "gren,") becomes one part ("Ida Holmgren"). */
    private static List<String> joinStruck(Line line, Line next, String fullPiece, boolean keepHyphen) {
        String piece = withoutTrailingPunctuation(fullPiece);
        List<String> struck = new ArrayList<>();
        boolean nextStartsStruck = !next.struck().isEmpty() && next.struck().getFirst().startsWith(piece);
        for (String part : line.struck()) {
            if (line.text().endsWith(part) && part.endsWith("-") && nextStartsStruck) {
                struck.add((keepHyphen ? part : part.substring(0, part.length() - 1)) + piece);
            } else if (line.text().endsWith(part + "-") && nextStartsStruck) {
                struck.add(part + (keepHyphen ? "-" : "") + piece);
            } else {
                struck.add(part);
            }
        }
        return struck;
    }

    private static List<String> restStruck(Line next, String fullPiece, String rest) {
        String piece = withoutTrailingPunctuation(fullPiece);
        List<String> struck = new ArrayList<>();
        for (String part : next.struck()) {
            String remaining = part.startsWith(piece) ? part.substring(piece.length()).replaceFirst("^[\\s,;:.]+", "") : part;
            if (!remaining.isEmpty() && rest.contains(remaining)) {
                struck.add(remaining);
            }
        }
        return struck;
    }

    private static String withoutTrailingPunctuation(String piece) {
        return piece.replaceFirst("[,;:.)]+$", "");
    }
}
