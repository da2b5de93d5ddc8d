package se.samverkansgrafen.ingest;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.rdf.model.Literal;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;

/**
 * Turns a draft into RDF following data/README.md, so that a reviewed draft can become a
 * file in data/sources/ as it is: every fact cited (document, item or section, quote),
 * with the extractor's confidence and the line it came from; weak readings flagged
 * uncertain with their raw text.
 */
final class DraftWriter {

    private final Model m = ModelFactory.createDefaultModel();
    private final Draft draft;
    private final Resource source;
    private final String meetingSlug;
    private final Resource meeting;

    private DraftWriter(Draft draft) {
        this.draft = draft;
        String stem = draft.fileName().replaceFirst("\\.[^.]+$", "");
        this.source = m.createResource(Vocab.SOURCE + stem.replaceAll("[^A-Za-z0-9_\\-]", "_"));
        String groupSlug = draft.meeting().groups().get(0).iri().substring(Vocab.GROUP.length());
        this.meetingSlug = groupSlug + "-" + draft.meeting().date();
        this.meeting = m.createResource(Vocab.MEETING + meetingSlug);
        prefixes();
    }

    static Model toModel(Draft draft) {
        DraftWriter writer = new DraftWriter(draft);
        writer.write();
        return writer.m;
    }

    static String meetingIri(Draft draft) {
        return new DraftWriter(draft).meeting.getURI();
    }

    private void prefixes() {
        m.setNsPrefix("sg", Vocab.SG);
        m.setNsPrefix("id", Vocab.ID);
        m.setNsPrefix("person", Vocab.PERSON);
        m.setNsPrefix("orgn", Vocab.ID + "org/");
        m.setNsPrefix("grp", Vocab.GROUP);
        m.setNsPrefix("meeting", Vocab.MEETING);
        m.setNsPrefix("item", Vocab.ITEM);
        m.setNsPrefix("dec", Vocab.DECISION);
        m.setNsPrefix("att", Vocab.ATTENDANCE);
        m.setNsPrefix("mship", Vocab.MEMBERSHIP);
        m.setNsPrefix("src", Vocab.SOURCE);
        m.setNsPrefix("cand", Vocab.CANDIDATE);
        m.setNsPrefix("matter", Vocab.MATTER);
        m.setNsPrefix("step", Vocab.STEP);
        m.setNsPrefix("sk", Vocab.STEP_KIND);
        m.setNsPrefix("ss", Vocab.STEP_STATUS);
        m.setNsPrefix("doc", Vocab.DOCUMENT_KIND);
        m.setNsPrefix("gk", Vocab.GROUP_KIND);
        m.setNsPrefix("role", Vocab.ROLE);
        m.setNsPrefix("as", Vocab.STATUS);
        m.setNsPrefix("ik", Vocab.ITEM_KIND);
        m.setNsPrefix("dk", Vocab.DECISION_KIND);
        m.setNsPrefix("org", Vocab.ORG);
        m.setNsPrefix("foaf", Vocab.FOAF);
        m.setNsPrefix("skos", SKOS.getURI());
        m.setNsPrefix("dcterms", Vocab.DCTERMS);
        m.setNsPrefix("rdfs", RDFS.getURI());
        m.setNsPrefix("xsd", "http://www.w3.org/2001/XMLSchema#");
    }

    private Property sg(String local) {
        return m.createProperty(Vocab.SG + local);
    }

    private Property p(String iri) {
        return m.createProperty(iri);
    }

    private Literal sv(String text) {
        return m.createLiteral(text, "sv");
    }

    private Literal date(LocalDate date) {
        return m.createTypedLiteral(date.toString(), XSDDatatype.XSDdate);
    }

    private Literal confidence(double value) {
        return m.createTypedLiteral(BigDecimal.valueOf(value).setScale(2, RoundingMode.HALF_UP), XSDDatatype.XSDdecimal);
    }

