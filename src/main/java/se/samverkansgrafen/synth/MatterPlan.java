package se.samverkansgrafen.synth;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The matters of one region and their paths through its groups: a governing document is
 * assigned to a working group, prepared, delivered, sent on remiss to the länsdelsgrupper
 * (or networks), decided by its owner, adopted politically, followed up and in time
 * revised; a project reports to its steering group; a routine grows in a network. Every
 * step is booked on a real meeting of the group that takes it, at most
 * {@value #PER_MEETING} per meeting; what a step announces becomes planned steps.
 */
final class MatterPlan {

    static final int PER_MEETING = 4;

    private static final String[][] TOPICS = {
            {"hälso- och sjukvård i hemmet", "hsv-i-hemmet"}, {"nutritionsvårdsprocessen", "nutrition"},
            {"samordnad individuell plan (SIP)", "sip"}, {"utskrivning från sluten vård", "utskrivning"},
            {"psykisk hälsa och suicidprevention", "psykisk-halsa"}, {"föräldraskapsstöd", "foraldraskapsstod"},
            {"familjecentraler", "familjecentraler"}, {"hjälpmedel", "hjalpmedel"}, {"tillnyktring", "tillnyktring"},
            {"barn och unga med sammansatta behov", "barn-sammansatta-behov"}, {"missbruk och beroende", "missbruk"},
            {"våld i nära relationer", "vald-i-nara-relationer"}, {"välfärdsteknik", "valfardsteknik"},
            {"kompetensförsörjning", "kompetensforsorjning"}, {"demensvård", "demensvard"},
            {"palliativ vård", "palliativ-vard"}, {"rehabilitering på primärvårdsnivå", "rehabilitering"},
            {"korttidsvård", "korttidsvard"}, {"läkemedelshantering", "lakemedel"}, {"mobila team", "mobila-team"},
            {"första linjen för barn och unga", "forsta-linjen"}, {"avvikelser i samverkan", "avvikelser"},
            {"omställningen till god och nära vård", "nara-vard"}, {"jämlik hälsa", "jamlik-halsa"},
            {"fysisk aktivitet på recept", "fyss"}, {"ANDTS-förebyggande arbete", "andts"}};

    /** Document kind, label pattern and slug word. */
    private static final String[][] DOCUMENTS = {
            {"overenskommelse", "Överenskommelse om %s", "overenskommelse"},
            {"avtal", "Samverkansavtal om %s", "avtal"}, {"riktlinje", "Riktlinje för %s", "riktlinje"},
            {"strategi", "Regional strategi för %s", "strategi"}, {"plan", "Länsgemensam plan för %s", "plan"},
            {"handlingsplan", "Handlingsplan för %s", "handlingsplan"},
            {"uppdragsbeskrivning", "Uppdragsbeskrivning för samverkan kring %s", "uppdragsbeskrivning"},
            {"utredningsdirektiv", "Utredningsdirektiv om %s", "utredningsdirektiv"},
            {"rapport", "Kartläggning av %s", "kartlaggning"}};

    private final Structure structure;
    private final Calendar calendar;
    private final Rng rng;
    private final LocalDate end;
    private final List<Matter> matters = new ArrayList<>();
    private final Map<String, Map<LocalDate, List<Step>>> agenda = new HashMap<>();
    private final Map<String, Integer> slugs = new HashMap<>();

    MatterPlan(Structure structure, Calendar calendar, int firstYear, int lastYear, Rng rng) {
        this.structure = structure;
        this.calendar = calendar;
        this.rng = rng;
        this.end = LocalDate.of(lastYear, 12, 31);
        for (int year = firstYear; year <= lastYear; year++) {
            LocalDate jan1 = LocalDate.of(year, 1, 1);
            LocalDate dec31 = LocalDate.of(year, 12, 31);
            for (int i = rng.between(7, 10); i > 0; i--) {
                document(rng.day(jan1, dec31), null);
            }
            for (int i = rng.between(1, 2); i > 0; i--) {
                project(rng.day(jan1, dec31));
            }
            for (int i = rng.between(2, 4); i > 0; i--) {
                routine(rng.day(jan1, dec31));
            }
        }
    }

    List<Matter> matters() {
        return matters;
    }

    /** The steps taken at the group's meeting on the day, in the order they were booked. */
    List<Step> steps(Group group, LocalDate day) {
        return agenda.getOrDefault(group.slug(), Map.of()).getOrDefault(day, List.of());
    }

    // --- Paths --------------------------------------------------------------------------------

    private void document(LocalDate start, Matter previous) {
        String[] topic = previous != null ? null : rng.pick(TOPICS);
        String[] kind = previous != null ? null : rng.pick(DOCUMENTS);
        int year = start.getYear();
        Matter doc = previous != null
                ? add(new Matter(slug(previous.slug.replaceFirst("-\\d{4}(-\\d+)?$", "") + "-" + year),
                        previous.label.replaceFirst(" \\(\\d{4}\\)$", "") + " (" + year + ")",
                        Matter.Type.GoverningDocument, previous.documentKind, null, previous))
                : add(new Matter(slug(structure.prefix() + kind[2] + "-" + topic[1] + "-" + year),
                        kind[1].formatted(topic[0]) + " (" + year + ")", Matter.Type.GoverningDocument, kind[0], null,
                        null));
        Group owner = previous != null ? previous.assignedBy : owner();
        Group worker = worker(owner);
        List<Group> remiss = remissGroups(owner);
        Group political = political(owner);

        LocalDate d1 = book(owner, start);
        if (d1 == null) {
            return;
        }
        doc.assignedBy = owner;
        String verb = previous != null ? "revidera" : "ta fram förslag till";
        Matter task = add(new Matter(slug(structure.prefix() + "uppdrag-" + doc.slug.substring(structure.prefix().length())),
                "Uppdrag att " + verb + " " + lower(doc.label), Matter.Type.Assignment, null, doc, null));
        task.assignedBy = owner;
        task.assignedTo = worker;
        task.reportsBackTo = owner;
        task.dueDate = d1.plusMonths(rng.between(6, 12)).withDayOfMonth(1);
        Step give = step(task, owner, d1, previous != null ? "revidering" : "uppdrag", "beslutsarende",
                (previous != null ? "Revidering av " : "Uppdrag: ") + lower(doc.label), "beslut", true,
                owner.shortLabel() + " beslutade att ge " + worker.shortLabel() + " i uppdrag att " + verb + " "
                        + lower(doc.label) + " med återrapport senast " + task.dueDate + ".",
                "Uppdraget gavs till " + worker.label() + "; återrapport senast " + task.dueDate + ".", worker);

        LocalDate d2 = book(worker, d1.plusDays(14));
        if (d2 == null) {
            return;
        }
        boolean further = rng.chance(0.5);
        step(task, worker, d2, "beredning", "beredningsarende", "Arbetet med " + lower(doc.label),
                further ? "fortsatt-beredning" : null, false, further ? "Arbetet fortsätter till nästa möte." : null,
                "Arbetsplan och tidplan diskuterades.", null);
        LocalDate d3 = book(worker, d2.plusDays(20));
        if (d3 == null) {
            return;
        }
        boolean none = rng.chance(0.3);
        step(task, worker, d3, "beredning", "diskussion", "Utkast till " + lower(doc.label),
                none ? "inget-beslut" : null, false, none ? "Inget beslut; utkastet bearbetas vidare." : null,
                "Utkastet diskuterades; synpunkter lämnades.", null);
        LocalDate d4 = book(worker, d3.plusDays(20));
        if (d4 == null) {
            return;
        }
        Step deliver = step(task, worker, d4, "leverans", "beslutsarende", "Förslag till " + lower(doc.label),
                "stallningstagande", true, worker.shortLabel() + " ställde sig bakom förslaget och lämnar det till "
                        + owner.shortLabel() + ".", "Förslaget lämnades till " + owner.label() + ".", owner);
        announce(give, owner, "beredning", d4, "Återrapport till " + owner.shortLabel() + ".");

        LocalDate d5 = book(owner, d4.plusDays(10));
        if (d5 == null) {
            return;
        }
        if (rng.chance(0.15)) {
            step(doc, owner, d5, "beredning", "beredningsarende", lower(doc.label, true), "bordlagt", false,
                    "Ärendet bordlades till nästa möte.", "Bordlagt.", null);
            d5 = book(owner, d5.plusDays(20));
            if (d5 == null) {
                return;
            }
        }
        Step prepare = step(doc, owner, d5, "beredning", "beredningsarende", lower(doc.label, true),
                "fortsatt-beredning", false, "Förslaget skickas på remiss innan beslut.",
                "Förslaget bereddes; remiss till " + remissNames(remiss) + ".", remiss.getFirst());
        announce(deliver, owner, "beredning", d5, "Förslaget bereds i " + owner.shortLabel() + ".");
        LocalDate last = d5;
        for (Group r : remiss) {
            LocalDate d = book(r, d5.plusDays(14));
            if (d == null) {
                continue;
            }
            step(doc, r, d, "remiss", "beredningsarende", "Remiss: " + lower(doc.label), "stallningstagande", true,
                    r.shortLabel() + " lämnade synpunkter på förslaget.", "Remissvar lämnades till "
                            + owner.shortLabel() + ".", owner);
            announce(prepare, r, "remiss", d, "Remiss till " + r.shortLabel() + ".");
            last = d.isAfter(last) ? d : last;
        }
        LocalDate d7 = book(owner, last.plusDays(14));
        if (d7 == null) {
            return;
        }
        boolean direction = rng.chance(0.3);
        Step decide = step(doc, owner, d7, "beslut", "beslutsarende", lower(doc.label, true),
                direction ? "inriktningsbeslut" : "beslut", true,
                owner.shortLabel() + (direction ? " beslutade om inriktningen för " : " beslutade att godkänna ")
                        + lower(doc.label) + " och lämna det för politisk förankring.",
                "Beslut i " + owner.shortLabel() + "; politisk förankring i " + political.shortLabel() + ".", political);
        announce(prepare, owner, "beslut", d7, "Beslut i " + owner.shortLabel() + ".");
        LocalDate d8 = book(political, d7.plusDays(14));
        if (d8 == null) {
            return;
        }
        step(doc, political, d8, "forankring", "beslutsarende", lower(doc.label, true), "beslut", true,
                capital(political.shortLabel()) + " fastställde " + lower(doc.label) + ".",
                "Fastställd politiskt; gäller från " + d8.plusMonths(1).withDayOfMonth(1) + ".", null);
        announce(decide, political, "forankring", d8, "Politisk förankring i " + political.shortLabel() + ".");
        doc.validFrom = d8.plusMonths(1).withDayOfMonth(1);
        if (previous != null) {
            previous.validUntil = doc.validFrom.minusDays(1);
        }
        LocalDate d9 = book(owner, d8.plusDays(330));
        if (d9 != null) {
            boolean noDecision = rng.chance(0.5);
            step(doc, owner, d9, "uppfoljning", "informationsarende", "Uppföljning av " + lower(doc.label),
                    noDecision ? "inget-beslut" : null, false, noDecision ? "Informationen noterades; inget beslut." : null,
                    "Uppföljningen redovisades.", null);
            LocalDate d10 = book(owner, d9.plusDays(330));
            if (d10 != null) {
                step(doc, owner, d10, "rapport", "rapport", "Rapport: " + lower(doc.label), null, false, null,
                        "Resultaten av andra årets uppföljning redovisades.", null);
            }
        }
        if (rng.chance(0.6)) {
            LocalDate revise = d8.plusDays(rng.between(3 * 365, 4 * 365));
            if (!revise.isAfter(end)) {
                document(revise, doc);
            }
        }
    }

    private void project(LocalDate start) {
        boolean childhood = rng.chance(0.5);
        Group steering = structure.group(childhood ? "styrgrupp-barn-och-unga" : "styrgrupp-nara-vard");
        Group owner = structure.group(childhood ? "chefsgrupp-folkhalsa" : "chefsgrupp-svvo");
        String[] topic = rng.pick(TOPICS);
        Matter project = add(new Matter(slug(structure.prefix() + "projekt-" + topic[1] + "-" + start.getYear()),
                "Utvecklingsprojekt " + topic[0] + " (" + start.getYear() + ")", Matter.Type.Project, null, null, null));
        LocalDate d1 = book(owner, start);
        if (d1 == null) {
            return;
        }
        project.startDate = d1.plusMonths(1).withDayOfMonth(1);
        project.endDate = project.startDate.plusYears(rng.between(2, 3)).minusDays(1);
        step(project, owner, d1, "beslut", "beslutsarende", project.label, "inriktningsbeslut", true,
                owner.shortLabel() + " beslutade att starta projektet med " + steering.shortLabel() + " som styrgrupp.",
                "Projektet startar " + project.startDate + " och pågår till " + project.endDate + ".", steering);
        LocalDate at = d1;
        LocalDate lastReport = d1;
        while (true) {
            LocalDate d = book(steering, at.plusDays(rng.between(60, 100)));
            if (d == null || d.isAfter(project.endDate)) {
                break;
            }
            boolean decided = rng.chance(0.2);
            step(project, steering, d, "rapport", "rapport", "Lägesrapport " + lower(project.label),
                    decided ? "beslut" : null, decided, decided ? "Styrgruppen godkände reviderad aktivitetsplan." : null,
                    "Projektledaren rapporterade läget.", null);
            if (d.minusDays(330).isAfter(lastReport)) {
                LocalDate o = book(owner, d.plusDays(7));
                if (o != null) {
                    step(project, owner, o, "information", "informationsarende", "Information om " + lower(project.label),
                            null, false, null, "Information om projektets läge.", null);
                    lastReport = o;
                }
            }
            at = d;
        }
        LocalDate done = book(owner, project.endDate.plusDays(14));
        if (done != null) {
            step(project, owner, done, "leverans", "beslutsarende", "Slutrapport: " + lower(project.label),
                    "stallningstagande", true, owner.shortLabel() + " tog emot slutrapporten och ställde sig bakom förslagen.",
                    "Slutrapport lämnad.", null);
        }
    }

    private void routine(LocalDate start) {
        String[][] networks = {{"natverk-mas-mar", "chefsgrupp-svvo"}, {"natverk-folkhalsostrateger", "chefsgrupp-folkhalsa"},
                {"natverk-e-halsa", "styrgrupp-nara-vard"}};
        String[] pair = rng.pick(networks);
        Group network = structure.group(pair[0]);
        Group owner = structure.group(pair[1]);
        String[] topic = rng.pick(TOPICS);
        boolean guideline = rng.chance(0.4);
        Matter doc = add(new Matter(slug(structure.prefix() + (guideline ? "riktlinje-" : "rutin-") + topic[1] + "-" + start.getYear()),
                (guideline ? "Riktlinje för " : "Rutin för ") + topic[0] + " (" + start.getYear() + ")",
                Matter.Type.GoverningDocument, guideline ? "riktlinje" : "rutin", null, null));
        doc.assignedBy = owner;
        LocalDate d1 = book(network, start);
        if (d1 == null) {
            return;
        }
        step(doc, network, d1, "beredning", "diskussion", "Behov av " + lower(doc.label), null, false, null,
                "Behovet diskuterades.", null);
        LocalDate d2 = book(network, d1.plusDays(30));
        if (d2 == null) {
            return;
        }
        Step draft = step(doc, network, d2, "beredning", "beredningsarende", "Utkast till " + lower(doc.label),
                "fortsatt-beredning", false, "Utkastet bereds vidare.", "Utkastet bearbetas.", null);
        LocalDate d3 = book(network, d2.plusDays(30));
        if (d3 == null) {
            return;
        }
        Step deliver = step(doc, network, d3, "leverans", "beslutsarende", "Förslag till " + lower(doc.label),
                "stallningstagande", true, network.shortLabel() + " ställde sig bakom förslaget.",
                "Förslaget lämnas till " + owner.shortLabel() + ".", owner);
        announce(draft, network, "leverans", d3, "Förslaget ska vara klart.");
        LocalDate d4 = book(owner, d3.plusDays(14));
        if (d4 == null) {
            return;
        }
        step(doc, owner, d4, "beslut", "beslutsarende", lower(doc.label, true), "beslut", true,
                owner.shortLabel() + " beslutade att fastställa " + lower(doc.label) + ".", "Fastställd.", network);
        announce(deliver, owner, "beslut", d4, "Beslut i " + owner.shortLabel() + ".");
        doc.validFrom = d4.plusDays(1);
        LocalDate d5 = book(network, d4.plusDays(14));
        if (d5 != null) {
            step(doc, network, d5, "information", "informationsarende", "Införande av " + lower(doc.label), null, false,
                    null, "Införandet i kommunerna planerades.", null);
        }
        LocalDate d6 = book(owner, d4.plusDays(365));
        if (d6 != null) {
            step(doc, owner, d6, "uppfoljning", "informationsarende", "Uppföljning av " + lower(doc.label), null, false,
                    null, "Uppföljningen redovisades.", null);
        }
    }

    // --- Groups ---------------------------------------------------------------------------------

    private Group owner() {
        double r = rng.unit();
        if (r < 0.35) {
            return structure.group("chefsgrupp-svvo");
        } else if (r < 0.55) {
            return structure.group("chefsgrupp-folkhalsa");
        } else if (r < 0.65) {
            return structure.group("kcrd");
        } else if (r < 0.85) {
            return rng.pick(structure.groups("tvargrupp-"));
        }
        return rng.pick(structure.groups("styrgrupp-"));
    }

    private Group worker(Group owner) {
        String o = owner.slug().substring(structure.prefix().length());
        return switch (o) {
            case "chefsgrupp-svvo" -> structure.group(rng.pick(List.of("chefsgrupp-svvo-au", "arbetsgrupp-utskrivning",
                    "arbetsgrupp-hjalpmedel")));
            case "chefsgrupp-folkhalsa" -> structure.group(rng.pick(List.of("chefsgrupp-folkhalsa-au",
                    "arbetsgrupp-foraldraskapsstod")));
            case "tvargrupp-vuxna" -> structure.group("arbetsgrupp-psykisk-halsa");
            case "styrgrupp-nara-vard" -> structure.group(rng.pick(List.of("arbetsgrupp-utskrivning", "arbetsgrupp-hjalpmedel")));
            case "styrgrupp-barn-och-unga" -> structure.group("arbetsgrupp-foraldraskapsstod");
            default -> rng.pick(structure.groups("arbetsgrupp-"));
        };
    }

    private List<Group> remissGroups(Group owner) {
        String o = owner.slug().substring(structure.prefix().length());
        return switch (o) {
            case "chefsgrupp-folkhalsa" -> List.of(structure.group("natverk-folkhalsostrateger"));
            case "kcrd" -> List.of(structure.group("chefsgrupp-svvo"), structure.group("chefsgrupp-folkhalsa"));
            case "styrgrupp-barn-och-unga" -> List.of(structure.group("tvargrupp-barn-och-unga"));
            default -> structure.groups("ldg-");
        };
    }

    private Group political(Group owner) {
        String o = owner.slug().substring(structure.prefix().length());
        return switch (o) {
            case "chefsgrupp-folkhalsa", "styrgrupp-barn-och-unga" -> structure.group("samverkansrad-folkhalsa");
            case "kcrd" -> structure.group("politiskt-samverkansrad");
            default -> structure.group("samverkansrad-svvo");
        };
    }

    // --- Booking ------------------------------------------------------------------------------

    /** The group's first meeting on or after the day with room on its agenda, or null after the last. */
    private LocalDate book(Group group, LocalDate notBefore) {
        Map<LocalDate, List<Step>> byDay = agenda.computeIfAbsent(group.slug(), g -> new LinkedHashMap<>());
        LocalDate day = calendar.firstOnOrAfter(group, notBefore);
        while (day != null && byDay.getOrDefault(day, List.of()).size() >= PER_MEETING) {
            day = calendar.firstAfter(group, day);
        }
        return day;
    }

    private Step step(Matter matter, Group group, LocalDate day, String stepKind, String itemKind, String title,
            String decisionKind, boolean decisionTaken, String decisionText, String outcome, Group next) {
        Step s = new Step(matter, group, day, stepKind, itemKind, title, decisionKind, decisionTaken, decisionText,
                outcome, next, new ArrayList<>());
        agenda.computeIfAbsent(group.slug(), g -> new LinkedHashMap<>()).computeIfAbsent(day, d -> new ArrayList<>()).add(s);
        return s;
    }

    /** The earlier step announces the later one, by month; now and then the plan says a month early. */
    private void announce(Step earlier, Group group, String stepKind, LocalDate when, String summary) {
        YearMonth month = YearMonth.from(when);
        if (rng.chance(0.2)) {
            month = month.minusMonths(1);
        }
        if (month.isAfter(YearMonth.from(earlier.date()))) {
            earlier.planned().add(new Step.Planned(group, stepKind, month, summary));
        }
    }

    private Matter add(Matter matter) {
        matters.add(matter);
        return matter;
    }

    private String slug(String base) {
        int n = slugs.merge(base, 1, Integer::sum);
        return n == 1 ? base : base + "-" + n;
    }

    private static String remissNames(List<Group> groups) {
        return String.join(", ", groups.stream().map(Group::shortLabel).toList());
    }

    private static String lower(String label) {
        return lower(label, false);
    }

    private static String lower(String label, boolean keep) {
        if (keep || label.length() < 2 || Character.isUpperCase(label.charAt(1))) {
            return label;
        }
        return Character.toLowerCase(label.charAt(0)) + label.substring(1);
    }

    private static String capital(String text) {
        return Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }
}
