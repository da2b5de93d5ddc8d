package se.samverkansgrafen.ingest;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Extracts a draft from the text of Swedish minutes with patterns that hold for minutes
 * in general: the meeting's heading (body, date, time, place), participant lists,
 * chair/secretary/justerare, agenda items with presenters, decisions with their kind,
 * stated memberships, and the identity of every name against the graph.
 */
public final class MinutesExtractor {

    private static final Pattern NUMBERED = Pattern.compile(
            "^\\s*(?:§\\s*(\\d{1,3}[a-z]?)|[Pp]unkt\\s+(\\d{1,3}[a-z]?)[.:]?|(\\d{1,3}[a-z]?)\\s*[.)])(?:\\s*\\|)?\\s*(.*)$");
    private static final Pattern PRESENTER_VERB = Pattern.compile(
            "^((?:\\p{Lu}[\\p{L}'’\\-]+\\s+){1,3}?\\p{Lu}[\\p{L}'’\\-]+(?:\\s*(?:,|och)\\s*(?:\\p{Lu}[\\p{L}'’\\-]+\\s+){1,3}?\\p{Lu}[\\p{L}'’\\-]+)*)"
                    + "(?:\\s+(?:på|pa|pd|från|fran)\\s+(\\p{Lu}\\p{L}+))?\\s+"
                    + "(föredrog|föredrar|informerar|informerade|presenterar|presenterade|rapporterar|rapporterade|"
                    + "redogör|redogor|redogjorde|redovisar|redovisade|berättar|berättade|berattade|går igenom|gick igenom|gér igenom|gör igenom)\\b");
    private static final Pattern FOREDRAGANDE = Pattern.compile("(?i)^\\s*föredragande\\s*:?\\s*(.+)$");
    private static final Pattern DECISION_LABEL = Pattern.compile(
            "(?i)^\\s*(beslut|beslutas|beslutades|förslag till beslut antogs|beredningsärende|beredningsirende|beredningsarende)\\s*:\\s*(.*)$");
    private static final Pattern TIME = Pattern.compile("(?i)\\bkl\\.?\\s*(\\d{1,2}(?:[.:]\\d{2})?\\s*[-–—]\\s*\\d{1,2}(?:[.:]\\d{2})?|\\d{1,2}[.:]\\d{2})");
    private static final Pattern APPROVED = Pattern.compile("(?i)justerat?\\s+(?:den|datum)?\\s*:?\\s*(.+)");
    private static final Pattern FIELD = Pattern.compile("(?i)^\\s*(tid|datum|när|nar|plats|var|lokal)\\s*:\\s*(.*)$");
    private static final Set<String> FUNCTION_WORDS = Set.of("och", "i", "av", "for", "pa", "fran", "till", "med",
            "om", "samt", "inom", "vid", "mellan");
    private static final Set<String> NOT_NAMES = Set.of("beslut", "beslutas", "forslag", "rapport", "information",
            "uppdrag", "inriktningsbeslut", "beredningsarende", "informationsarende", "diskussion", "inga", "inget");

    private final Gazetteer gazetteer;
    private final ParticipantReader participantReader;

    public MinutesExtractor(Gazetteer gazetteer) {
        this.gazetteer = gazetteer;
        this.participantReader = new ParticipantReader(gazetteer);
    }

    /** The draft of one set of minutes; refuses a text that is not minutes. */
    public Draft extract(MinutesText minutes) throws IngestException {
        return new Run(minutes).extract();
    }

    /** One extraction: the state of reading one document. */
    private final class Run {

        private final MinutesText minutes;
        private final List<MinutesText.Line> lines;
        private final String[] text;
        private final boolean[] furniture;
        private final boolean[] used;
        private final PeopleResolver people = new PeopleResolver(gazetteer);
        private final List<Draft.Participant> participants = new ArrayList<>();
        private final List<Draft.Role> roles = new ArrayList<>();
        private final List<Draft.Membership> memberships = new ArrayList<>();
        private final List<Draft.Decision> decisions = new ArrayList<>();
        private final List<String> unplaced = new ArrayList<>();
        private final boolean ocr;
        private final Map<String, List<Integer>> itemBodies = new HashMap<>();
        private List<Draft.Group> groups = List.of();

        Run(MinutesText minutes) {
            this.minutes = minutes;
            this.lines = minutes.lines();
            this.text = lines.stream().map(MinutesText.Line::text).toArray(String[]::new);
            this.furniture = new boolean[text.length];
            this.used = new boolean[text.length];
            this.ocr = looksOcr();
            markFurniture();
        }

        Draft extract() throws IngestException {
            if (lines.stream().allMatch(l -> l.text().isBlank())) {
                throw new IngestException(minutes.fileName(), 0, "the document has no text");
            }
            readParticipants();
            groups = readGroups();
            HeaderDate date = readDate();
            readRoles();
            List<Draft.Item> items = readItems();
            addPresentersAsAttendance(items);
            List<String> missing = new ArrayList<>();
            if (date == null) {
                missing.add("no meeting date (looked for \"Tid:\", \"Datum:\", \"När:\" and dates such as 2022-11-11 or \"4 juni 2021\" in the heading)");
            }
            if (participants.isEmpty()) {
                missing.add("no participants (no \"Närvarande\", \"Deltagare\", \"Ledamöter\" or similar list)");
            }
            if (items.isEmpty()) {
                missing.add("no agenda items (no \"1.\", \"§ 1\", \"Punkt 1\" or item headings)");
            }
            if (!missing.isEmpty()) {
                throw new IngestException(minutes.fileName(), 0, "does not read as minutes: " + String.join("; ", missing));
            }
            readMemberships(items, date.date());
            List<Draft.Participant> merged = mergeParticipants();
            for (Draft.Participant p : merged) {
                for (String role : p.roleIris()) {
                    if (List.of("ordforande", "sekreterare", "justerare").contains(role)
                            && roles.stream().noneMatch(r -> r.person().equals(p.person()) && r.roleIri().endsWith("/" + role))) {
                        roles.add(new Draft.Role(Vocab.ROLE + role, p.person(), p.nameAsWritten(), p.quote(), p.line(),
                                p.confidence(), false));
                    }
                }
            }
            Draft.Meeting meeting = new Draft.Meeting(groups, date.date(), date.inferredFrom(), date.line(),
                    readTime(), readPlace(), readTitle(), date.approvedOn(), List.copyOf(roles));
            List<MatterReader.ItemText> itemTexts = items.stream().map(item -> new MatterReader.ItemText(item,
                    itemBodies.getOrDefault(item.number(), List.of()).stream().map(lines::get).toList())).toList();
            MatterReader.Result matters = new MatterReader(gazetteer, regionPrefix(), date.date(), groups.get(0).iri())
                    .read(itemTexts, decisions);
            return new Draft(minutes.fileName(), minutes.pageCount(), ocr, meeting, merged, items,
                    List.copyOf(decisions), dedupeMemberships(), people.candidates(), List.copyOf(unplaced),
                    matters.matters(), matters.links(), matters.steps());
        }

        // ------------------------------------------------------------ layout

        private boolean looksOcr() {
            int signs = 0;
            for (String line : text) {
                if (line.matches(".*\\b[a-zåäö]+[éèíì][a-zåäö]+.*") || line.matches(".*\\b6[a-zåäö]{2,}.*")
                        || line.matches(".*\\p{Ll}\\p{Lu}\\p{Ll}.*")) {
                    signs++;
                }
            }
            return signs >= 5;
        }