    private void cite(Resource fact, String itemNumber, String section, String quote, int line, double confidence) {
        fact.addProperty(sg("citedIn"), source);
        if (itemNumber != null) {
            fact.addProperty(sg("citedItem"), item(itemNumber));
        }
        if (section != null) {
            fact.addProperty(sg("citedSection"), section);
        }
        if (quote != null && !quote.isBlank()) {
            fact.addProperty(sg("quote"), quote.strip());
        }
        if (line > 0) {
            fact.addLiteral(sg("sourceLine"), m.createTypedLiteral(line, XSDDatatype.XSDinteger));
        }
        fact.addLiteral(sg("confidence"), confidence(confidence));
    }

    private Resource item(String number) {
        return m.createResource(Vocab.ITEM + meetingSlug + "-" + number);
    }

    private void write() {
        Draft.Meeting dm = draft.meeting();
        source.addProperty(RDF.type, m.createResource(Vocab.SG + "SourceDocument"))
                .addProperty(sg("fileName"), draft.fileName())
                .addProperty(p(Vocab.DCTERMS + "title"), sv(dm.title() + " " + dm.date()))
                .addLiteral(sg("ocr"), m.createTypedLiteral(draft.ocr()))
                .addProperty(sg("recordsMeeting"), meeting)
                .addProperty(RDFS.comment, sv("Utkast från extraktorn: granskas innan det blir kurerade data."));

        for (Draft.Group g : dm.groups()) {
            meeting.addProperty(sg("heldBy"), m.createResource(g.iri()));
            if (!g.known()) {
                m.createResource(g.iri()).addProperty(RDF.type, m.createResource(Vocab.SG + "CollaborationGroup"))
                        .addProperty(SKOS.prefLabel, sv(g.label()))
                        .addProperty(sg("groupKind"), m.createResource(g.kindIri()))
                        .addProperty(sg("citedIn"), source)
                        .addLiteral(sg("sourceLine"), m.createTypedLiteral(g.line(), XSDDatatype.XSDinteger))
                        .addLiteral(sg("confidence"), confidence(g.confidence()));
            }
        }
        String groupLabel = dm.groups().get(0).label();
        meeting.addProperty(RDF.type, m.createResource(Vocab.SG + "Meeting"))
                .addProperty(SKOS.prefLabel, sv(groupLabel + ", möte " + dm.date()))
                .addProperty(sg("date"), date(dm.date()))
                .addProperty(sg("citedIn"), source)
                .addLiteral(sg("sourceLine"), m.createTypedLiteral(dm.dateLine(), XSDDatatype.XSDinteger));
        if (dm.dateInferredFrom() != null) {
            meeting.addProperty(sg("dateInferredFrom"), dm.dateInferredFrom());
        }
        if (dm.timeOfDay() != null) {
            meeting.addProperty(sg("timeOfDay"), dm.timeOfDay());
        }
        if (dm.place() != null) {
            meeting.addProperty(sg("place"), sv(dm.place()));
        }
        if (dm.approvedOn() != null) {
            meeting.addProperty(sg("approvedOn"), date(dm.approvedOn()));
        }
        for (Draft.Role role : dm.roles()) {
            String property = switch (role.roleIri().substring(Vocab.ROLE.length())) {
                case "ordforande" -> "chair";
                case "sekreterare" -> "secretary";
                case "justerare" -> "adjuster";
                default -> null;
            };
            if (property != null) {
                meeting.addProperty(sg(property), m.createResource(role.person().iri()));
            }
        }

        Set<String> declared = new HashSet<>();
        draft.participants().forEach(a -> declarePerson(a.person(), declared));
        draft.memberships().forEach(ms -> declarePerson(ms.person(), declared));
        draft.items().forEach(i -> i.presenters().forEach(pr -> declarePerson(pr, declared)));
        dm.roles().forEach(r -> declarePerson(r.person(), declared));
        draft.candidates().forEach(c -> declarePerson(c.written(), declared));

        for (Draft.Participant a : draft.participants()) {
            writeAttendance(a, declared);
        }
        for (Draft.Item item : draft.items()) {
            writeItem(item);
        }
        for (Draft.Decision d : draft.decisions()) {
            writeDecision(d);
        }
        for (Draft.Membership ms : draft.memberships()) {
            writeMembership(ms);
        }
        for (Draft.Candidate c : draft.candidates()) {
            String slugA = c.known().iri().substring(Vocab.PERSON.length());
            String slugB = c.written().iri().substring(Vocab.PERSON.length());
            m.createResource(Vocab.CANDIDATE + slugA + "--" + slugB)
                    .addProperty(RDF.type, m.createResource(Vocab.SG + "IdentityCandidate"))
                    .addProperty(RDFS.label, sv(c.known().name() + " / " + c.written().name()))
                    .addProperty(sg("candidatePerson"), m.createResource(c.known().iri()))
                    .addProperty(sg("candidatePerson"), m.createResource(c.written().iri()))
                    .addProperty(sg("evidence"), c.evidence())
                    .addProperty(sg("reviewStatus"), "open")
                    .addProperty(sg("citedIn"), source);
        }
        writeMatters();
        if (!draft.unplaced().isEmpty()) {
            source.addProperty(sg("uncertaintyNote"), "Kunde inte placeras: " + String.join(" | ", draft.unplaced()));
        }
    }

