package se.samverkansgrafen.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the participant lists of Swedish minutes: sections headed "Närvarande",
 * "Deltagare", "Ledamöter", "Ersättare" (also side by side), "Tjänstepersoner",
 * "Övriga", "Adjungerade", "Frånvarande", "Förhinder"; entries as "Namn, organisation",
 * "Namn, titel, organisation", table rows, tab-separated columns or bullets, with notes
 * such as "(ordförande)", "(ej fm)", "deltar under punkt 4", "X ersätts av Y".
 */
final class ParticipantReader {

    /** A section heading word: which role and status its entries get. */
    record Heading(String word, String roleIri, String statusIri, String section) {
    }

    /** One entry as written, before identity resolution. */
    record Entry(String name, String rest, String orgIri, double orgScore, String jobTitle, String statusIri,
            List<String> roleIris, String note, boolean struckSign, String struckNote, String substituteForName,
            String quote, int line) {
    }

    static final List<Heading> HEADINGS = List.of(
            new Heading("narvarande ledamoter", "ledamot", "present", "Närvarande ledamöter"),
            new Heading("narvarande ersattare", "ersattare", "present", "Närvarande ersättare"),
            new Heading("tjanstgorande ersattare", "ersattare", "present", "Tjänstgörande ersättare"),
            new Heading("ovriga narvarande", "deltagare", "present", "Övriga närvarande"),
            new Heading("ovriga deltagare", "deltagare", "present", "Övriga deltagare"),
            new Heading("narvarande", "deltagare", "present", "Närvarande"),
            new Heading("deltagare", "deltagare", "present", "Deltagare"),
            new Heading("deltagande", "deltagare", "present", "Deltagare"),
            new Heading("ledamoter", "ledamot", "present", "Ledamöter"),
            new Heading("ersattare", "ersattare", "present", "Ersättare"),
            new Heading("tjanstepersoner", "tjansteperson", "present", "Tjänstepersoner"),
            new Heading("tjanstepersoner tjansteman", "tjansteperson", "present", "Tjänstepersoner"),
            new Heading("tjansteman", "tjansteperson", "present", "Tjänstemän"),
            new Heading("ovriga", "deltagare", "present", "Övriga"),
            new Heading("adjungerade", "adjungerad", "present", "Adjungerade"),
            new Heading("adjungerad", "adjungerad", "present", "Adjungerade"),
            new Heading("franvarande", null, "absent", "Frånvarande"),
            new Heading("anmalt forhinder", null, "absent", "Förhinder"),
            new Heading("forhinder", null, "absent", "Förhinder"),
            new Heading("ej narvarande", null, "absent", "Frånvarande"),
            new Heading("ordforande", "ordforande", "present", "Ordförande"),
            new Heading("vice ordforande", "vice-ordforande", "present", "Vice ordförande"),
            new Heading("sekreterare", "sekreterare", "present", "Sekreterare"),
            new Heading("justerare", "justerare", "present", "Justerare"));

    private static final Set<String> STOPWORDS = Set.of("och", "av", "i", "pa", "for", "till", "med", "om", "att",
            "det", "som", "ar", "den", "de", "en", "ett", "kommun", "region", "lan", "samt", "inte", "har", "vid",
            "fran", "under", "kl", "se", "ej", "var", "nar", "tid", "plats", "dnr", "sida", "protokoll",
            "beslut", "beslutas", "forslag", "rapport", "information", "uppdrag", "arende", "punkt", "mote");
    private static final Pattern BULLET = Pattern.compile("^\\s*(?:[-•*–·]|[eo](?=\\s+\\p{Lu}))\\s+");
    private static final Pattern NOTE = Pattern.compile("\\(([^)]*)\\)");
    private static final Pattern SUBSTITUTE = Pattern.compile("(?i)^(.*?)\\s*r?ers[aä]tt(?:s|es|er)?\\s+av\\s+(.+)$");
    private static final Pattern SUBSTITUTES_FOR = Pattern.compile("(?i)^(.*?)\\s+ers[aä]tter\\s+(.+)$");
    private static final Pattern PARTIAL = Pattern.compile(
            "(?i)\\b(ej (fm|em|förmiddag|eftermiddag)|till och från|deltar under|deltog under|närvarande under|"
                    + "närvarande §|närvarande punkt|från (kl|punkt|§)|till (kl|punkt|§)|del av mötet|lämnade|anslöt|§§)");
    private static final Pattern CAMEL = Pattern.compile("\\p{Ll}\\p{Lu}");
    private static final Pattern NAME_TOKEN = Pattern.compile("^[\\p{L}][\\p{L}'’.\\-]*$");

    private final Gazetteer gazetteer;