        /** Running headers repeat on every page: keep their first occurrence, skip the rest. */
        private void markFurniture() {
            Map<String, List<Integer>> seen = new HashMap<>();
            for (int i = 0; i < text.length; i++) {
                String key = text[i].strip();
                if (!key.isEmpty() && key.length() < 80) {
                    seen.computeIfAbsent(key, k -> new ArrayList<>()).add(i);
                }
            }
            for (List<Integer> positions : seen.values()) {
                if (positions.size() >= 3) {
                    positions.subList(1, positions.size()).forEach(i -> furniture[i] = true);
                }
            }
        }

        private int lineNumber(int index) {
            return lines.get(index).number();
        }

        private int nextNonBlank(int from) {
            int i = from;
            while (i < text.length && (text[i].isBlank() || furniture[i])) {
                i++;
            }
            return i;
        }

        private int previousNonBlank(int from) {
            int i = from;
            while (i >= 0 && (text[i].isBlank() || furniture[i])) {
                i--;
            }
            return i;
        }

        // ------------------------------------------------------------ heading

        private List<Draft.Group> readGroups() {
            int limit = Math.min(text.length, 25);
            Draft.Group best = null;
            double bestScore = 0;
            String proposal = null;
            int proposalLine = 0;
            for (int i = 0; i < limit; i++) {
                if (text[i].isBlank() || used[i]) {
                    continue;
                }
                List<String> candidates = new ArrayList<>();
                String one = stripDocumentWord(text[i]);
                candidates.add(one);
                int next = nextNonBlank(i + 1);
                if (next < limit && next == i + 1) {
                    candidates.add(one + " " + text[next].strip());
                }
                for (String candidate : candidates) {
                    Optional<Gazetteer.Known> group = gazetteer.resolveGroup(candidate);
                    if (group.isPresent()) {
                        double score = Names.similarity(Names.words(candidate), Names.words(group.get().name()));
                        if (score >= bestScore) {
                            best = new Draft.Group(group.get().iri(), group.get().name(), null, true,
                                    Math.max(0.7, score), lineNumber(i));
                            bestScore = score;
                        }
                    } else if (proposal == null && (gazetteer.groupKindIn(candidate).isPresent()
                            || Names.words(candidate).matches("^\\p{L}*(grupp|gruppen|rad|radet|natverk|utskott)\\b.*"))
                            && candidate.split("\\s+").length >= 2 && candidate.length() <= 120) {
                        proposal = candidate;
                        proposalLine = lineNumber(i);
                    }
                }
            }
            if (best != null) {
                return List.of(best);
            }
            if (proposal != null) {
                String label = proposal.strip();
                String kind = gazetteer.groupKindIn(label).orElse(Vocab.GROUP_KIND + "samverkansgrupp");
                String slug = regionPrefix() + shortSlug(label);
                unplaced.add("the group \"" + label + "\" is not in the graph: proposed as a new group");
                return List.of(new Draft.Group(Vocab.GROUP + slug, label, kind, false, 0.6, proposalLine));
            }
            unplaced.add("no group named in the heading: the meeting is held by an unnamed group");
            return List.of(new Draft.Group(Vocab.GROUP + regionPrefix() + Names.slug(Names.words(minutes.fileName())),
                    "Okänd grupp (" + minutes.fileName() + ")", Vocab.GROUP_KIND + "samverkansgrupp", false, 0.2, 1));
        }

        private String stripDocumentWord(String line) {
            return line.strip().replaceAll("(?i)^[-–\\s]*(protokoll|minnesanteckningar|mötesanteckningar|anteckningar)"
                    + "(\\s+(från|fran|for|för|fört vid))?\\s*[-–:]?\\s*", "").strip();
        }

        /** Region of most participants, as the slug prefix of data/README.md ("orebro-", "kronoberg-"). */
        private String regionPrefix() {
            Map<String, Integer> counts = new HashMap<>();
            for (Draft.Participant p : participants) {
                if (p.orgIri() != null) {
                    String principal = gazetteer.principal(p.orgIri());
                    String region = gazetteer.model().listObjectsOfProperty(
                            gazetteer.model().createResource(principal),
                            gazetteer.model().createProperty(Vocab.SG + "inCountyOf")).toList().stream()
                            .filter(o -> o.isURIResource()).map(o -> o.asResource().getURI()).findFirst().orElse(principal);
                    counts.merge(region, 1, Integer::sum);
                }
            }
            return counts.entrySet().stream().max(Map.Entry.comparingByValue())
                    .map(e -> e.getKey().substring(e.getKey().lastIndexOf('/') + 1)
                            .replaceFirst("^region-", "").replaceFirst("-lan$", "") + "-")
                    .orElse("");
        }

        private static String shortSlug(String label) {
            String[] words = Names.slug(label).split("-");
            return String.join("-", List.of(words).subList(0, Math.min(words.length, 6)));
        }

        private record HeaderDate(LocalDate date, String inferredFrom, int line, LocalDate approvedOn) {
        }

        private HeaderDate readDate() {
            LocalDate approved = null;
            for (int i = 0; i < text.length; i++) {
                Matcher m = APPROVED.matcher(text[i]);
                if (m.find()) {
                    Optional<SwedishDates.Found> found = SwedishDates.find(m.group(1), null);
                    if (found.isPresent() && found.get().year() != null) {
                        approved = found.get().date();
                        break;
                    }
                }
            }
            // "Tid:", "Datum:", "När:" fields first, then any full date in the heading.
            for (int pass = 0; pass < 2; pass++) {
                for (int i = 0; i < Math.min(text.length, 40); i++) {
                    Matcher field = FIELD.matcher(text[i]);
                    boolean isDateField = field.matches() && field.group(1).toLowerCase().matches("tid|datum|när|nar");
                    if (pass == 0 && !isDateField) {
                        continue;
                    }
                    String value = pass == 0 ? field.group(2) : text[i];
                    if (pass == 1 && APPROVED.matcher(text[i]).find()) {
                        continue;
                    }
                    Optional<SwedishDates.Found> found = SwedishDates.find(value, null);
                    if (found.isEmpty()) {
                        continue;
                    }
                    SwedishDates.Found f = found.get();
                    if (f.year() != null) {
                        return new HeaderDate(f.date(), null, lineNumber(i), approved);
                    }
                    if (approved != null) {
                        int year = approved.getYear();
                        LocalDate candidate = LocalDate.of(year, f.month(), f.day());
                        if (candidate.isAfter(approved)) {
                            candidate = candidate.minusYears(1);
                        }
                        return new HeaderDate(candidate, "\"" + text[i].strip() + "\" anger inget år; året "
                                + candidate.getYear() + " härlett ur justeringsdatumet " + approved, lineNumber(i), approved);
                    }
                }
            }
            return null;
        }

        private String readTime() {
            for (int i = 0; i < Math.min(text.length, 40); i++) {
                if (FIELD.matcher(text[i]).matches() || text[i].matches("(?i)^\\s*kl.*")) {
                    Matcher m = TIME.matcher(text[i]);
                    if (m.find()) {
                        return m.group(1).replaceAll("\\s+", "");
                    }
                }
            }
            return null;
        }

        private String readPlace() {
            for (int i = 0; i < Math.min(text.length, 40); i++) {
                Matcher field = FIELD.matcher(text[i]);
                if (field.matches() && field.group(1).toLowerCase().matches("plats|var|lokal") && !field.group(2).isBlank()) {
                    return field.group(2).strip();
                }
            }
            return null;
        }

        private String readTitle() {
            for (int i = 0; i < Math.min(text.length, 20); i++) {
                if (!text[i].isBlank()) {
                    return text[i].strip();
                }
            }
            return minutes.fileName();
        }

        // ------------------------------------------------------------ participants