    private void writeMatters() {
        for (Draft.Matter matter : draft.matters()) {
            Resource r = m.createResource(matter.iri());
            r.addProperty(RDF.type, m.createResource(matter.typeIri()))
                    .addProperty(SKOS.prefLabel, sv(matter.label()));
            if (matter.documentKindIri() != null) {
                r.addProperty(sg("documentKind"), m.createResource(matter.documentKindIri()));
            }
            r.addProperty(RDFS.comment, sv("Nytt ärende föreslaget av extraktorn ur namnet i texten."));
            cite(r, null, null, matter.quote(), matter.line(), matter.confidence());
            if (matter.similarTo() != null) {
                r.addLiteral(sg("uncertain"), m.createTypedLiteral(true))
                        .addProperty(sg("rawText"), matter.quote())
                        .addProperty(sg("uncertaintyNote"), "Namnet liknar det kända ärendet <" + matter.similarTo()
                                + "> men inte tillräckligt för en säker länk; granska om det är samma ärende.");
            }
        }
        for (Draft.MatterLink link : draft.matterLinks()) {
            Resource matter = m.createResource(link.matterIri());
            matter.addProperty(sg("citedIn"), source).addProperty(sg("citedItem"), item(link.itemNumber()));
            item(link.itemNumber()).addProperty(sg("concerns"), matter);
            for (String suffix : link.decisionSuffixes()) {
                m.createResource(Vocab.DECISION + meetingSlug + "-" + link.itemNumber() + (suffix == null ? "" : "-" + suffix))
                        .addProperty(sg("concerns"), matter);
            }
        }
        Set<String> stepIris = new HashSet<>();
        java.util.Map<String, Integer> plannedCount = new java.util.HashMap<>();
        for (Draft.Step step : draft.steps()) {
            String matterSlug = step.matterIri().substring(step.matterIri().lastIndexOf('/') + 1);
            String base = Vocab.STEP + matterSlug + "-" + draft.meeting().date();
            String iri = step.planned() ? base + "-planned-" + plannedCount.merge(matterSlug, 1, Integer::sum) : base;
            if (!stepIris.add(iri)) {
                iri = base + "-" + step.itemNumber();
                stepIris.add(iri);
            }
            Resource r = m.createResource(iri);
            r.addProperty(RDF.type, m.createResource(Vocab.SG + "HandlingStep"))
                    .addProperty(sg("matter"), m.createResource(step.matterIri()))
                    .addProperty(sg("stepKind"), m.createResource(Vocab.STEP_KIND + step.stepKind()))
                    .addProperty(sg("stepStatus"), m.createResource(Vocab.STEP_STATUS + (step.planned() ? "planned" : "done")))
                    .addProperty(sg("sortDate"), date(step.sortDate()))
                    .addLiteral(sg("decisionTaken"), m.createTypedLiteral(step.decisionTaken()));
            if (step.planned()) {
                XSDDatatype type = step.period().length() == 10 ? XSDDatatype.XSDdate
                        : step.period().length() == 7 ? XSDDatatype.XSDgYearMonth : XSDDatatype.XSDgYear;
                r.addProperty(sg("plannedPeriod"), m.createTypedLiteral(step.period(), type));
            } else {
                r.addProperty(sg("meeting"), meeting)
                        .addProperty(sg("agendaItem"), item(step.itemNumber()))
                        .addProperty(sg("date"), date(step.sortDate()));
                for (Draft.Group g : draft.meeting().groups()) {
                    r.addProperty(sg("handledBy"), m.createResource(g.iri()));
                }
            }
            if (step.periodNote() != null) {
                r.addProperty(sg("dateInferredFrom"), step.periodNote());
            }
            if (step.decisionSlug() != null) {
                r.addProperty(sg("decision"), m.createResource(Vocab.DECISION + meetingSlug + "-" + step.decisionSlug()));
            }
            cite(r, step.itemNumber(), null, step.quote(), step.line(), step.confidence());
        }
    }