    ParticipantReader(Gazetteer gazetteer) {
        this.gazetteer = gazetteer;
    }

    /** The headings a line opens with (two for "Ledamöter: Ersättare:"), and any entry on the same line. */
    Optional<List<Heading>> headings(String line) {
        String trimmed = line.strip();
        if (trimmed.isEmpty() || trimmed.length() > 60 && !trimmed.contains(":")) {
            return Optional.empty();
        }
        List<Heading> found = new ArrayList<>();
        String[] parts = trimmed.split(":", -1);
        if (parts.length == 1) {
            headingFor(trimmed).ifPresent(found::add);
            return found.isEmpty() ? Optional.empty() : Optional.of(found);
        }
        // "Ledamöter: Ersättare:" or "Närvarande: Ida Holm, Mora"
        String first = parts[0];
        for (String word : first.trim().split("\\s{2,}|\\t")) {
            headingFor(word).ifPresent(found::add);
        }
        if (found.isEmpty()) {
            headingFor(first).ifPresent(found::add);
        }
        if (found.isEmpty()) {
            return Optional.empty();
        }
        if (parts.length > 2) {
            Optional<Heading> second = headingFor(parts[1]);
            second.ifPresent(found::add);
        }
        return Optional.of(found);
    }

    private Optional<Heading> headingFor(String text) {
        String key = Names.words(text).replace(" och ", " ");
        if (key.isEmpty() || key.split(" ").length > 3) {
            return Optional.empty();
        }
        Heading best = null;
        double bestScore = 0;
        for (Heading heading : HEADINGS) {
            double score = Names.similarity(key, heading.word());
            if (score > bestScore) {
                best = heading;
                bestScore = score;
            }
        }
        return bestScore >= 0.8 ? Optional.of(best) : Optional.empty();
    }

    /** The text on a heading line after its colon(s), when an entry starts there. */
    static String afterHeading(String line, int headingCount) {
        String[] parts = line.split(":", headingCount + 1);
        return parts.length > headingCount ? parts[headingCount].strip() : "";
    }

    /** Entries of one line in a section with the given headings (two headings: side by side). */
    List<Entry> entries(String line, int number, List<Heading> headings) {
        String text = BULLET.matcher(line).replaceFirst("").strip();
        if (text.isEmpty() || text.matches("^[|\\-:\\s]*$")) {
            return List.of();
        }
        List<String> cells = cells(text);
        List<Entry> entries = new ArrayList<>();
        if (headings.size() > 1) {
            List<String> sides = cells.size() > 1 ? cells : splitSideBySide(text);
            for (int i = 0; i < sides.size() && i < headings.size(); i++) {
                entry(sides.get(i), List.of(), number, headings.get(i), line).ifPresent(entries::add);
            }
            return entries;
        }
        Heading heading = headings.get(0);
        Matcher substitute = SUBSTITUTE.matcher(text);
        if (substitute.matches() && !substitute.group(1).isBlank()) {
            Optional<Entry> replaced = entry(substitute.group(1), List.of(), number, heading, line);
            Optional<Entry> substitutor = entry(substitute.group(2), List.of(), number, heading, line);
            replaced.ifPresent(e -> entries.add(withStatus(e, "absent",
                    "ersätts av " + substitute.group(2).strip(), null)));
            substitutor.ifPresent(e -> entries.add(withStatus(e, "substitute",
                    "ersätter " + PeopleResolver.readable(substitute.group(1)), substitute.group(1))));
            return entries;
        }
        if (cells.size() > 1) {
            entry(cells.get(0), cells.subList(1, cells.size()), number, heading, line).ifPresent(entries::add);
        } else {
            entry(text, List.of(), number, heading, line).ifPresent(entries::add);
        }
        return entries;
    }

    private static Entry withStatus(Entry e, String status, String note, String substituteFor) {
        return new Entry(e.name(), e.rest(), e.orgIri(), e.orgScore(), e.jobTitle(), status, e.roleIris(),
                note, e.struckSign(), e.struckNote(), substituteFor, e.quote(), e.line());
    }

    private static List<String> cells(String text) {
        String[] raw = text.contains("|") ? text.split("\\|") : text.contains("\t") ? text.split("\\t+") : new String[] {text};
        List<String> cells = new ArrayList<>();
        for (String cell : raw) {
            if (!cell.isBlank()) {
                cells.add(cell.strip());
            }
        }
        return cells;
    }