        private void readParticipants() {
            int i = 0;
            while (i < text.length) {
                if (furniture[i] || isNumberedItemLine(i)) {
                    i++;
                    continue;
                }
                Optional<List<ParticipantReader.Heading>> headings = participantReader.headings(text[i]);
                if (headings.isEmpty() || isSingleRoleLabel(headings.get())) {
                    i++;
                    continue;
                }
                i = readSection(i, headings.get());
            }
        }

        private boolean isSingleRoleLabel(List<ParticipantReader.Heading> headings) {
            return headings.size() == 1 && headings.get(0).roleIri() != null
                    && List.of("ordforande", "vice-ordforande", "sekreterare", "justerare").contains(headings.get(0).roleIri());
        }

        /** Reads one participant section from its heading line; returns the index after it. */
        private int readSection(int start, List<ParticipantReader.Heading> headings) {
            used[start] = true;
            String inline = ParticipantReader.afterHeading(text[start], headings.size());
            if (!inline.isBlank()) {
                addEntries(participantReader.entries(inline, lineNumber(start), headings), headings);
            }
            int i = start + 1;
            int misses = 0;
            StringBuilder pending = null;
            int pendingLine = -1;
            while (i < text.length) {
                String line = text[i];
                if (furniture[i]) {
                    i++;
                    continue;
                }
                if (line.isBlank()) {
                    if (pending != null) {
                        addEntries(participantReader.entries(pending.toString(), lineNumber(pendingLine), headings), headings);
                        pending = null;
                    }
                    i++;
                    continue;
                }
                if (isNumberedItemLine(i)) {
                    break;
                }
                Optional<List<ParticipantReader.Heading>> other = participantReader.headings(line);
                if (other.isPresent() && !isSingleRoleLabel(other.get())) {
                    break;
                }
                // a bullet continued on the next line: its organisation chain was cut off
                if (pending != null && !line.matches("^\\s*[-•*–·].*") && continues(pending.toString())) {
                    pending.append(' ').append(line.strip());
                    used[i] = true;
                    i++;
                    continue;
                }
                if (pending != null) {
                    addEntries(participantReader.entries(pending.toString(), lineNumber(pendingLine), headings), headings);
                    pending = null;
                }
                if (line.matches("(?i)^\\s*\\|?\\s*namn\\s*(\\||\\t).*")) {
                    used[i] = true;
                    i++;
                    continue;
                }
                List<ParticipantReader.Entry> entries = participantReader.entries(line, lineNumber(i), headings);
                if (entries.isEmpty()) {
                    if (looksLikeProse(line) || knownHeading(line.strip()) || ++misses > 3) {
                        break;
                    }
                    if (!line.matches("^[|\\-:\\s]*$")) {
                        unplaced.add("line " + lineNumber(i) + ": \"" + line.strip() + "\" in the participant list could not be read as a name");
                    }
                    used[i] = true;
                    i++;
                    continue;
                }
                misses = 0;
                used[i] = true;
                if (line.matches("^\\s*[-•*–·].*")) {
                    pending = new StringBuilder(line.strip());
                    pendingLine = i;
                } else {
                    addEntries(entries, headings);
                }
                i++;
            }
            if (pending != null) {
                addEntries(participantReader.entries(pending.toString(), lineNumber(pendingLine), headings), headings);
            }
            return i;
        }

        private boolean continues(String bullet) {
            String[] segments = bullet.split(",");
            String last = segments[segments.length - 1].strip();
            return gazetteer.resolveOrg(last).isEmpty();
        }

        private boolean looksLikeProse(String line) {
            String[] words = Names.words(line).split(" ");
            int function = 0;
            for (String w : words) {
                if (FUNCTION_WORDS.contains(w)) {
                    function++;
                }
            }
            return function >= 2 || line.strip().matches("^\\d.*") || words.length > 12;
        }

        private void addEntries(List<ParticipantReader.Entry> entries, List<ParticipantReader.Heading> headings) {
            for (ParticipantReader.Entry e : entries) {
                String principal = e.orgIri() == null ? null : gazetteer.principal(e.orgIri());
                Draft.Person person = people.resolve(e.name(), principal);
                String status = e.statusIri();
                double confidence = 0.9;
                String uncertainty = null;
                boolean struckLine = lines.stream().filter(l -> l.number() == e.line()).findFirst()
                        .map(l -> l.struck().stream().anyMatch(s -> Names.compact(s).contains(Names.compact(e.name()))
                                || Names.compact(e.name()).contains(Names.compact(s)) && Names.compact(s).length() >= 4))
                        .orElse(false);
                if (struckLine) {
                    status = "absent";
                    confidence = 0.95;
                } else if (e.struckSign() && !"absent".equals(status) && !"substitute".equals(status)) {
                    status = "absent";
                    confidence = 0.6;
                    uncertainty = "Läst som överstruken (frånvarande): " + e.struckNote() + ".";
                } else if (e.struckSign()) {
                    confidence = 0.6;
                    uncertainty = "Namnet är OCR-läst: " + e.struckNote() + ".";
                }
                if (e.orgIri() != null && e.orgScore() < 1.0) {
                    confidence = Math.min(confidence, 0.75);
                    String note = "Organisationen \"" + e.rest() + "\" tolkad som " + gazetteer.orgLabel(e.orgIri())
                            + " (närmaste kända namn).";
                    uncertainty = uncertainty == null ? note : uncertainty + " " + note;
                }
                if (!person.known() && e.struckSign()) {
                    confidence = Math.min(confidence, 0.5);
                }
                Draft.Person substituteFor = e.substituteForName() == null ? null
                        : people.resolve(e.substituteForName(), principal);
                String section = headings.stream().map(ParticipantReader.Heading::section).reduce((a, b) -> a + "/" + b).orElse("Närvarande");
                participants.add(new Draft.Participant(person, e.name(), e.orgIri(), e.jobTitle(), status,
                        e.roleIris(), e.note(), section, e.quote(), e.line(), confidence, uncertainty, substituteFor, null));
            }
        }

        /** One attendance per person: a later mention adds roles, the first keeps the status. */
        private List<Draft.Participant> mergeParticipants() {
            Map<String, Draft.Participant> byPerson = new LinkedHashMap<>();
            for (Draft.Participant p : participants) {
                byPerson.merge(p.person().iri(), p, (a, b) -> {
                    List<String> roleIris = new ArrayList<>(a.roleIris());
                    b.roleIris().stream().filter(r -> !roleIris.contains(r)).forEach(roleIris::add);
                    if (roleIris.size() > 1) {
                        roleIris.remove("deltagare");
                    }
                    return new Draft.Participant(a.person(), a.nameAsWritten(), a.orgIri() != null ? a.orgIri() : b.orgIri(),
                            a.jobTitle() != null ? a.jobTitle() : b.jobTitle(), a.statusIri(), roleIris, a.note(),
                            a.section(), a.quote(), a.line(), a.confidence(), a.uncertaintyNote(), a.substituteFor(), a.itemNumber());
                });
            }
            for (Draft.Role role : roles) {
                Draft.Participant p = byPerson.get(role.person().iri());
                String roleName = role.roleIri().substring(role.roleIri().lastIndexOf('/') + 1);
                if (p != null && !p.roleIris().contains(roleName)) {
                    List<String> roleIris = new ArrayList<>(p.roleIris());
                    roleIris.add(roleName);
                    roleIris.remove("deltagare");
                    byPerson.put(p.person().iri(), new Draft.Participant(p.person(), p.nameAsWritten(), p.orgIri(),
                            p.jobTitle(), p.statusIri(), roleIris, p.note(), p.section(), p.quote(), p.line(),
                            p.confidence(), p.uncertaintyNote(), p.substituteFor(), p.itemNumber()));
                }
            }
            return List.copyOf(byPerson.values());
        }