    private void declarePerson(Draft.Person person, Set<String> declared) {
        if (person.known() || !declared.add(person.iri())) {
            return;
        }
        m.createResource(person.iri()).addProperty(RDF.type, m.createResource(Vocab.FOAF + "Person"))
                .addProperty(p(Vocab.FOAF + "name"), person.name())
                .addProperty(sg("citedIn"), source);
    }

    private void writeAttendance(Draft.Participant a, Set<String> declared) {
        Resource att = m.createResource(Vocab.ATTENDANCE + meetingSlug + "-" + a.person().iri().substring(Vocab.PERSON.length()));
        att.addProperty(RDF.type, m.createResource(Vocab.SG + "Attendance"))
                .addProperty(sg("meeting"), meeting)
                .addProperty(sg("attendee"), m.createResource(a.person().iri()))
                .addProperty(sg("attendanceStatus"), m.createResource(Vocab.STATUS + a.statusIri()))
                .addProperty(sg("nameAsWritten"), a.nameAsWritten());
        for (String role : a.roleIris()) {
            att.addProperty(sg("meetingRole"), m.createResource(Vocab.ROLE + role));
        }
        if (a.orgIri() != null) {
            att.addProperty(sg("onBehalfOf"), m.createResource(a.orgIri()));
        }
        if (a.jobTitle() != null) {
            att.addProperty(sg("jobTitle"), sv(a.jobTitle()));
        }
        if (a.note() != null) {
            att.addProperty(sg("attendanceNote"), a.note());
        }
        if (a.substituteFor() != null && "substitute".equals(a.statusIri())) {
            att.addProperty(sg("substituteFor"), m.createResource(a.substituteFor().iri()));
        }
        if (a.person().evidence() != null && a.person().known() && !a.nameAsWritten().equals(a.person().name())) {
            att.addProperty(RDFS.comment, sv("Identifierad som " + a.person().name() + ": " + a.person().evidence() + "."));
        }
        cite(att, a.itemNumber(), a.itemNumber() == null ? a.section() : null, a.quote(), a.line(), a.confidence());
        if (a.uncertaintyNote() != null) {
            att.addLiteral(sg("uncertain"), m.createTypedLiteral(true))
                    .addProperty(sg("rawText"), a.quote() == null ? a.nameAsWritten() : a.quote())
                    .addProperty(sg("uncertaintyNote"), a.uncertaintyNote());
        }
    }