    /** "Ida Holm, Mora kommun Per Rask, Mora kommun": two entries, each ending in an organisation. */
    List<String> splitSideBySide(String text) {
        String spaced = text.replaceAll(",(?=\\S)", ", ");
        List<Integer> cuts = boundaries(spaced);
        for (int a : cuts) {
            for (int b : cuts) {
                if (b <= a || b - a > 40) {
                    continue;
                }
                String org = spaced.substring(a, b).replaceAll("^[\\s,\\-]+|[\\s,\\-]+$", "");
                String name = spaced.substring(0, a).replaceAll("[\\s,\\-]+$", "");
                String rest = spaced.substring(b).replaceAll("^[\\s,\\-|]+", "");
                if (!looksLikeName(name) || rest.isBlank() || gazetteer.resolveOrg(org).isEmpty()) {
                    continue;
                }
                // the longest organisation at this cut: extend while it still resolves
                int end = b;
                double score = gazetteer.resolveOrg(org).get().score();
                for (int c : cuts) {
                    if (c > end && c - a <= 40) {
                        Optional<Gazetteer.OrgMatch> longer = gazetteer.resolveOrg(spaced.substring(a, c)
                                .replaceAll("^[\\s,\\-]+|[\\s,\\-]+$", ""));
                        if (longer.isPresent() && longer.get().score() >= score) {
                            end = c;
                            score = longer.get().score();
                        }
                    }
                }
                String left = spaced.substring(0, end).strip();
                String right = spaced.substring(end).replaceAll("^[\\s,\\-|]+", "").strip();
                return right.isEmpty() ? List.of(left) : List.of(left, right);
            }
        }
        return List.of(text);
    }

    private static List<Integer> boundaries(String text) {
        List<Integer> cuts = new ArrayList<>();
        for (int i = 1; i < text.length(); i++) {
            char c = text.charAt(i);
            char p = text.charAt(i - 1);
            if ((Character.isWhitespace(p) && !Character.isWhitespace(c)) || p == ',' || p == '-'
                    || (Character.isLowerCase(p) && Character.isUpperCase(c))) {
                cuts.add(i);
            }
        }
        cuts.add(text.length());
        return cuts;
    }

    private Optional<Entry> entry(String cell, List<String> moreCells, int number, Heading heading, String line) {
        String text = cell.strip();
        List<String> notes = new ArrayList<>();
        Matcher noteMatcher = NOTE.matcher(text);
        while (noteMatcher.find()) {
            notes.add(noteMatcher.group(1).strip());
        }
        text = NOTE.matcher(text).replaceAll(" ").strip();
        List<String> roles = new ArrayList<>();
        if (heading.roleIri() != null) {
            roles.add(heading.roleIri());
        }
        // "Nils Öhrn - sekreterare"
        Matcher dash = Pattern.compile("^(.*?)\\s+[-–]\\s+(\\p{L}[\\p{L} ]*)$").matcher(text);
        if (dash.matches() && headingFor(dash.group(2)).map(Heading::roleIri).filter(r -> r != null).isPresent()) {
            roles.add(headingFor(dash.group(2)).get().roleIri());
            text = dash.group(1);
        }
        String status = heading.statusIri();
        List<String> keptNotes = new ArrayList<>();
        for (String note : notes) {
            Optional<Heading> role = headingFor(note);
            String noteRole = role.map(Heading::roleIri).orElse(roleWord(note));
            if (noteRole != null) {
                roles.remove("deltagare");
                roles.add(noteRole);
            } else {
                keptNotes.add(note);
            }
            if (PARTIAL.matcher(note).find()) {
                status = "partial";
            }
        }
        String name;
        String rest;
        List<String> segments = new ArrayList<>();
        if (text.contains(",")) {
            String[] parts = text.split(",");
            name = parts[0];
            for (int i = 1; i < parts.length; i++) {
                segments.add(parts[i].strip());
            }
        } else if (moreCells.isEmpty()) {
            List<String> split = nameAndOrg(text);
            name = split.get(0);
            if (split.size() > 1) {
                segments.add(split.get(1));
            }
        } else {
            name = text;
        }
        segments.addAll(moreCells);
        segments.removeIf(String::isBlank);
        name = name.strip().replaceAll("[\\s,\\-]+$", "");
        if (!looksLikeName(name)) {
            return Optional.empty();
        }
        Matcher partial = PARTIAL.matcher(String.join(" ", segments));
        if (partial.find()) {
            status = "partial";
            keptNotes.add(String.join(", ", segments).substring(partial.start()).strip());
        }
        String orgIri = null;
        double orgScore = 0;
        String jobTitle = null;
        for (String segment : segments) {
            Optional<Gazetteer.OrgMatch> org = gazetteer.resolveOrg(segment);
            if (org.isEmpty()) {
                org = gazetteer.findOrgIn(segment);
                if (jobTitle == null && !PARTIAL.matcher(segment).find()) {
                    jobTitle = segment;
                }
            }
            if (org.isPresent() && orgIri == null) {
                orgIri = org.get().iri();
                orgScore = org.get().score();
            }
        }
        String rest0 = String.join(", ", segments);
        rest = rest0;
        // a name run together next to a clean job title is OCR spacing, not a strike line
        String struckNote = jobTitle == null ? struckSign(name, rest) : null;
        return Optional.of(new Entry(name, rest, orgIri, orgScore, jobTitle, status, roles,
                keptNotes.isEmpty() ? null : String.join("; ", keptNotes), struckNote != null, struckNote, null,
                line.strip(), number));
    }