        // ------------------------------------------------------------ roles

        /**
         * "Ordförande: Anna Berg", "Sekreterare" above or below a name (signature blocks and
         * running headers), "Till justerare utsågs X", "Mötesanteckningar förda av X".
         */
        private void readRoles() {
            Pattern chosen = Pattern.compile("(?i)(?:till\\s+)?(justerare|ordförande|ordforande|sekreterare)\\s+"
                    + "(?:utsågs|utsags|valdes|väljs|utses)\\s+(.+?)(?:[.]|$)");
            Pattern chosen2 = Pattern.compile("(?i)(.+?)\\s+(?:utsågs|utsags|valdes)\\s+till\\s+(justerare|ordförande|sekreterare)\\b");
            Pattern keptBy = Pattern.compile("(?i)(?:mötesanteckningar|minnesanteckningar|protokoll|anteckningar)\\s+(?:förda|fördes|fört|förd)\\s+av\\s*:?\\s*(.+?)\\s*$");
            Pattern justeras = Pattern.compile("(?i)^\\s*justeras\\s*:?\\s*(.+)$");
            for (int i = 0; i < text.length; i++) {
                if (furniture[i] || text[i].isBlank()) {
                    continue;
                }
                String line = text[i].strip();
                Matcher m = chosen.matcher(line);
                if (m.find()) {
                    addRole(m.group(1), m.group(2), i, 0.9, false);
                    continue;
                }
                m = keptBy.matcher(line);
                if (m.find()) {
                    addRole("sekreterare", m.group(1), i, 0.85, false);
                    continue;
                }
                m = justeras.matcher(line);
                if (m.find()) {
                    addRole("justerare", m.group(1), i, 0.8, false);
                    continue;
                }
                Optional<List<ParticipantReader.Heading>> headings = participantReader.headings(line);
                if (headings.isEmpty() || !isSingleRoleLabel(headings.get())) {
                    continue;
                }
                String role = headings.get().get(0).roleIri();
                String inline = line.contains(":") ? line.substring(line.indexOf(':') + 1).strip() : "";
                if (!inline.isBlank()) {
                    addRole(role, inline, i, 0.9, true);
                    continue;
                }
                boolean colon = line.endsWith(":");
                int prev = previousNonBlank(i - 1);
                int next = nextNonBlank(i + 1);
                if (!colon && prev >= 0 && prev == i - 1 && nameAt(prev) != null) {
                    addRole(role, text[prev], i, 0.8, true);
                } else if (next < text.length && nameAt(next) != null) {
                    addRole(role, nameAt(next), i, 0.8, true);
                }
            }
        }

        /** The name on a line, joining a name hyphenated over two lines ("Britt Sjö-" / "lund"). */
        private String nameAt(int index) {
            String line = text[index].strip();
            if (line.endsWith("-") && index + 1 < text.length && text[index + 1].strip().matches("^\\p{Ll}+$")) {
                line = line.substring(0, line.length() - 1) + text[index + 1].strip();
            }
            String name = line.split(",")[0].strip();
            return participantReader.looksLikeName(name) && name.split("\\s+").length >= 2 ? line : null;
        }

        private void addRole(String roleWord, String nameText, int index, double confidence, boolean standing) {
            String role = switch (Names.words(roleWord)) {
                case "ordforande" -> "ordforande";
                case "sekreterare" -> "sekreterare";
                case "justerare" -> "justerare";
                case "vice ordforande" -> "vice-ordforande";
                default -> Names.words(roleWord);
            };
            String name = nameText.split(",")[0].replaceAll("\\s*\\(.*\\)", "").strip();
            if (!participantReader.looksLikeName(name)) {
                return;
            }
            String rest = nameText.contains(",") ? nameText.substring(nameText.indexOf(',') + 1) : "";
            String org = gazetteer.resolveOrg(rest.strip()).or(() -> gazetteer.findOrgIn(rest))
                    .map(Gazetteer.OrgMatch::iri).orElse(null);
            Draft.Person person = people.resolve(name, org == null ? null : gazetteer.principal(org));
            String written = nameText.split(",")[0].strip();
            if (roles.stream().anyMatch(r -> r.person().equals(person) && r.roleIri().endsWith("/" + role))) {
                return;
            }
            roles.add(new Draft.Role(Vocab.ROLE + role, person, written, text[index].strip() + " " + nameText.strip(),
                    lineNumber(index), confidence, standing));
            if (participants.stream().noneMatch(p -> p.person().equals(person))) {
                participants.add(new Draft.Participant(person, written, org, null, "present", List.of(role), null,
                        "Mötets huvud", nameText.strip(), lineNumber(index), confidence * 0.9, null, null, null));
            }
        }

        // ------------------------------------------------------------ items

        private boolean isNumberedItemLine(int i) {
            return NUMBERED.matcher(text[i]).matches() && !text[i].strip().matches("^\\d+[.)]\\s*\\d.*");
        }

        private record Heading(int index, String number, String title, int titleLine) {
        }

        private List<Draft.Item> readItems() {
            List<Heading> numbered = numberedHeadings();
            List<Heading> headings = new ArrayList<>();
            int previousEnd = firstBodyLine();
            int last = 0;
            for (Heading h : numbered) {
                int n = baseNumber(h.number());
                int gap = n - last - 1;
                if (gap > 0) {
                    List<Heading> fill = unnumberedHeadings(previousEnd, h.index(), gap);
                    for (Heading f : fill) {
                        headings.add(new Heading(f.index(), String.valueOf(++last), f.title(), f.titleLine()));
                    }
                }
                headings.add(h);
                last = n;
                previousEnd = h.index() + 1;
            }
            // trailing unnumbered items (e.g. "Övriga frågor", "Mötet avslutas") after the last numbered one
            if (!numbered.isEmpty() || headings.isEmpty()) {
                List<Heading> trailing = unnumberedHeadings(previousEnd, text.length, numbered.isEmpty() ? 60 : 0);
                // without any numbers, only a run of headings with at least one common item heading is an agenda
                if (numbered.isEmpty() && (trailing.size() < 3 || trailing.stream().noneMatch(t -> knownHeading(t.title())))) {
                    trailing = List.of();
                }
                for (Heading f : trailing) {
                    headings.add(new Heading(f.index(), String.valueOf(++last), f.title(), f.titleLine()));
                }
            }
            List<Draft.Item> items = new ArrayList<>();
            for (int k = 0; k < headings.size(); k++) {
                Heading h = headings.get(k);
                int end = k + 1 < headings.size() ? headings.get(k + 1).index() : bodyEnd(h.index());
                items.add(readItem(h, k + 1, end));
            }
            return items;
        }

        private int firstBodyLine() {
            int last = 0;
            for (int i = 0; i < text.length; i++) {
                if (used[i] && i < text.length * 0.6) {
                    last = i + 1;
                }
            }
            return last;
        }

        private int bodyEnd(int from) {
            for (int i = from + 1; i < text.length; i++) {
                if (used[i] && !furniture[i]) {
                    return i;
                }
            }
            return text.length;
        }

        private static int baseNumber(String number) {
            return Integer.parseInt(number.replaceAll("[^0-9]", ""));
        }