    private void writeItem(Draft.Item item) {
        Resource r = item(item.number());
        r.addProperty(RDF.type, m.createResource(Vocab.SG + "AgendaItem"))
                .addProperty(sg("meeting"), meeting)
                .addProperty(sg("itemNumber"), item.number())
                .addLiteral(sg("itemOrder"), m.createTypedLiteral(item.order(), XSDDatatype.XSDinteger))
                .addProperty(p(Vocab.DCTERMS + "title"), sv(item.title()))
                .addProperty(sg("itemKind"), m.createResource(item.kindIri()));
        for (Draft.Person presenter : item.presenters()) {
            r.addProperty(sg("presenter"), m.createResource(presenter.iri()));
        }
        cite(r, null, null, item.quote(), item.line(), item.confidence());
        if (item.confidence() < 0.7) {
            r.addLiteral(sg("uncertain"), m.createTypedLiteral(true))
                    .addProperty(sg("rawText"), item.quote())
                    .addProperty(sg("uncertaintyNote"), "Rubriken saknar nummer i källan; numret är punktens plats i ordningen.");
        }
    }

    private void writeDecision(Draft.Decision d) {
        String slug = meetingSlug + "-" + d.itemNumber() + (d.suffix() == null ? "" : "-" + d.suffix());
        Resource r = m.createResource(Vocab.DECISION + slug);
        r.addProperty(RDF.type, m.createResource(Vocab.SG + "Decision"))
                .addProperty(sg("meeting"), meeting)
                .addProperty(sg("agendaItem"), item(d.itemNumber()))
                .addProperty(sg("decisionKind"), m.createResource(d.kindIri()))
                .addProperty(sg("decisionText"), sv(d.text()));
        for (Draft.Group g : draft.meeting().groups()) {
            r.addProperty(sg("decidedBy"), m.createResource(g.iri()));
        }
        cite(r, d.itemNumber(), null, d.text(), d.line(), d.confidence());
    }

    private void writeMembership(Draft.Membership ms) {
        String role = ms.roleIri().substring(Vocab.ROLE.length());
        String slug = ms.groupIri().substring(Vocab.GROUP.length()) + "-" + ms.person().iri().substring(Vocab.PERSON.length())
                + "-" + role + (ms.start() != null ? "-" + ms.start().getYear() : "");
        Resource r = m.createResource(Vocab.MEMBERSHIP + slug);
        r.addProperty(RDF.type, m.createResource(Vocab.ORG + "Membership"))
                .addProperty(p(Vocab.ORG + "member"), m.createResource(ms.person().iri()))
                .addProperty(p(Vocab.ORG + "organization"), m.createResource(ms.groupIri()))
                .addProperty(p(Vocab.ORG + "role"), m.createResource(ms.roleIri()))
                .addProperty(sg("nameAsWritten"), ms.nameAsWritten());
        if (ms.orgIri() != null) {
            r.addProperty(sg("onBehalfOf"), m.createResource(ms.orgIri()));
        }
        if (ms.start() != null) {
            r.addProperty(sg("startDate"), date(ms.start())).addProperty(sg("endDate"), date(ms.end()));
        } else {
            r.addProperty(sg("statedOn"), date(draft.meeting().date()));
        }
        cite(r, ms.itemNumber(), ms.itemNumber() == null ? ms.section() : null, ms.quote(), ms.line(), ms.confidence());
    }

    /** The people a draft introduces (not yet in the graph). */
    static List<Draft.Person> newPeople(Draft draft) {
        Set<String> seen = new HashSet<>();
        return java.util.stream.Stream.of(
                        draft.participants().stream().map(Draft.Participant::person),
                        draft.memberships().stream().map(Draft.Membership::person),
                        draft.items().stream().flatMap(i -> i.presenters().stream()))
                .flatMap(s -> s).filter(p -> !p.known() && seen.add(p.iri())).toList();
    }
}
