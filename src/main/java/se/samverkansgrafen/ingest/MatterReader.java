package se.samverkansgrafen.ingest;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The matters a set of minutes handles and their steps. An item or decision that names a
 * governing document, assignment or project ("överenskommelse om …", "Handlingsplan för …",
 * "samverkansavtalet", "uppdrag att …", "FRISK projektet") is linked to the known matter of
 * that name, or the name is proposed as a new matter. A wrong link is worse than a missing
 * one: a name that only resembles a known matter becomes a new, flagged proposal. Each item
 * concerning a matter is a done step; times to come that the item gives for it ("beslut tas
 * vid mötet i september", "remiss under våren 2024") are planned steps.
 */
final class MatterReader {

    /** An item with the lines of its body. */
    record ItemText(Draft.Item item, List<MinutesText.Line> body) {
    }

    record Result(List<Draft.Matter> matters, List<Draft.MatterLink> links, List<Draft.Step> steps) {
    }

    private enum Origin { TITLE, DECISION, BODY }

    /** A title, a decision or a sentence of an item's body, with the line it starts on. */
    private record Unit(String text, int line, Origin origin, String decisionSuffix) {
    }

    /** A matter named in a unit: a known one (with how sure) or a proposal; the kind word that named it, if any. */
    private record Named(String iri, double confidence, Unit unit, String quote, boolean revision, String kind) {
    }

    private static final Set<String> COMPLEMENT = Set.of("om", "for", "gallande", "kring", "avseende", "mellan",
            "inom", "rorande", "angaende", "mot", "kopplat", "kopplad");
    private static final Set<String> ASSIGNMENT_COMPLEMENT = Set.of("att", "fran", "om", "kring", "gallande", "avseende");
    private static final Set<String> STOP = Set.of("ar", "har", "hade", "var", "ska", "skall", "kommer", "som", "dar",
            "vilket", "vilken", "blir", "kan", "bor", "maste", "behover", "galler", "togs", "tas", "presenteras",
            "presenterades", "beslutades", "godkandes", "faststalldes", "antogs", "lades", "laggs", "skickas",
            "skickades", "foredrog", "foredras", "informerade", "informerar", "diskuterades", "diskuteras", "pagar",
            "borjar", "startade", "lopte", "loper", "finns", "fanns", "genomfors", "genomfordes", "sker", "skedde",
            "behandlas", "behandlades", "ges", "gavs", "fick", "far", "via", "utifran", "enligt", "samt", "eller",
            "men", "da", "nar", "efter", "innan", "sedan", "pa", "ocksa", "aven", "bl", "t", "ex", "etc", "bade",
            "respektive", "ingar", "inga", "inte", "medan", "eftersom", "dock", "trots", "utan", "sasom", "skulle",
            "kunde", "borde", "vill", "ville", "innebar", "innebara", "leder", "ledde");
    private static final Set<String> PRE_MODIFIERS = Set.of("regional", "regionala", "regionalt", "nationell",
            "nationella", "nationellt", "lansgemensam", "lansgemensamma", "lansgemensamt", "lansovergripande",
            "gemensam", "gemensamma", "gemensamt", "lokal", "lokala", "lokalt", "strategisk", "strategiska", "ny",
            "nya", "nytt", "reviderad", "reviderade", "reviderat", "overgripande");
    private static final Pattern LEADING_PROCEDURE = Pattern.compile(
            "(?i)^(information om|info om|rapport från|rapport om|uppföljning av|uppföljning|beslut om|förslag till|förslag på|"
                    + "förslag om|utkast till|revidering av|remiss[:]?|remissvar|presentation av|genomgång av|ny|nytt|nya|"
                    + "reviderad|reviderade|reviderat|angående|ang\\.?)\\s+");
    private static final Pattern FUTURE = Pattern.compile("\\b(ska|skall|kommer|planeras|planerad|planerat|planeringen|"
            + "aterkommer|ater|senast|tas upp|tas vid|tas pa|tas i|infor|fram till|beraknas|vantas|preliminart|"
            + "nasta|skjuts|bordlaggs|fortsatter|kommande)\\b");
    private static final Pattern STEP_NOUN = Pattern.compile("\\b(remiss\\w*|slutleverans|leverans|beslut|"
            + "aterrapportering|redovisning|uppfoljning|remisstid)\\b");
    private static final Pattern DONE_VERB = Pattern.compile("\\b(beslutade|genomfordes|genomforts|hade|togs|skedde|"
            + "presenterades|fastslogs|har (varit|genomforts|tagits|beslutat|skickats))\\b");
    /** Dates that bound a period of validity or funding, not a time the matter is handled. */
    private static final Pattern RANGE = Pattern.compile("\\b(perioden|period|t ?o ?m|tom|fr ?o ?m|fran och med|till och med|"
            + "galler|giltig\\w*|loper ut|loper|forlangts|forlangs)\\b|\\d\\s*[-–]\\s*(20)?\\d{2}-\\d{2}");
    private static final Set<String> SUBSTANTIVE = Set.of("beslut", "inriktningsbeslut", "stallningstagande",
            "faststallande", "val");

    private final Gazetteer gazetteer;
    private final List<Gazetteer.KnownMatter> known;
    private final Map<String, List<List<String>>> knownParts = new HashMap<>();
    private final String regionPrefix;
    private final LocalDate meetingDate;
    private final String groupIri;
    private final Map<String, Draft.Matter> matters = new LinkedHashMap<>();
    private final Map<String, List<String>> proposedParts = new LinkedHashMap<>();
    /** The matter the current item's title names, per kind word: what "avtalet" in its body refers back to. */
    private final Map<String, String> titleMatters = new HashMap<>();

    MatterReader(Gazetteer gazetteer, String regionPrefix, LocalDate meetingDate, String groupIri) {
        this.gazetteer = gazetteer;
        this.regionPrefix = gazetteer.regionPrefix(regionPrefix);
        this.meetingDate = meetingDate;
        this.groupIri = groupIri;
        this.known = gazetteer.mattersFor(this.regionPrefix);
        for (Gazetteer.KnownMatter m : known) {
            knownParts.put(m.iri(), m.labels().stream().map(this::parts).toList());
        }
    }

    private List<String> parts(String text) {
        return MatterTerms.parts(Names.words(text), gazetteer::isPlaceWord);
    }

    Result read(List<ItemText> items, List<Draft.Decision> decisions) {
        List<Draft.MatterLink> links = new ArrayList<>();
        List<Draft.Step> steps = new ArrayList<>();
        for (ItemText it : items) {
            Draft.Item item = it.item();
            if (item.kindIri().endsWith("/formalia")) {
                continue;
            }
            List<Draft.Decision> own = decisions.stream().filter(d -> item.number().equals(d.itemNumber())).toList();
            List<Unit> units = units(it, own);
            Map<String, List<Named>> named = new LinkedHashMap<>();
            titleMatters.clear();
            for (Unit unit : units) {
                for (Named n : namedIn(unit)) {
                    if (unit.origin() == Origin.TITLE && n.kind() != null) {
                        titleMatters.putIfAbsent(n.kind(), n.iri());
                    }
                    named.computeIfAbsent(n.iri(), k -> new ArrayList<>()).add(n);
                }
            }
            if (named.isEmpty()) {
                continue;
            }
            String primary = named.entrySet().stream()
                    .filter(e -> e.getValue().stream().anyMatch(n -> n.unit().origin() == Origin.TITLE))
                    .map(Map.Entry::getKey).findFirst()
                    .orElse(named.size() == 1 ? named.keySet().iterator().next() : null);
            for (Map.Entry<String, List<Named>> e : named.entrySet()) {
                Named first = e.getValue().stream().max((a, b) -> Double.compare(a.confidence(), b.confidence())).orElseThrow();
                List<Draft.Decision> attached = new ArrayList<>();
                for (Draft.Decision d : own) {
                    boolean namesIt = e.getValue().stream().anyMatch(n -> n.unit().origin() == Origin.DECISION
                            && java.util.Objects.equals(n.unit().decisionSuffix(), d.suffix()));
                    boolean namesOther = named.entrySet().stream().anyMatch(o -> !o.getKey().equals(e.getKey())
                            && o.getValue().stream().anyMatch(n -> n.unit().origin() == Origin.DECISION
                                    && java.util.Objects.equals(n.unit().decisionSuffix(), d.suffix())));
                    if (namesIt || (e.getKey().equals(primary) && !namesOther)) {
                        attached.add(d);
                    }
                }
                links.add(new Draft.MatterLink(item.number(), e.getKey(),
                        attached.stream().map(Draft.Decision::suffix).toList(), first.confidence(), first.unit().line(),
                        first.quote()));
                boolean revision = e.getValue().stream().anyMatch(Named::revision);
                boolean taken = attached.stream().anyMatch(d -> SUBSTANTIVE.contains(kind(d)));
                Draft.Decision decision = attached.stream().filter(d -> SUBSTANTIVE.contains(kind(d))).findFirst()
                        .orElse(attached.isEmpty() ? null : attached.get(0));
                steps.add(new Draft.Step(e.getKey(), item.number(), doneKind(item, attached, revision, units), false,
                        meetingDate.toString(), meetingDate, null, taken,
                        decision == null ? null : decision.itemNumber() + (decision.suffix() == null ? "" : "-" + decision.suffix()),
                        groupIri, first.quote(), first.unit().line(), first.confidence()));
            }
            steps.addAll(planned(units, named, primary, item));
        }
        return new Result(List.copyOf(matters.values()), links, steps);
    }

    private static String kind(Draft.Decision d) {
        return d.kindIri().substring(Vocab.DECISION_KIND.length());
    }

    // ------------------------------------------------------------ units

    private List<Unit> units(ItemText it, List<Draft.Decision> decisions) {
        List<Unit> units = new ArrayList<>();
        units.add(new Unit(it.item().title(), it.item().line(), Origin.TITLE, null));
        for (Draft.Decision d : decisions) {
            units.add(new Unit(d.text(), d.line(), Origin.DECISION, d.suffix()));
        }
        // paragraphs of consecutive lines, split into sentences; table rows and bullets stand alone
        StringBuilder paragraph = new StringBuilder();
        List<int[]> starts = new ArrayList<>();
        for (MinutesText.Line line : it.body()) {
            String t = line.text().strip();
            boolean alone = t.startsWith("|") || t.matches("^[-•*–·o]\\s.*") || t.matches("^\\d{1,2}[.)]\\s.*");
            if (t.isEmpty() || alone) {
                flush(paragraph, starts, units);
            }
            if (!t.isEmpty()) {
                starts.add(new int[] {paragraph.length(), line.number()});
                paragraph.append(paragraph.isEmpty() ? "" : " ").append(t.replace("|", " | "));
                if (alone) {
                    flush(paragraph, starts, units);
                }
            }
        }
        flush(paragraph, starts, units);
        return units;
    }

    private static void flush(StringBuilder paragraph, List<int[]> starts, List<Unit> units) {
        if (paragraph.isEmpty()) {
            return;
        }
        String text = paragraph.toString();
        int from = 0;
        for (String sentence : text.split("(?<=[.!?])\\s+(?=[\\p{Lu}\\d])")) {
            int at = text.indexOf(sentence, from);
            from = at + sentence.length();
            int line = starts.get(0)[1];
            for (int[] s : starts) {
                if (s[0] <= at) {
                    line = s[1];
                }
            }
            units.add(new Unit(sentence, line, Origin.BODY, null));
        }
        paragraph.setLength(0);
        starts.clear();
    }

    // ------------------------------------------------------------ names

    private List<Named> namedIn(Unit unit) {
        List<Named> found = new ArrayList<>();
        String[] raw = unit.text().strip().split("\\s+");
        String[] folded = new String[raw.length];
        for (int k = 0; k < raw.length; k++) {
            folded[k] = Names.words(raw[k]);
        }
        for (int k = 0; k < raw.length; k++) {
            MatterTerms.Kind kind = MatterTerms.kindOf(folded[k]);
            if (kind == null) {
                continue;
            }
            int start = k;
            while (start > 0 && start > k - 2 && (PRE_MODIFIERS.contains(folded[start - 1])
                    || raw[start - 1].matches("^\\p{Lu}{2,}[\\p{Lu}\\d]*$") && !raw[start - 1].endsWith(","))) {
                start--;
            }
            int end = complementEnd(raw, folded, k, kind, unit.origin() == Origin.TITLE);
            String phrase = String.join(" ", List.of(raw).subList(start, end)).replaceAll("[.,;:!?)\\]]+$", "").strip();
            boolean revision = start > 0 && folded[start - 1].matches("revider\\w*|revidering\\w*")
                    || (start > 1 && folded[start - 2].matches("revidering\\w*") && folded[start - 1].equals("av"));
            Named n = null;
            if (unit.origin() == Origin.TITLE) {
                // the whole title may be the name ("Regional samverkan för X – Överenskommelse mellan …")
                n = resolve(unit.text(), kind, unit, revision, true, false);
            }
            if (n == null) {
                n = resolve(phrase, kind, unit, revision, false, MatterTerms.isDefinite(folded[k], kind));
            }
            if (n != null) {
                found.add(n);
            }
            k = Math.max(k, end - 1);
        }
        found.addAll(knownNamesWithoutKindWord(unit, folded, raw));
        return found;
    }

    /** Where the name that a kind word heads ends: its complement ("om …", "för …") up to a verb or punctuation. */
    private int complementEnd(String[] raw, String[] folded, int k, MatterTerms.Kind kind, boolean title) {
        if (raw[k].matches(".*[.,;:!?)]$") || k + 1 >= raw.length) {
            return k + 1;
        }
        String next = folded[k + 1];
        boolean opens = COMPLEMENT.contains(next) || kind.lemma().startsWith("uppdrag") && ASSIGNMENT_COMPLEMENT.contains(next);
        boolean titleName = title && !next.isEmpty() && !STOP.contains(next) && !raw[k + 1].matches("^[-–|].*");
        if (!opens && !titleName) {
            return k + 1;
        }
        int end = k + 1;
        int limit = Math.min(raw.length, k + 11);
        while (end < limit) {
            String w = folded[end];
            if (raw[end].matches("^[-–|(].*") || end > k + 1 && STOP.contains(w) || w.isEmpty()) {
                break;
            }
            end++;
            if (raw[end - 1].matches(".*[.,;:!?)]$")) {
                break;
            }
        }
        return end;
    }

    /** The known matter a phrase headed by a kind word names, or a proposal when it names one well enough. */
    private Named resolve(String phrase, MatterTerms.Kind kind, Unit unit, boolean revision, boolean sureOnly,
            boolean definite) {
        List<String> parts = parts(phrase);
        List<String> content = parts.stream().filter(p -> !p.startsWith("#")).toList();
        String quote = unit.text().strip();
        String anaphor = unit.origin() == Origin.TITLE || !definite ? null : titleMatters.get(kind.lemma());
        if (content.isEmpty()) {
            return anaphor == null ? null : new Named(anaphor, 0.6, unit, quote, revision, kind.lemma());
        }
        String head = "#" + kind.lemma();
        String best = null;
        double bestScore = 0;
        boolean sure = false;
        List<String> shortNameOf = new ArrayList<>();
        for (Gazetteer.KnownMatter m : known) {
            for (List<String> label : knownParts.get(m.iri())) {
                List<String> labelContent = label.stream().filter(p -> !p.startsWith("#")).toList();
                boolean labelHasHead = label.stream().anyMatch(p -> p.startsWith("#"));
                if (labelContent.isEmpty() || labelHasHead && !label.contains(head)) {
                    continue;
                }
                double containment = MatterTerms.covered(content, labelContent) / (double) content.size();
                double coverage = MatterTerms.covered(labelContent, content) / (double) labelContent.size();
                double score = (containment + coverage) / 2;
                boolean isSure = containment >= 0.99 && coverage >= 0.6 || containment >= 0.75 && coverage >= 0.75
                        || coverage >= 0.99 && containment >= 0.5;
                if (containment >= 0.99 && !isSure && !shortNameOf.contains(m.iri())) {
                    shortNameOf.add(m.iri());
                }
                if (isSure && (!sure || score > bestScore) || !sure && score > bestScore) {
                    best = m.iri();
                    bestScore = score;
                    sure = isSure;
                }
            }
        }
        if (sure) {
            double confidence = Math.min(0.9, 0.6 + 0.3 * bestScore) - (unit.origin() == Origin.BODY ? 0.05 : 0);
            return new Named(best, round(confidence), unit, quote, revision, kind.lemma());
        }
        if (sureOnly) {
            return null;
        }
        // a definite short name ("vårdprogrammet för X") that only one known matter's name contains
        boolean specific = content.stream().allMatch(p -> p.replace("~", "").length() >= 6);
        if (shortNameOf.size() == 1 && definite && specific) {
            return new Named(shortNameOf.get(0), 0.6, unit, quote, revision, kind.lemma());
        }
        if (anaphor != null) {
            return new Named(anaphor, 0.6, unit, quote, revision, kind.lemma());
        }
        // in running text only an indefinite document name with a complement of two words or more is
        // a name ("en handlingsplan för tidiga insatser"); "uppdraget att …" describes rather than names
        boolean namedEnough = unit.origin() != Origin.BODY
                || !definite && content.size() >= 2 && !kind.typeIri().endsWith("#Assignment");
        if (!namedEnough) {
            return null;
        }
        String similar = bestScore >= 0.4 ? best : null;
        return new Named(propose(phrase, kind, parts, unit, similar), proposalConfidence(unit, similar), unit, quote,
                revision, kind.lemma());
    }

    private static double proposalConfidence(Unit unit, String similar) {
        double c = switch (unit.origin()) {
            case TITLE -> 0.6;
            case DECISION -> 0.55;
            case BODY -> 0.45;
        };
        return similar == null ? c : c - 0.15;
    }

    /** Known matters whose names carry no kind word ("FRISK", "Mat hemma") found in the unit's words. */
    private List<Named> knownNamesWithoutKindWord(Unit unit, String[] folded, String[] raw) {
        List<Named> found = new ArrayList<>();
        List<String> words = new ArrayList<>();
        List<String> rawWords = new ArrayList<>();
        for (int k = 0; k < folded.length; k++) {
            for (String w : folded[k].split(" ")) {
                if (!w.isEmpty()) {
                    words.add(w);
                    rawWords.add(raw[k]);
                }
            }
        }
        for (Gazetteer.KnownMatter m : known) {
            List<String> labels = m.labels();
            for (int li = 0; li < labels.size(); li++) {
                List<String> label = knownParts.get(m.iri()).get(li);
                if (label.isEmpty() || label.stream().anyMatch(p -> p.startsWith("#"))) {
                    continue;
                }
                boolean acronym = labels.get(li).strip().matches("^\\p{Lu}{2,}[\\p{Lu}\\d .]*$");
                // one common word ("samverkansstruktur") names nothing for sure; an acronym ("TABB") does
                if (label.size() < 2 && !acronym) {
                    continue;
                }
                int lo = Integer.MAX_VALUE;
                int hi = -1;
                boolean all = true;
                for (String part : label) {
                    int at = -1;
                    for (int k = 0; k < words.size(); k++) {
                        boolean same = acronym ? words.get(k).equals(part) && rawWords.get(k).matches("^\\p{Lu}{2,}.*")
                                : part.length() >= 4 && MatterTerms.sameWord(part, words.get(k));
                        if (same) {
                            at = k;
                            break;
                        }
                    }
                    if (at < 0) {
                        all = false;
                        break;
                    }
                    lo = Math.min(lo, at);
                    hi = Math.max(hi, at);
                }
                if (all && hi - lo <= label.size() + 2) {
                    double confidence = unit.origin() == Origin.BODY ? 0.7 : 0.8;
                    found.add(new Named(m.iri(), confidence, unit, unit.text().strip(), false, null));
                    break;
                }
            }
        }
        return found;
    }

    /** A new matter, or the one this document already proposed under a like name. */
    private String propose(String phrase, MatterTerms.Kind kind, List<String> parts, Unit unit, String similarTo) {
        for (Map.Entry<String, List<String>> e : proposedParts.entrySet()) {
            if (MatterTerms.similarity(parts, e.getValue()) >= 0.8) {
                return e.getKey();
            }
        }
        String label = LEADING_PROCEDURE.matcher(phrase).replaceFirst("");
        label = LEADING_PROCEDURE.matcher(label).replaceFirst("").strip();
        label = Character.toUpperCase(label.charAt(0)) + label.substring(1);
        String slug = regionPrefix + String.join("-", List.of(Names.slug(label).split("-")).subList(0,
                Math.min(6, Names.slug(label).split("-").length)));
        String iri = Vocab.MATTER + slug;
        int n = 2;
        while (matters.containsKey(iri) || gazetteer.matters().containsKey(iri)) {
            iri = Vocab.MATTER + slug + "-" + n++;
        }
        matters.put(iri, new Draft.Matter(iri, label, kind.typeIri(), kind.documentKindIri(), false,
                proposalConfidence(unit, similarTo), unit.line(), unit.text().strip(), similarTo));
        proposedParts.put(iri, parts);
        return iri;
    }

    private static double round(double v) {
        return Math.round(v * 100) / 100.0;
    }

    // ------------------------------------------------------------ steps

    /** The step kind of an item's handling of a matter: from its title, then its decisions, then its kind. */
    private static String doneKind(Draft.Item item, List<Draft.Decision> decisions, boolean revision, List<Unit> units) {
        String title = Names.words(item.title());
        if (title.matches(".*\\bremiss\\w*\\b.*")) {
            return "remiss";
        }
        if (title.matches(".*\\b(uppfoljning\\w*|folja upp)\\b.*")) {
            return "uppfoljning";
        }
        if (revision || title.matches(".*\\b(revider\\w*|revidering\\w*)\\b.*")) {
            return "revidering";
        }
        if (title.matches(".*\\b(rapport\\w*|aterrapport\\w*|lagesrapport\\w*|arsberattelse\\w*|arsredovisning\\w*|"
                + "verksamhetsberattelse\\w*|redovisning\\w*)\\b.*")) {
            return "rapport";
        }
        if (!decisions.isEmpty()) {
            boolean assigns = decisions.stream().map(d -> Names.words(d.text()))
                    .anyMatch(t -> t.matches(".*\\b(i uppdrag|uppdras|uppdrar|uppdraget ges|ges uppdraget|far uppdraget)\\b.*"));
            if (assigns) {
                return "uppdrag";
            }
            return decisions.stream().anyMatch(d -> SUBSTANTIVE.contains(kind(d))) ? "beslut" : "beredning";
        }
        boolean reported = units.stream().anyMatch(u -> u.origin() == Origin.BODY && Names.words(u.text())
                .matches(".*\\b(rapporterar|rapporterade|aterrapporterar|aterrapporterade|redovisar|redovisade)\\b.*"));
        if (reported) {
            return "rapport";
        }
        String kind = item.kindIri().substring(Vocab.ITEM_KIND.length());
        return switch (kind) {
            case "diskussion", "beredningsarende" -> "beredning";
            case "rapport" -> "rapport";
            default -> "information";
        };
    }

    /** Planned steps: sentences of the item that give a time to come for a matter it concerns. */
    private List<Draft.Step> planned(List<Unit> units, Map<String, List<Named>> named, String primary, Draft.Item item) {
        List<Draft.Step> steps = new ArrayList<>();
        java.util.Set<String> seen = new java.util.HashSet<>();
        for (Unit unit : units) {
            if (unit.origin() == Origin.TITLE) {
                continue;
            }
            String s = Names.words(unit.text());
            boolean future = FUTURE.matcher(s).find() || STEP_NOUN.matcher(s).find() && !DONE_VERB.matcher(s).find();
            if (!future) {
                continue;
            }
            if (RANGE.matcher(s).find()) {
                continue;
            }
            List<PlannedPeriods.Period> periods = PlannedPeriods.after(unit.text(), meetingDate);
            if (periods.isEmpty()) {
                continue;
            }
            String matter = named.entrySet().stream()
                    .filter(e -> e.getValue().stream().anyMatch(n -> n.unit() == unit))
                    .map(Map.Entry::getKey).findFirst().orElse(primary);
            if (matter == null) {
                continue;
            }
            String kind = plannedKind(s);
            for (PlannedPeriods.Period p : periods) {
                if (p.sortDate().equals(meetingDate) || !seen.add(matter + " " + p.value() + " " + kind)) {
                    continue;
                }
                double confidence = p.note() == null ? 0.6 : 0.5;
                steps.add(new Draft.Step(matter, item.number(), kind, true, p.value(), p.sortDate(), p.note(), false, null,
                        null, unit.text().strip(), unit.line(), confidence));
            }
        }
        return steps;
    }

    private static String plannedKind(String s) {
        if (s.matches(".*\\b(remiss|remissen|remisser|remissrunda\\w*|remisstid\\w*|remissversion\\w*)\\b.*")) {
            return "remiss";
        }
        if (s.matches(".*\\b(slutleverans|leverans|levereras|levererar)\\b.*")) {
            return "leverans";
        }
        if (s.matches(".*\\b(beslut\\w*|faststall\\w*|antas|anta|skjuts|bordlaggs)\\b.*")) {
            return "beslut";
        }
        if (s.matches(".*\\b(redovis\\w*|aterrapport\\w*|rapport\\w*)\\b.*")) {
            return "rapport";
        }
        if (s.matches(".*\\b(uppfoljning\\w*|folj(a|s|as) upp)\\b.*")) {
            return "uppfoljning";
        }
        if (s.matches(".*\\bforankr\\w*\\b.*")) {
            return "forankring";
        }
        if (s.matches(".*\\brevider\\w*\\b.*")) {
            return "revidering";
        }
        if (s.matches(".*\\b(information|informera\\w*)\\b.*")) {
            return "information";
        }
        return "beredning";
    }
}