        /** Numbered headings in a consistent sequence (body lists "1. ... 2. ..." inside items are not items). */
        private List<Heading> numberedHeadings() {
            List<Heading> headings = new ArrayList<>();
            int last = 0;
            String lastNumber = null;
            for (int i = 0; i < text.length; i++) {
                if (furniture[i] || used[i] || !isNumberedItemLine(i)) {
                    continue;
                }
                Matcher m = NUMBERED.matcher(text[i]);
                m.matches();
                String number = m.group(1) != null ? m.group(1) : m.group(2) != null ? m.group(2) : m.group(3);
                int n = baseNumber(number);
                boolean letter = !number.equals(String.valueOf(n));
                boolean accept = letter ? (n == last && lastNumber != null) || n == last + 1
                        : last == 0 ? n >= 1 && n <= 20 : n > last && n <= last + 5;
                if (!accept || (letter && number.equals(lastNumber))) {
                    continue;
                }
                String rest = m.group(4).strip();
                int titleLine = i;
                if (rest.isEmpty()) {
                    int next = nextNonBlank(i + 1);
                    if (next >= text.length || isNumberedItemLine(next)) {
                        continue;
                    }
                    rest = text[next].strip();
                    titleLine = next;
                }
                if (rest.matches("^[a-zåäö].*") && !text[i].contains("|")) {
                    continue;
                }
                headings.add(new Heading(i, number, rest, titleLine));
                last = n;
                lastNumber = number;
            }
            // a first item numbered far from 1 with nothing to fill is more likely a stray number
            return headings;
        }

        /** Up to {@code wanted} unnumbered item headings between two lines, best first, in document order. */
        private List<Heading> unnumberedHeadings(int from, int to, int wanted) {
            record Scored(int index, double score, String title) {
            }
            List<Scored> candidates = new ArrayList<>();
            for (int i = Math.max(0, from); i < to; i++) {
                if (furniture[i] || used[i] || text[i].isBlank() || isNumberedItemLine(i)) {
                    continue;
                }
                double score = headingScore(i);
                if (score > 0) {
                    String title = text[i].strip();
                    int next = i + 1 < text.length ? i + 1 : i;
                    if (next != i && !text[next].isBlank() && text[next].strip().matches("^\\p{Ll}.*")
                            && text[next].strip().length() < 60) {
                        title = title + " " + text[next].strip();
                    }
                    candidates.add(new Scored(i, score, title));
                }
            }
            List<Scored> chosen;
            if (wanted <= 0) {
                chosen = candidates.stream().filter(c -> c.score() >= 2).toList();
            } else {
                chosen = candidates.stream().sorted(Comparator.comparingDouble(Scored::score).reversed()
                        .thenComparingInt(Scored::index)).limit(wanted).toList();
            }
            return chosen.stream().sorted(Comparator.comparingInt(Scored::index))
                    .map(c -> new Heading(c.index(), null, c.title(), c.index())).toList();
        }

        /** How much a line looks like an unnumbered item heading (0 = not at all). */
        private double headingScore(int i) {
            String line = text[i].strip();
            if (line.length() < 3 || line.length() > 95 || !Character.isUpperCase(line.charAt(0))) {
                return 0;
            }
            if (line.matches(".*[.,:;]$") || line.matches("(?i)^se\\s.*") || line.matches("^[-•*–·].*")) {
                return 0;
            }
            if (line.split("\\s+").length > 13 || line.matches(".*\\d{3,}.*\\d.*")) {
                return 0;
            }
            if (!knownHeading(line) && (Names.words(line).matches(".*\\b(kommer|ska|skall|har|ar|var|blir|finns|kan|bor|galler)\\b.*")
                    || PRESENTER_VERB.matcher(line).find())) {
                return 0;
            }
            int below = i + 1;
            if (below < text.length && !text[below].isBlank() && text[below].strip().matches("^\\p{Ll}.*")
                    && text[below].strip().matches(".*[.,:;]$")) {
                return 0;
            }
            int prev = i - 1;
            boolean blankBefore = prev < 0 || text[prev].isBlank() || furniture[prev]
                    || text[prev].strip().matches(".*[.!?:]$") || headingScore0(prev);
            if (!blankBefore && !knownHeading(line)) {
                return 0;
            }
            int next = nextNonBlank(i + 1);
            double score = 1;
            if (next < text.length) {
                String following = text[next].strip();
                boolean directlyBelow = next == i + 1;
                if (following.matches("^\\p{Ll}.*") && !(directlyBelow && following.length() < 60)) {
                    return 0;
                }
                if (following.matches("^[-•*–·o]\\s.*")) {
                    score -= 0.5;
                }
            }
            if (knownHeading(line)) {
                score += 2;
            }
            if (line.split("\\s+").length <= 8) {
                score += 0.2;
            }
            return score;
        }

        private boolean headingScore0(int i) {
            String line = text[i].strip();
            return !line.isEmpty() && line.length() < 60 && Character.isUpperCase(line.charAt(0)) && !line.endsWith(".");
        }

        // ------------------------------------------------------------ one item

        private Draft.Item readItem(Heading h, int order, int end) {
            String rawTitle = h.title();
            List<String> presenterNames = new ArrayList<>();
            String title = rawTitle;
            int bodyStart = h.titleLine() + 1;
            if (text[h.index()].contains("|")) {
                // two columns run together: "3. | Föregående Utskickade och ..." / "minnesanteckning"
                TitleColumn column = titleColumn(rawTitle, h.titleLine());
                title = column.title();
                presenterNames.addAll(column.presenters());
            } else {
                int dash = rawTitle.lastIndexOf(" - ");
                String after = dash > 0 ? rawTitle.substring(dash + 3) : "";
                if (dash > 0 && namesList(after + " " + continuationNames(h.titleLine()))) {
                    title = rawTitle.substring(0, dash).strip();
                    presenterNames.addAll(splitNames(after + " " + continuationNames(h.titleLine())));
                } else if (rawTitle.endsWith(" -")) {
                    title = rawTitle.substring(0, rawTitle.length() - 2).strip();
                    presenterNames.addAll(splitNames(continuationNames(h.titleLine())));
                } else {
                    int next = nextNonBlank(h.titleLine() + 1);
                    if (next < end && text[next].strip().matches("^[-–]\\s+\\p{Lu}.*")) {
                        String names = text[next].strip().substring(1).strip() + " " + continuationNames(next);
                        if (namesList(names)) {
                            presenterNames.addAll(splitNames(names));
                        }
                    }
                }
                if (h.titleLine() + 1 < text.length && h.titleLine() == h.index() && !text[h.titleLine() + 1].isBlank()
                        && text[h.titleLine() + 1].strip().matches("^\\p{Ll}.*") && text[h.titleLine() + 1].strip().length() < 60
                        && !rawTitle.matches(".*[.]$") && h.number() == null) {
                    bodyStart = h.titleLine() + 2;
                }
            }
            title = title.replaceAll("\\s+", " ").replaceAll("[\\s|–-]+$", "").strip();
            String number = h.number();
            List<Draft.Person> presenters = new ArrayList<>();
            for (String name : presenterNames) {
                Draft.Person p = people.resolve(name, null);
                presenters.add(p);
                notePresenter(p, name, number, lineNumber(h.titleLine()), text[h.titleLine()].strip());
            }
            StringBuilder body = new StringBuilder();
            List<Integer> bodyLines = new ArrayList<>();
            for (int i = Math.min(bodyStart, end); i < end; i++) {
                if (!furniture[i]) {
                    bodyLines.add(i);
                }
            }
            for (int i : bodyLines) {
                body.append(text[i]).append('\n');
                Matcher f = FOREDRAGANDE.matcher(text[i]);
                if (f.matches()) {
                    for (String name : splitNames(f.group(1))) {
                        Draft.Person p = resolveMention(name);
                        if (p != null && !presenters.contains(p)) {
                            presenters.add(p);
                            notePresenter(p, name, number, lineNumber(i), text[i].strip());
                        }
                    }
                }
                Matcher v = PRESENTER_VERB.matcher(text[i].strip());
                if (v.find()) {
                    String org = v.group(2) == null ? null : gazetteer.resolveOrg(v.group(2)).map(Gazetteer.OrgMatch::iri).orElse(null);
                    for (String name : splitNames(v.group(1))) {
                        Draft.Person p = resolveMention(name);
                        if (p != null && org != null) {
                            presenterOrg.putIfAbsent(p.iri(), org);
                        }
                        if (p != null && !presenters.contains(p)) {
                            presenters.add(p);
                            notePresenter(p, name, number, lineNumber(i), text[i].strip());
                        }
                    }
                }
            }
            itemBodies.put(number, List.copyOf(bodyLines));
            String headingText = text[h.index()].strip() + (h.titleLine() != h.index() ? " " + text[h.titleLine()].strip() : "");
            if (text[h.index()].contains("|")) {
                // the body column of a two-column row starts on the heading line itself
                bodyLines.add(0, h.index());
            }
            readDecisions(number, title, bodyLines, h.index());
            String kind = itemKind(title, number);
            return new Draft.Item(number, order, title, kind, presenters, lineNumber(h.index()), headingText,
                    h.number() == null ? 0.6 : text[h.index()].contains("|") ? 0.7 : 0.9);
        }