    private static String roleWord(String note) {
        String key = Names.words(note);
        return switch (key) {
            case "ordf", "ordforande" -> "ordforande";
            case "sekr", "sekreterare" -> "sekreterare";
            case "kommunikator" -> "kommunikator";
            case "adjungerad" -> "adjungerad";
            case "justerare" -> "justerare";
            case "ersattare" -> "ersattare";
            default -> null;
        };
    }

    /** "Ida Holm Mora": the name and a trailing organisation, when one resolves. */
    private List<String> nameAndOrg(String text) {
        List<Integer> cuts = boundaries(text);
        for (int a : cuts) {
            if (a >= text.length()) {
                break;
            }
            String name = text.substring(0, a).replaceAll("[\\s,\\-]+$", "");
            String org = text.substring(a).replaceAll("^[\\s,\\-]+", "");
            if (looksLikeName(name) && gazetteer.resolveOrg(org).isPresent()) {
                return List.of(name, org);
            }
        }
        return List.of(text);
    }

    /**
     * Whether text reads as a person's name: one to five words of letters (an initial
     * allowed), at least one capitalised, no function words, not an organisation. A
     * single word counts only when it shows words run together (OCR of a struck name).
     */
    boolean looksLikeName(String text) {
        String s = text.strip();
        if (s.length() < 4 || s.length() > 60) {
            return false;
        }
        String[] tokens = s.split("\\s+");
        if (tokens.length > 5) {
            return false;
        }
        boolean capital = false;
        for (String token : tokens) {
            if (!NAME_TOKEN.matcher(token).matches()) {
                return false;
            }
            if (STOPWORDS.contains(Names.fold(token).replaceAll("[^a-z]", ""))) {
                return false;
            }
            if (token.matches(".*\\p{Lu}\\p{Lu}.*")) {
                return false;
            }
            if (token.length() > 1 && Character.isUpperCase(token.charAt(token.length() - 1))
                    && Character.isLowerCase(token.charAt(token.length() - 2))) {
                return false;
            }
            capital |= Character.isUpperCase(token.charAt(0)) || CAMEL.matcher(token).find();
        }
        if (!capital) {
            return false;
        }
        long longTokens = java.util.Arrays.stream(tokens).filter(t -> t.length() >= 2).count();
        if (tokens.length == 1) {
            return tokens[0].length() >= 7 && (CAMEL.matcher(tokens[0]).find() || tokens[0].contains("-")
                    || tokens[0].length() >= 7);
        }
        if (longTokens < 2) {
            return false;
        }
        if (tokens[0].length() == 1) {
            return false;
        }
        return gazetteer.resolveOrg(s).filter(Gazetteer.OrgMatch::exact).isEmpty()
                && headingFor(s).isEmpty();
    }

    /**
     * In OCR'd participant lists a struck-through name comes out with its words run
     * together or joined by hyphens ("IdaHolm", "Eva-Lott-Brandt,Moraskemmun").
     */
    static String struckSign(String name, String rest) {
        String n = name.strip();
        if (CAMEL.matcher(n).find()) {
            return "orden i namnet är hopskrivna (\"" + n + "\"), i OCR-lästa deltagarlistor ett tecken på överstrykning";
        }
        if (!n.contains(" ") && n.contains("-")) {
            return "namnet är hopbundet med bindestreck (\"" + n + "\"), i OCR-lästa deltagarlistor ett tecken på överstrykning";
        }
        if (!n.contains(" ")) {
            return "namnet är skrivet som ett ord (\"" + n + "\"), i OCR-lästa deltagarlistor ett tecken på överstrykning";
        }
        String r = rest == null ? "" : rest.strip();
        if (r.matches("(?i).*\\S(kommun|kemmun)$") || r.matches("^-.*") || r.matches("(?i).*\\p{L}-kommun$")) {
            return "organisationen är hopskriven eller hopbunden (\"" + r + "\"), i OCR-lästa deltagarlistor ett tecken på överstrykning";
        }
        return null;
    }

    static String roleIri(String role) {
        return role == null ? null : Vocab.ROLE + role.toLowerCase(Locale.ROOT);
    }
}
