package se.samverkansgrafen.synth;

import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.Set;

import org.apache.jena.graph.Node;

/**
 * A region's synthetic reference files, as data/reference has them: its groups with kind
 * and structure, its people with the spellings the minutes used and the identity
 * candidates awaiting review, and its matters.
 */
final class ReferenceFiles {

    private static final Node PREF_LABEL = Iris.uri(Iris.SKOS, "prefLabel");
    private static final Node ALT_LABEL = Iris.uri(Iris.SKOS, "altLabel");
    private static final Node DESCRIPTION = Iris.uri(Iris.DCTERMS, "description");
    private static final Node LABEL = Iris.uri(Iris.RDFS, "label");

    private final RegionModel model;
    private final Counts counts;

    ReferenceFiles(RegionModel model, Counts counts) {
        this.model = model;
        this.counts = counts;
    }

    void writeGroups(Path file) {
        try (TurtleFile out = new TurtleFile(file, header("collaboration groups"))) {
            for (Group g : model.structure.groups()) {
                var s = out.about(Iris.id("group", g.slug())).a(Iris.sg("CollaborationGroup"))
                        .sv(PREF_LABEL, g.label());
                if (!g.shortLabel().equals(g.label())) {
                    s.sv(ALT_LABEL, g.shortLabel());
                }
                s.sg("groupKind", Iris.concept("group-kind", g.kind()))
                        .sg("hostedBy", Iris.uri("", model.region.iri()));
                Set<String> orgs = new LinkedHashSet<>();
                g.seats().forEach(seat -> orgs.add(seat.post().org()));
                orgs.forEach(o -> s.sg("participatingOrganization", Iris.uri("", o)));
                if (g.partOf() != null) {
                    s.add(Iris.uri(Iris.ORG, "subOrganizationOf"), Iris.id("group", g.partOf().slug()));
                }
                if (g.reportsTo() != null) {
                    s.sg("reportsTo", Iris.id("group", g.reportsTo().slug()));
                }
                if (g.area() != null) {
                    s.sv(Iris.sg("area"), g.area());
                }
                s.sv(DESCRIPTION, "Syntetisk grupp skapad av generatorn (frö " + model.seed + ").");
                s.sg("citedIn", Iris.id("source", g.slug() + "-" + model.calendar.dates(g).getFirst()));
                counts.groups++;
            }
            counts.triples += out.triples();
        }
        counts.files++;
    }

    void writePeople(Path file) {
        try (TurtleFile out = new TurtleFile(file, header("people and identity candidates"))) {
            for (Person p : model.staffing.people()) {
                if (p.firstSource() == null) {
                    continue;
                }
                var s = out.about(Iris.id("person", p.slug())).a(Iris.uri(Iris.FOAF, "Person"))
                        .text(Iris.uri(Iris.FOAF, "name"), p.name());
                p.variants().forEach(v -> s.text(ALT_LABEL, v));
                p.evidence().forEach(e -> s.text(Iris.sg("evidence"), e));
                s.sg("citedIn", Iris.id("source", p.firstSource()));
                counts.people++;
            }
            for (Person d : model.duplicates.values()) {
                if (d == null || d.firstSource() == null || d.mayBe().firstSource() == null) {
                    continue;
                }
                Person p = d.mayBe();
                String slug = p.slug() + "--" + d.slug().substring(model.structure.prefix().length());
                out.about(Iris.id("candidate", slug)).a(Iris.sg("IdentityCandidate"))
                        .sv(LABEL, p.name() + " / " + d.name())
                        .sg("candidatePerson", Iris.id("person", p.slug()))
                        .sg("candidatePerson", Iris.id("person", d.slug()))
                        .text(Iris.sg("evidence"), "För: namnen skiljer sig bara lite (\"" + p.name() + "\" / \""
                                + d.name() + "\"), och " + d.name() + " förekommer i en grupp där " + p.name() + " sitter.")
                        .text(Iris.sg("evidence"), "Emot: båda namnen är vanliga och står läsbart i källan ("
                                + d.firstSource() + "); ingen organisation bekräftar att det är samma person.")
                        .text(Iris.sg("reviewStatus"), "open");
                counts.candidates++;
            }
            counts.triples += out.triples();
        }
        counts.files++;
    }

    void writeMatters(Path file) {
        try (TurtleFile out = new TurtleFile(file, header("matters"))) {
            for (Matter m : model.matters.matters()) {
                if (m.firstSource == null) {
                    continue;
                }
                var s = out.about(Iris.id("matter", m.slug)).a(Iris.sg(m.type.name())).sv(PREF_LABEL, m.label);
                switch (m.type) {
                    case GoverningDocument -> {
                        s.sg("documentKind", Iris.concept("document-kind", m.documentKind));
                        if (m.revisionOf != null && m.revisionOf.firstSource != null) {
                            s.sg("revisionOf", Iris.id("matter", m.revisionOf.slug));
                        }
                        if (m.validFrom != null) {
                            s.date(Iris.sg("validFrom"), m.validFrom);
                            if (m.validUntil != null) {
                                s.date(Iris.sg("validUntil"), m.validUntil);
                            }
                            s.sg("party", Iris.uri("", model.region.iri()));
                            model.region.municipalities().forEach(mu -> s.sg("party", Iris.uri("", mu.iri())));
                        }
                    }
                    case Assignment -> {
                        s.sg("assignedBy", Iris.id("group", m.assignedBy.slug()))
                                .sg("assignedTo", Iris.id("group", m.assignedTo.slug()))
                                .sg("reportsBackTo", Iris.id("group", m.reportsBackTo.slug()))
                                .date(Iris.sg("dueDate"), m.dueDate)
                                .sg("partOfMatter", Iris.id("matter", m.concerns.slug));
                    }
                    case Project -> {
                        if (m.startDate != null) {
                            s.date(Iris.sg("startDate"), m.startDate).date(Iris.sg("endDate"), m.endDate);
                        }
                    }
                }
                s.sv(DESCRIPTION, "Syntetiskt ärende skapat av generatorn (frö " + model.seed + ").");
                s.sg("citedIn", Iris.id("source", m.firstSource));
                counts.matters++;
            }
            counts.triples += out.triples();
        }
        counts.files++;
    }

    private String header(String what) {
        return """
                SYNTHETIC DATA, not curated facts: generated by se.samverkansgrafen.synth (seed %d).
                Invented %s of %s, %d–%d.""".formatted(model.seed, what, model.region.label(), model.firstYear,
                model.lastYear);
    }
}