        private record TitleColumn(String title, List<String> presenters) {
        }

        /** The left (title) column of a two-column row whose columns OCR ran together. */
        private TitleColumn titleColumn(String first, int line) {
            String left = leftColumn(first, true);
            List<String> presenters = new ArrayList<>();
            String title = left;
            String presenterPart = "";
            int dash = left.indexOf(" - ");
            if (dash > 0) {
                title = left.substring(0, dash);
                presenterPart = presenterNames(first.substring(first.indexOf(" - ") + 3));
            }
            int next = nextNonBlank(line + 1);
            if (next < text.length && !isNumberedItemLine(next)) {
                String cont = text[next].strip();
                boolean dangling = FUNCTION_WORDS.contains(lastWord(title));
                if (cont.matches("^\\p{Ll}.*")) {
                    int contDash = cont.indexOf(" - ");
                    String contLeft = contDash > 0 ? cont.substring(0, contDash) : leftColumn(cont, false);
                    boolean single = !contLeft.contains(" ") && !contLeft.endsWith(".");
                    if (dangling || contDash > 0 || single) {
                        title = title + " " + firstWordsUntilPeriod(contLeft);
                        if (contDash > 0) {
                            presenterPart = presenterNames(cont.substring(contDash + 3));
                        }
                        next = nextNonBlank(next + 1);
                    }
                }
            }
            if (!presenterPart.isBlank()) {
                String names = presenterPart;
                // a presenter's name may continue on the next line ("Tove" / "Rask Tove har ...")
                String[] named = presenterPart.strip().split("\\s*,\\s*");
                if (next < text.length && !named[named.length - 1].strip().contains(" ")) {
                    String firstWord = text[next].strip().split("\\s+")[0];
                    if (firstWord.matches("^\\p{Lu}\\p{L}+$") && !NOT_NAMES.contains(Names.fold(firstWord))) {
                        names = names + " " + firstWord;
                    }
                }
                presenters.addAll(splitNames(names));
            }
            return new TitleColumn(title.strip(), presenters);
        }

        /** Capitalised names from the start of a text ("Greta Fjällström Beslut om ..." gives "Greta Fjällström"). */
        private String presenterNames(String s) {
            StringBuilder out = new StringBuilder();
            int inName = 0;
            for (String w : s.strip().split("\\s+")) {
                String bare = w.replaceAll(",$", "");
                if (!bare.matches("^\\p{Lu}[\\p{L}'’\\-]*$") || NOT_NAMES.contains(Names.fold(bare)) || inName >= 3) {
                    break;
                }
                out.append(out.isEmpty() ? "" : " ").append(w);
                inName = w.endsWith(",") ? 0 : inName + 1;
            }
            return out.toString();
        }

        private String lastWord(String s) {
            String[] w = Names.words(s).split(" ");
            return w[w.length - 1];
        }

        private String firstWordsUntilPeriod(String s) {
            StringBuilder out = new StringBuilder();
            for (String w : s.strip().split("\\s+")) {
                if (w.endsWith(".")) {
                    if (out.isEmpty()) {
                        out.append(w, 0, w.length() - 1);
                    }
                    break;
                }
                out.append(out.isEmpty() ? "" : " ").append(w);
            }
            return out.toString();
        }

        /** Text up to the first capitalised word after a lower-case one (where the body column starts). */
        private String leftColumn(String s, boolean keepFirst) {
            String[] words = s.strip().split("\\s+");
            StringBuilder out = new StringBuilder();
            boolean inNames = false;
            for (int k = 0; k < words.length; k++) {
                String w = words[k];
                boolean capitalised = w.matches("^\\p{Lu}\\p{Ll}.*");
                if (k > 0 && capitalised && !inNames && !(keepFirst && k == 0)) {
                    String prev = words[k - 1];
                    if (!prev.equals("-") && !prev.endsWith(",")) {
                        break;
                    }
                }
                if (w.equals("-")) {
                    inNames = true;
                } else if (inNames && NOT_NAMES.contains(Names.fold(w).replaceAll("[^a-z]", ""))) {
                    break;
                } else if (inNames && !capitalised && !w.endsWith(",")) {
                    break;
                }
                if (inNames && capitalised && k >= 2 && words[k - 1].matches("^\\p{Lu}\\p{Ll}+$")
                        && words[k - 2].matches("^\\p{Lu}\\p{Ll}+$") && !words[k - 2].equals("-")
                        && !words[k - 1].endsWith(",")) {
                    break;
                }
                out.append(out.isEmpty() ? "" : " ").append(w);
                if (w.endsWith(":")) {
                    break;
                }
            }
            return out.toString().replaceAll("[:]$", "");
        }

        /** Names continuing a presenter list on the lines below ("Ola Sävström, Karin" / "Lindholm Rask"). */
        private String continuationNames(int line) {
            StringBuilder out = new StringBuilder();
            for (int i = line + 1; i < text.length && i <= line + 3; i++) {
                String s = text[i].strip();
                if (s.isEmpty() || furniture[i]) {
                    break;
                }
                if (!namesList(s)) {
                    break;
                }
                out.append(' ').append(s);
            }
            return out.toString().strip();
        }

        private boolean namesList(String s) {
            String t = s.strip().replaceAll(",$", "");
            if (t.isEmpty()) {
                return false;
            }
            for (String part : t.split("\\s*,\\s*|\\s+och\\s+")) {
                if (part.isBlank()) {
                    continue;
                }
                for (String w : part.split("\\s+")) {
                    if (!w.matches("^\\p{Lu}[\\p{L}'’\\-]*$") || NOT_NAMES.contains(Names.fold(w))) {
                        return false;
                    }
                }
            }
            return true;
        }

        private List<String> splitNames(String s) {
            List<String> names = new ArrayList<>();
            for (String part : s.strip().replaceAll(",$", "").split("\\s*,\\s*|\\s+och\\s+")) {
                String name = part.strip();
                if (name.split("\\s+").length >= 2 && participantReader.looksLikeName(name)) {
                    names.add(name);
                } else if (name.split("\\s+").length == 1 && !name.isBlank()) {
                    people.byFirstName(name).ifPresent(p -> names.add(p.name()));
                }
            }
            return names;
        }

        private Draft.Person resolveMention(String name) {
            if (name.split("\\s+").length < 2) {
                return people.byFirstName(name).orElse(null);
            }
            return people.resolve(name, null);
        }

        private final Map<String, String> presenterItems = new LinkedHashMap<>();
        private final Map<String, String> presenterOrg = new HashMap<>();
        private final Map<String, Draft.Participant> presenterAttendance = new LinkedHashMap<>();

        private void notePresenter(Draft.Person person, String written, String itemNumber, int line, String quote) {
            presenterItems.putIfAbsent(person.iri(), itemNumber);
            presenterAttendance.putIfAbsent(person.iri(), new Draft.Participant(person, written, null, null, "present",
                    List.of("foredragande"), null, null, quote, line, 0.7, null, null, itemNumber));
        }

        /** People who present an item but are not in the participant list were there too. */
        private void addPresentersAsAttendance(List<Draft.Item> items) {
            Set<String> listed = new HashSet<>();
            participants.forEach(p -> listed.add(p.person().iri()));
            for (Draft.Participant p : presenterAttendance.values()) {
                if (!listed.contains(p.person().iri())) {
                    String org = presenterOrg.get(p.person().iri());
                    participants.add(new Draft.Participant(p.person(), p.nameAsWritten(), org, null, p.statusIri(),
                            p.roleIris(), p.note(), p.section(), p.quote(), p.line(), p.confidence(), null, null, p.itemNumber()));
                }
            }
        }

        private String itemKind(String title, String number) {
            String t = Names.words(title);
            boolean hasDecision = decisions.stream().anyMatch(d -> number.equals(d.itemNumber())
                    && (d.kindIri().endsWith("/beslut") || d.kindIri().endsWith("/inriktningsbeslut") || d.kindIri().endsWith("/val")));
            if (t.matches(".*\\b(inledning|oppn\\w*|dagordning\\w*|agenda\\w*|foregaende\\w*|justerare|avslut\\w*|incheckning|utvardering)\\b.*")
                    && !t.matches(".*\\bvice\\b.*")) {
                return Vocab.ITEM_KIND + "formalia";
            }
            if (t.matches(".*\\bberedningsarende\\b.*")) {
                return Vocab.ITEM_KIND + "beredningsarende";
            }
            if (hasDecision) {
                return Vocab.ITEM_KIND + "beslutsarende";
            }
            if (t.matches(".*\\b(ovrigt|ovriga fragor|motestider|moten|sammantraden\\w*|teman)\\b.*")) {
                return Vocab.ITEM_KIND + "ovrigt";
            }
            if (t.matches(".*\\brapport\\w*\\b.*")) {
                return Vocab.ITEM_KIND + "rapport";
            }
            if (t.matches(".*\\b(workshop|diskussion|dialog)\\b.*")) {
                return Vocab.ITEM_KIND + "diskussion";
            }
            return Vocab.ITEM_KIND + "informationsarende";
        }

        // ------------------------------------------------------------ decisions

        private void readDecisions(String number, String title, List<Integer> bodyLines, int headingIndex) {
            String foldedTitle = Names.words(title);
            boolean preparation = foldedTitle.contains("beredningsarende");
            boolean formal = foldedTitle.matches(".*\\b(dagordning\\w*|agenda\\w*|foregaende\\w*|protokoll\\w*|minnesanteckning\\w*)\\b.*");
            List<String> paragraphs = new ArrayList<>();
            List<Integer> starts = new ArrayList<>();
            StringBuilder current = new StringBuilder();
            int currentStart = -1;
            for (int i : bodyLines) {
                String line = i == headingIndex ? bodyColumnOfHeading(i) : text[i].strip();
                boolean labelStart = DECISION_LABEL.matcher(line).matches();
                if (line.isEmpty() || labelStart) {
                    if (!current.isEmpty()) {
                        paragraphs.add(current.toString());
                        starts.add(currentStart);
                        current.setLength(0);
                    }
                    if (line.isEmpty()) {
                        continue;
                    }
                }
                if (current.isEmpty()) {
                    currentStart = i;
                }
                current.append(current.isEmpty() ? "" : " ").append(line);
            }
            if (!current.isEmpty()) {
                paragraphs.add(current.toString());
                starts.add(currentStart);
            }
            boolean returns = paragraphs.stream().anyMatch(p -> Names.words(p).matches(".*\\b(arendet|fragan) (aterkommer|kommer tillbaka)\\b.*"));
            List<Draft.Decision> found = new ArrayList<>();
            for (int k = 0; k < paragraphs.size(); k++) {
                String paragraph = paragraphs.get(k);
                Matcher label = DECISION_LABEL.matcher(paragraph);
                if (label.matches()) {
                    String stated = sentenceKind(label.group(2), formal, preparation || returns);
                    String kind = Names.fold(label.group(1)).startsWith("bered") ? "fortsatt-beredning"
                            : stated == null || stated.equals("stallningstagande") || stated.equals("beslut")
                                    ? classify(label.group(2), "beslut", preparation || returns) : stated;
                    found.add(new Draft.Decision(number, null, Vocab.DECISION_KIND + kind,
                            clip(paragraph), lineNumber(starts.get(k)), 0.9));
                    continue;
                }
                for (String sentence : paragraph.split("(?<=[.!?])\\s+(?=\\p{Lu})")) {
                    String kind = sentenceKind(sentence, formal, preparation || returns);
                    if (kind != null) {
                        found.add(new Draft.Decision(number, null, Vocab.DECISION_KIND + kind, clip(sentence),
                                lineNumber(starts.get(k)), 0.75));
                    }
                }
            }
            // one decision per kind and sentence; suffixes -a, -b when an item has several
            for (int k = 0; k < found.size(); k++) {
                Draft.Decision d = found.get(k);
                String suffix = found.size() > 1 ? String.valueOf((char) ('a' + k)) : null;
                decisions.add(new Draft.Decision(d.itemNumber(), suffix, d.kindIri(), d.text(), d.line(), d.confidence()));
            }
        }

        private String bodyColumnOfHeading(int i) {
            Matcher m = NUMBERED.matcher(text[i]);
            if (!m.matches()) {
                return text[i].strip();
            }
            String rest = m.group(4).strip();
            String left = leftColumn(rest, true);
            return rest.length() > left.length() ? rest.substring(left.length()).strip() : "";
        }

        private static String clip(String s) {
            String t = s.strip();
            return t.length() > 400 ? t.substring(0, 400) + " …" : t;
        }

        /** The decision kind a sentence states, or null when it states none. */
        private String sentenceKind(String sentence, boolean formal, boolean preparation) {
            String s = Names.words(sentence);
            if (s.matches(".*\\b(inget beslut|inga beslut)\\b.*") || s.matches(".*\\binte (ar )?redo att (ta|fatta)\\b.*")) {
                return "inget-beslut";
            }
            if (s.matches(".*\\b(bordlag\\w*|bordlades|bordlaggs)\\b.*")
                    || s.matches(".*\\bskjut(s|a|er|its)?\\b.*\\b(fram|upp|till)\\b.*")
                    || s.matches(".*\\b(kan inte|kunde inte) beslutas\\b.*")) {
                return preparation ? "fortsatt-beredning" : "bordlagt";
            }
            if (s.matches(".*\\bbeslut\\b.{0,60}\\btas vid\\b.*")) {
                return preparation ? "fortsatt-beredning" : "bordlagt";
            }
            if (s.matches(".*\\b(ska|skall) (beredas|utredas)( vidare)?\\b.*") || s.matches(".*\\b(fordjupad|ytterligare) utredning\\b.*(ska|skall|genomfor).*")
                    || s.matches(".*\\bbereds vidare\\b.*")) {
                return "fortsatt-beredning";
            }
            if (s.matches(".*\\b(beslutade|beslutar|beslot|beslutades) att\\b.*")) {
                return classify(sentence, "beslut", preparation);
            }
            if (s.matches(".*\\b(valdes|utsags|utses|valjs) (till|som)\\b.*") || s.matches(".*\\btill \\w+ (utsags|valdes|utses)\\b.*")) {
                return "val";
            }
            if (s.matches(".*\\bstall(de|er|a) sig (positiv|positiva|bakom)\\b.*")) {
                return "stallningstagande";
            }
            if (s.matches(".*\\b(godkandes|godkanns|faststalldes|faststalls|godkande|godkanner|faststaller)\\b.*")
                    || s.matches(".*\\b(laggs|lades)( \\w+){0,3} till handlingarna\\b.*")
                    || formal && s.matches(".*\\binga synpunkter\\b.*")) {
                boolean filedOnly = s.matches(".*\\btill handlingarna\\b.*") && !s.matches(".*\\b(godkann\\w*|faststall\\w*)\\b.*");
                return !filedOnly && (formal || s.matches(".*\\b(dagordning\\w*|agenda\\w*|protokoll\\w*|motestider|moten)\\b.*"))
                        ? "faststallande" : "beslut";
            }
            return null;
        }

        private String classify(String text, String fallback, boolean preparation) {
            String s = Names.words(text);
            if (s.matches(".*\\b(kan inte|kunde inte) beslutas\\b.*") || s.matches(".*\\bskjut(s|a|er)?\\b.*\\b(fram|upp|till)\\b.*")) {
                return preparation ? "fortsatt-beredning" : "bordlagt";
            }
            if (s.matches(".*\\binriktning\\w*\\b.*")) {
                return "inriktningsbeslut";
            }
            if (s.matches(".*\\b(valdes|utsags|utses) till\\b.*")) {
                return "val";
            }
            return fallback;
        }

        // ------------------------------------------------------------ memberships

        private void readMemberships(List<Draft.Item> items, LocalDate meetingDate) {
            String group = groups.get(0).iri();
            for (Draft.Participant p : participants) {
                for (String role : p.roleIris()) {
                    if ((role.equals("ledamot") || role.equals("ersattare")) && p.section() != null
                            && p.section().matches(".*(Ledamöter|Ersättare).*")) {
                        memberships.add(new Draft.Membership(p.person(), group, Vocab.ROLE + role, p.orgIri(),
                                p.nameAsWritten(), null, p.section(), p.quote(), p.line(), null, null, p.confidence()));
                    }
                }
            }
            for (Draft.Role r : roles) {
                if (r.standing() && !r.roleIri().endsWith("/justerare")) {
                    memberships.add(new Draft.Membership(r.person(), group, r.roleIri(), null, r.nameAsWritten(), null,
                            "Mötets huvud", r.quote(), r.line(), null, null, r.confidence()));
                }
            }
            Pattern elected = Pattern.compile("(?i)((?:\\p{Lu}[\\p{L}\\-]+\\s+){1,3}\\p{Lu}[\\p{L}\\-]+)\\s+(?:valdes|utsågs|utsags)\\s+till\\s+(?:ny\\s+)?(vice ordförande|vice ordférande|ordförande|sekreterare)");
            Pattern includes = Pattern.compile("(?i)\\bingår\\b\\s*(?:från\\s+\\p{L}+\\s+)?(.+)$");
            for (Draft.Item item : items) {
                for (int i = item.line() - 1; i < text.length; i++) {
                    int index = indexOfLine(item.line()) + (i - (item.line() - 1));
                    if (index >= text.length || (index > indexOfLine(item.line()) && items.stream()
                            .anyMatch(other -> other != item && indexOfLine(other.line()) == index))) {
                        break;
                    }
                    String line = text[index];
                    Matcher m = elected.matcher(line);
                    if (m.find()) {
                        String folded = Names.words(m.group(2));
                        String role = folded.startsWith("vice") ? "vice-ordforande" : folded.startsWith("ordf") ? "ordforande" : "sekreterare";
                        Draft.Person person = people.resolve(m.group(1), null);
                        memberships.add(new Draft.Membership(person, group, Vocab.ROLE + role, null, m.group(1),
                                item.number(), null, line.strip(), lineNumber(index), null, null, 0.85));
                    }
                    readIncludes(line, index, item, includes);
                }
            }
        }

        private int indexOfLine(int number) {
            for (int i = 0; i < lines.size(); i++) {
                if (lines.get(i).number() == number) {
                    return i;
                }
            }
            return 0;
        }

        private String lastIncludedGroup;

        /** "i AU ingår från regionen A, B och C. Från kommunerna ingår D samt E." */
        private void readIncludes(String line, int index, Draft.Item item, Pattern includes) {
            for (String sentence : line.split("(?<=[.!?])\\s+")) {
                String folded = Names.words(sentence);
                if (!folded.matches(".*\\bingar\\b.*")) {
                    continue;
                }
                String groupIri = groupNamedIn(sentence);
                if (groupIri == null) {
                    groupIri = lastIncludedGroup;
                }
                if (groupIri == null) {
                    continue;
                }
                lastIncludedGroup = groupIri;
                Matcher m = Pattern.compile("(?i)ingår\\s+(?:(?:från|fran)\\s+\\p{Ll}+\\s+)?(.+?)[.]?$").matcher(sentence);
                if (!m.find()) {
                    continue;
                }
                for (String part : m.group(1).split("\\s*,\\s*|\\s+och\\s+|\\s+samt\\s+")) {
                    String name = part.strip();
                    if (name.split("\\s+").length >= 2 && participantReader.looksLikeName(name)) {
                        Draft.Person person = people.resolve(name, null);
                        String org = participants.stream().filter(p -> p.person().equals(person)).map(Draft.Participant::orgIri)
                                .filter(o -> o != null).findFirst().orElse(null);
                        LocalDate[] period = SwedishDates.yearIn(line);
                        memberships.add(new Draft.Membership(person, groupIri, Vocab.ROLE + "ledamot", org, name,
                                item.number(), null, sentence.strip(), lineNumber(index), period[0], period[1], 0.8));
                    }
                }
            }
        }

        /** The group a sentence names: a known group by label, or the meeting group's sub-group of a named kind ("AU"). */
        private String groupNamedIn(String sentence) {
            String folded = Names.words(sentence);
            for (String word : folded.split(" ")) {
                Optional<String> kind = gazetteer.groupKindIn(word);
                if (kind.isPresent() && (word.equals("au") || word.startsWith("arbetsutskott"))) {
                    Optional<String> sub = gazetteer.subGroupOfKind(groups.get(0).iri(), kind.get());
                    if (sub.isPresent()) {
                        return sub.get();
                    }
                }
            }
            return null;
        }

        private List<Draft.Membership> dedupeMemberships() {
            Map<String, Draft.Membership> unique = new LinkedHashMap<>();
            for (Draft.Membership m : memberships) {
                unique.putIfAbsent(m.person().iri() + " " + m.groupIri() + " " + m.roleIri(), m);
            }
            return List.copyOf(unique.values());
        }

        private boolean knownHeading(String line) {
            String s = Names.words(line);
            for (String known : KNOWN_HEADINGS) {
                if (Names.similarity(s, known) >= 0.85) {
                    return true;
                }
            }
            return false;
        }
    }

    /** Item headings common to Swedish minutes, for lists without numbers. */
    private static final List<String> KNOWN_HEADINGS = List.of("motet oppnas", "motet oppnades", "motets oppnande",
            "val av justerare", "val av protokolljusterare", "godkannande av dagordning", "faststallande av dagordning",
            "dagordning", "godkannande av dagordningen", "foregaende mote och protokoll", "foregaende protokoll",
            "foregaende mote", "val av vice ordforande", "val av ordforande", "ovriga fragor", "ovrigt", "motet avslutas",
            "motet avslutades", "motets avslutande", "motets avslutning", "nasta mote", "information", "aktuellt inom omradet",
            "rapporter", "anmalningsarenden", "delgivningar");
}
