package se.samverkansgrafen.ingest;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.Statement;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.SKOS;

/**
 * {@code ./mvnw -q compile exec:java@evaluate}: runs the extractor on every seed text in
 * minutes/ and compares each draft with the curated data/sources file of the same
 * document as the gold standard. Leave-one-out: the gazetteer for a seed never contains
 * that seed's own file, the people only it names, or the spellings it alone gave the
 * reference data (any person's altLabel that occurs in the seed's text, and any matter's
 * altLabel that occurs in this seed's text and in no other seed's). Matters only this seed
 * names are therefore unknown to its gazetteer and must be proposed as new.
 */
public final class Evaluation {

    static final List<String> CATEGORIES = List.of("attendance", "roles", "items", "decisions", "memberships", "identity",
            "matters", "steps");
    /** A proposed matter counts for a gold matter new to the seed when their names are at least this similar. */
    static final double SIMILAR_LABEL = 0.5;
    private static final List<String> MATTER_CLASSES = List.of(Vocab.SG + "Matter", Vocab.SG + "GoverningDocument", Vocab.SG + "Assignment",
            Vocab.SG + "Project");
    private static final String SG = Vocab.SG;

    /** True positives, false positives and false negatives of one category. */
    public record Counts(int tp, int fp, int fn) {
        Counts plus(Counts o) {
            return new Counts(tp + o.tp, fp + o.fp, fn + o.fn);
        }

        public double precision() {
            return tp + fp == 0 ? 1 : (double) tp / (tp + fp);
        }

        public double recall() {
            return tp + fn == 0 ? 1 : (double) tp / (tp + fn);
        }

        public double f1() {
            double p = precision();
            double r = recall();
            return p + r == 0 ? 0 : 2 * p * r / (p + r);
        }
    }

    /** Counts per document and category, and the drafts, for the printed table and the tests. */
    public record Report(Map<String, Map<String, Counts>> perDocument, Map<String, Model> drafts,
            Map<String, Model> gazetteers, long extractionNanos, int pages) {

        public Counts total(String category) {
            return perDocument.values().stream().map(m -> m.get(category)).reduce(new Counts(0, 0, 0), Counts::plus);
        }
    }

    public static void main(String[] args) {
        Path root = Path.of(System.getProperty("samverkan.data.root", "")).toAbsolutePath();
        Report report = evaluate(root);
        System.out.print(table(report));
    }

    /** Extracts every seed in minutes/ with a leave-one-out gazetteer and scores it against its gold file. */
    public static Report evaluate(Path root) {
        Map<String, Map<String, Counts>> perDocument = new LinkedHashMap<>();
        Map<String, Model> drafts = new LinkedHashMap<>();
        Map<String, Model> gazetteers = new LinkedHashMap<>();
        Model everything = Gazetteer.loadModel(root, p -> true);
        Gazetteer full = new Gazetteer(everything);
        long nanos = 0;
        int pages = 0;
        Map<Path, String> contents = new LinkedHashMap<>();
        seeds(root).forEach(seed -> contents.put(seed, read(seed)));
        for (Path seed : seeds(root)) {
            String stem = seed.getFileName().toString().replaceFirst("\\.[^.]+$", "");
            String sourceIri = Vocab.SOURCE + stem;
            Path goldFile = goldFile(root, sourceIri);
            String content = contents.get(seed);
            List<String> others = contents.entrySet().stream().filter(e -> !e.getKey().equals(seed)).map(Map.Entry::getValue).toList();
            Model gazetteerModel = leaveOneOut(root, goldFile, sourceIri, content, others);
            MinutesText text = new MinutesReader().read(seed.getFileName().toString(), content.getBytes(StandardCharsets.UTF_8));
            long start = System.nanoTime();
            Draft draft;
            try {
                draft = new MinutesExtractor(new Gazetteer(gazetteerModel)).extract(text);
            } catch (IngestException e) {
                throw new IllegalStateException("seed refused: " + e.getMessage(), e);
            }
            Model draftModel = DraftWriter.toModel(draft);
            nanos += System.nanoTime() - start;
            pages += text.pageCount();
            Model gold = RDFDataMgr.loadModel(goldFile.toString());
            Map<String, Counts> counts = new LinkedHashMap<>();
            Model draftWorld = ModelFactory.createUnion(draftModel, gazetteerModel);
            Model goldWorld = ModelFactory.createUnion(gold, everything);
            counts.put("attendance", compare(attendance(gold, full), attendance(draftModel, full)));
            counts.put("roles", compare(roles(gold), roles(draftModel)));
            counts.put("items", compareItems(items(gold), items(draftModel)));
            counts.put("decisions", compare(decisions(gold), decisions(draftModel)));
            counts.put("memberships", compare(memberships(gold), memberships(draftModel)));
            counts.put("identity", compare(identity(gold, goldWorld, everything, gazetteerModel),
                    identity(draftModel, draftWorld, draftModel, gazetteerModel)));
            MatterScore matterScore = scoreMatters(gold, goldWorld, draftModel, gazetteerModel, full);
            counts.put("matters", matterScore.counts());
            counts.put("steps", compare(steps(gold, Map.of()), steps(draftModel, matterScore.mapping())));
            if (Boolean.getBoolean("evaluation.debug")) {
                System.out.println("== " + stem);
                System.out.println("items gold  " + new java.util.TreeMap<>(items(gold)));
                System.out.println("items draft " + new java.util.TreeMap<>(items(draftModel)));
                System.out.println("att gold-only  " + minus(attendance(gold, full), attendance(draftModel, full)));
                System.out.println("att draft-only " + minus(attendance(draftModel, full), attendance(gold, full)));
                System.out.println("dec gold  " + decisions(gold).stream().sorted().toList());
                System.out.println("dec draft " + decisions(draftModel).stream().sorted().toList());
                System.out.println("mship gold-only  " + minus(memberships(gold), memberships(draftModel)));
                System.out.println("mship draft-only " + minus(memberships(draftModel), memberships(gold)));
                System.out.println("id gold-only  " + minus(identity(gold, goldWorld, everything, gazetteerModel), identity(draftModel, draftWorld, draftModel, gazetteerModel)));
                System.out.println("matters gold-only  " + matterScore.goldOnly());
                System.out.println("matters draft-only " + matterScore.draftOnly());
                System.out.println("steps gold-only  " + minus(steps(gold, Map.of()), steps(draftModel, matterScore.mapping())));
                System.out.println("steps draft-only " + minus(steps(draftModel, matterScore.mapping()), steps(gold, Map.of())));
                System.out.println("id draft-only " + minus(identity(draftModel, draftWorld, draftModel, gazetteerModel), identity(gold, goldWorld, everything, gazetteerModel)));
            }
            perDocument.put(stem, counts);
            drafts.put(stem, draftModel);
            gazetteers.put(stem, gazetteerModel);
        }
        return new Report(perDocument, drafts, gazetteers, nanos, pages);
    }

    static List<Path> seeds(Path root) {
        try (Stream<Path> files = Files.list(root.resolve("minutes"))) {
            return files.filter(f -> f.toString().endsWith(".txt")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The data/sources file that describes the given source document. */
    static Path goldFile(Path root, String sourceIri) {
        try (Stream<Path> files = Files.list(root.resolve("data/sources"))) {
            return files.filter(f -> f.toString().endsWith(".ttl")).sorted()
                    .filter(f -> {
                        Model m = RDFDataMgr.loadModel(f.toString());
                        return m.contains(m.createResource(sourceIri), RDF.type, m.createResource(SG + "SourceDocument"));
                    }).findFirst().orElseThrow(() -> new IllegalStateException("no gold file for " + sourceIri));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * ontology/, data/reference/ and the other sources, without the people only this
     * document names, identity candidates about them, and person spellings found in its text.
     */
    static Model leaveOneOut(Path root, Path goldFile, String sourceIri, String content, List<String> otherSeeds) {
        Model model = Gazetteer.loadModel(root, p -> !p.toAbsolutePath().equals(goldFile.toAbsolutePath()));
        Resource source = model.createResource(sourceIri);
        Set<Resource> onlyHere = new HashSet<>();
        model.listResourcesWithProperty(RDF.type, model.createResource(Vocab.FOAF + "Person")).forEachRemaining(p -> {
            List<RDFNode> cited = p.listProperties(model.createProperty(SG + "citedIn")).mapWith(Statement::getObject).toList();
            if (!cited.isEmpty() && cited.stream().allMatch(source::equals)) {
                onlyHere.add(p);
            }
        });
        for (Resource person : onlyHere) {
            model.listResourcesWithProperty(model.createProperty(SG + "candidatePerson"), person).toList()
                    .forEach(c -> model.removeAll(c, null, null));
            model.removeAll(person, null, null);
        }
        String folded = Names.fold(content);
        List<Statement> spellings = model.listStatements(null, SKOS.altLabel, (RDFNode) null).toList().stream()
                .filter(s -> model.contains(s.getSubject(), RDF.type, model.createResource(Vocab.FOAF + "Person")))
                .filter(s -> folded.contains(Names.fold(s.getString()))).toList();
        model.remove(spellings);
        List<String> foldedOthers = otherSeeds.stream().map(Names::fold).toList();
        List<Statement> matterSpellings = model.listStatements(null, SKOS.altLabel, (RDFNode) null).toList().stream()
                .filter(s -> MATTER_CLASSES.stream().anyMatch(c -> model.contains(s.getSubject(), RDF.type, model.createResource(c))))
                .filter(s -> folded.contains(Names.fold(s.getString())))
                .filter(s -> foldedOthers.stream().noneMatch(o -> o.contains(Names.fold(s.getString())))).toList();
        model.remove(matterSpellings);
        return model;
    }

    // ------------------------------------------------------------------ keys

    private static List<Resource> instances(Model m, String cls) {
        return m.listResourcesWithProperty(RDF.type, m.createResource(cls)).toList();
    }

    private static String uri(Resource r, String property) {
        Statement s = r.getProperty(r.getModel().createProperty(property));
        return s == null || !s.getObject().isURIResource() ? null : s.getResource().getURI();
    }

    private static String string(Resource r, String property) {
        Statement s = r.getProperty(r.getModel().createProperty(property));
        return s == null ? null : s.getString();
    }

    /** person + principal organisation (units rolled up to their region or municipality) + status. */
    static List<String> attendance(Model m, Gazetteer gazetteer) {
        List<String> keys = new ArrayList<>();
        for (Resource a : instances(m, SG + "Attendance")) {
            String org = uri(a, SG + "onBehalfOf");
            keys.add(uri(a, SG + "attendee") + " " + (org == null ? "-" : gazetteer.principal(org)) + " "
                    + uri(a, SG + "attendanceStatus"));
        }
        return keys;
    }

    /** chair, secretary and justerare: on the meeting or as a role at the meeting. */
    static List<String> roles(Model m) {
        Set<String> keys = new HashSet<>();
        Map<String, String> byProperty = Map.of("chair", "ordforande", "secretary", "sekreterare", "adjuster", "justerare");
        for (Resource meeting : instances(m, SG + "Meeting")) {
            byProperty.forEach((property, role) -> meeting.listProperties(m.createProperty(SG + property))
                    .forEachRemaining(s -> keys.add(role + " " + s.getResource().getURI())));
        }
        for (Resource a : instances(m, SG + "Attendance")) {
            a.listProperties(m.createProperty(SG + "meetingRole")).forEachRemaining(s -> {
                String role = s.getResource().getURI().substring(Vocab.ROLE.length());
                if (byProperty.containsValue(role)) {
                    keys.add(role + " " + uri(a, SG + "attendee"));
                }
            });
        }
        return new ArrayList<>(keys);
    }

    /** number and title. */
    static Map<String, String> items(Model m) {
        Map<String, String> items = new HashMap<>();
        for (Resource item : instances(m, SG + "AgendaItem")) {
            items.put(string(item, SG + "itemNumber"), string(item, Vocab.DCTERMS + "title"));
        }
        return items;
    }

    /** item number and decision kind (one key per decision). */
    static List<String> decisions(Model m) {
        List<String> keys = new ArrayList<>();
        for (Resource d : instances(m, SG + "Decision")) {
            Resource item = d.getPropertyResourceValue(m.createProperty(SG + "agendaItem"));
            Statement number = item == null ? null : item.getProperty(m.createProperty(SG + "itemNumber"));
            String n = number != null ? number.getString() : item == null ? "?" : item.getURI().replaceAll(".*-", "");
            keys.add(n + " " + uri(d, SG + "decisionKind"));
        }
        return keys;
    }

    /** person, group and role. */
    static List<String> memberships(Model m) {
        Set<String> keys = new HashSet<>();
        for (Resource ms : instances(m, Vocab.ORG + "Membership")) {
            keys.add(uri(ms, Vocab.ORG + "member") + " " + uri(ms, Vocab.ORG + "organization") + " " + uri(ms, Vocab.ORG + "role"));
        }
        return new ArrayList<>(keys);
    }

    /**
     * The identity decisions: a written name linked to a person whose canonical name is
     * spelled otherwise, and identity candidates about people this document names for the
     * first time (not in the leave-one-out gazetteer).
     */
    static List<String> identity(Model facts, Model world, Model candidates, Model gazetteer) {
        Set<String> keys = new HashSet<>();
        for (String cls : List.of(SG + "Attendance", Vocab.ORG + "Membership")) {
            for (Resource r : instances(facts, cls)) {
                String person = uri(r, cls.endsWith("Attendance") ? SG + "attendee" : Vocab.ORG + "member");
                String written = string(r, SG + "nameAsWritten");
                Statement name = world.createResource(person).getProperty(world.createProperty(Vocab.FOAF + "name"));
                if (written != null && name != null && !Names.compact(written).equals(Names.compact(name.getString()))) {
                    keys.add("same " + Names.compact(written) + " " + person);
                }
            }
        }
        Set<String> people = new HashSet<>();
        instances(facts, SG + "Attendance").forEach(a -> people.add(uri(a, SG + "attendee")));
        for (Resource c : instances(candidates, SG + "IdentityCandidate")) {
            List<String> pair = c.listProperties(candidates.createProperty(SG + "candidatePerson"))
                    .mapWith(s -> s.getResource().getURI()).toList().stream().sorted().toList();
            // a candidate is this document's to find when it names one of the pair for the first time
            boolean newHere = pair.stream().anyMatch(p -> people.contains(p)
                    && !gazetteer.contains(gazetteer.createResource(p), RDF.type, gazetteer.createResource(Vocab.FOAF + "Person")));
            if (newHere) {
                keys.add("candidate " + String.join(" ", pair));
            }
        }
        return new ArrayList<>(keys);
    }

    /** Item number and matter for every item, decision or step of the item that concerns the matter. */
    static Set<String> matterLinks(Model m) {
        Set<String> links = new HashSet<>();
        for (Resource item : instances(m, SG + "AgendaItem")) {
            String n = string(item, SG + "itemNumber");
            item.listProperties(m.createProperty(SG + "concerns")).forEachRemaining(s -> links.add(n + " " + s.getResource().getURI()));
        }
        for (Resource d : instances(m, SG + "Decision")) {
            Resource item = d.getPropertyResourceValue(m.createProperty(SG + "agendaItem"));
            String n = item == null ? null : string(item, SG + "itemNumber");
            if (n != null) {
                d.listProperties(m.createProperty(SG + "concerns")).forEachRemaining(s -> links.add(n + " " + s.getResource().getURI()));
            }
        }
        for (Resource step : instances(m, SG + "HandlingStep")) {
            String matter = uri(step, SG + "matter");
            List<Resource> items = new ArrayList<>();
            step.listProperties(m.createProperty(SG + "agendaItem")).forEachRemaining(s -> items.add(s.getResource()));
            step.listProperties(m.createProperty(SG + "citedItem")).forEachRemaining(s -> items.add(s.getResource()));
            for (Resource item : items) {
                String n = string(item, SG + "itemNumber");
                if (n != null && matter != null) {
                    links.add(n + " " + matter);
                }
            }
        }
        return links;
    }

    /** The matter links scored, and which gold matter each proposed matter was taken to be. */
    record MatterScore(Counts counts, Map<String, String> mapping, List<String> goldOnly, List<String> draftOnly) {
    }

    /**
     * A link to a known matter counts when the gold item concerns that matter; a link to a
     * proposed matter counts when the gold item concerns a matter the seed's gazetteer does
     * not know and whose name is similar (at least {@link #SIMILAR_LABEL}).
     */
    static MatterScore scoreMatters(Model gold, Model goldWorld, Model draft, Model gazetteer, Gazetteer names) {
        Set<String> goldLinks = matterLinks(gold);
        Set<String> open = new HashSet<>(goldLinks);
        Map<String, String> mapping = new HashMap<>();
        List<String> draftOnly = new ArrayList<>();
        int tp = 0;
        int fp = 0;
        List<String> draftLinks = matterLinks(draft).stream().sorted().toList();
        for (String link : draftLinks) {
            String n = link.substring(0, link.indexOf(' '));
            String matter = link.substring(link.indexOf(' ') + 1);
            if (knownMatter(gazetteer, matter)) {
                if (open.remove(link)) {
                    tp++;
                } else {
                    fp++;
                    draftOnly.add(link);
                }
                continue;
            }
            String label = draft.createResource(matter).getProperty(SKOS.prefLabel).getString();
            String match = open.stream().filter(g -> g.startsWith(n + " "))
                    .map(g -> g.substring(g.indexOf(' ') + 1))
                    .filter(g -> !knownMatter(gazetteer, g))
                    .filter(g -> mapping.getOrDefault(matter, g).equals(g))
                    .filter(g -> labelSimilarity(label, goldWorld.createResource(g), names) >= SIMILAR_LABEL)
                    .sorted().findFirst().orElse(null);
            if (match != null) {
                open.remove(n + " " + match);
                mapping.put(matter, match);
                tp++;
            } else {
                fp++;
                draftOnly.add(link + " \"" + label + "\"");
            }
        }
        List<String> goldOnly = open.stream().sorted().toList();
        return new MatterScore(new Counts(tp, fp, open.size()), mapping,
                goldOnly.stream().map(k -> k.replace(Vocab.MATTER, "")).toList(),
                draftOnly.stream().map(k -> k.replace(Vocab.MATTER, "")).toList());
    }

    private static boolean knownMatter(Model gazetteer, String iri) {
        Resource r = gazetteer.createResource(iri);
        return MATTER_CLASSES.stream().anyMatch(c -> gazetteer.contains(r, RDF.type, gazetteer.createResource(c)));
    }

    /** The best similarity of a proposed name to any of the gold matter's labels. */
    static double labelSimilarity(String label, Resource goldMatter, Gazetteer names) {
        List<String> parts = MatterTerms.parts(Names.words(label), names::isPlaceWord);
        double best = 0;
        for (String property : List.of(SKOS.prefLabel.getURI(), SKOS.altLabel.getURI())) {
            for (Statement s : goldMatter.listProperties(goldMatter.getModel().createProperty(property)).toList()) {
                best = Math.max(best, MatterTerms.similarity(parts,
                        MatterTerms.parts(Names.words(s.getString()), names::isPlaceWord)));
            }
        }
        return best;
    }

    /**
     * Matter, meeting and step kind of every handling step, with its status: done at this
     * meeting, done elsewhere, or planned. Proposed matters are read as the gold matter they matched.
     */
    static List<String> steps(Model m, Map<String, String> mapping) {
        List<String> keys = new ArrayList<>();
        for (Resource step : instances(m, SG + "HandlingStep")) {
            String matter = uri(step, SG + "matter");
            String status = uri(step, SG + "stepStatus");
            String where = status != null && status.endsWith("/planned") ? "planned"
                    : step.hasProperty(m.createProperty(SG + "meeting")) ? "this-meeting" : "elsewhere";
            keys.add(mapping.getOrDefault(matter, matter) + " " + where + " " + uri(step, SG + "stepKind"));
        }
        return keys;
    }

    // ------------------------------------------------------------------ scoring

    private static List<String> minus(List<String> a, List<String> b) {
        List<String> rest = new ArrayList<>(a);
        b.forEach(rest::remove);
        return rest.stream().map(k -> k.replace(Vocab.ID, "").replace("https://w3id.org/samverkan/def/", "")).sorted().toList();
    }

    /** Multiset comparison. */
    static Counts compare(List<String> gold, List<String> draft) {
        Map<String, Integer> remaining = new HashMap<>();
        gold.forEach(k -> remaining.merge(k, 1, Integer::sum));
        int tp = 0;
        int fp = 0;
        for (String key : draft) {
            Integer left = remaining.get(key);
            if (left != null && left > 0) {
                remaining.put(key, left - 1);
                tp++;
            } else {
                fp++;
            }
        }
        return new Counts(tp, fp, gold.size() - tp);
    }

    /**
     * Items match on their number and a title that is the same after folding case,
     * diacritics and punctuation, allowing OCR slips (similarity at least 0.8).
     */
    static Counts compareItems(Map<String, String> gold, Map<String, String> draft) {
        int tp = 0;
        for (Map.Entry<String, String> e : draft.entrySet()) {
            String goldTitle = gold.get(e.getKey());
            if (goldTitle != null && sameTitle(goldTitle, e.getValue())) {
                tp++;
            }
        }
        return new Counts(tp, draft.size() - tp, gold.size() - tp);
    }

    static boolean sameTitle(String a, String b) {
        String x = Names.words(a.replace('–', '-'));
        String y = Names.words(b.replace('–', '-'));
        return Names.similarity(x, y) >= 0.8;
    }

    // ------------------------------------------------------------------ table

    static String table(Report report) {
        StringBuilder s = new StringBuilder();
        s.append(String.format("%-22s %-12s %5s %5s %5s %6s %6s %6s%n", "document", "category", "tp", "fp", "fn", "P", "R", "F1"));
        for (Map.Entry<String, Map<String, Counts>> doc : report.perDocument().entrySet()) {
            for (String category : CATEGORIES) {
                Counts c = doc.getValue().get(category);
                s.append(row(doc.getKey(), category, c));
            }
        }
        for (String category : CATEGORIES) {
            s.append(row("TOTAL", category, report.total(category)));
        }
        double seconds = report.extractionNanos() / 1e9;
        s.append(String.format("extraction incl. building each leave-one-out gazetteer: %d documents in %.2f s (pages/s: exec:java@ingest-benchmark)%n", report.perDocument().size(), seconds));
        return s.toString();
    }

    private static String row(String doc, String category, Counts c) {
        return String.format("%-22s %-12s %5d %5d %5d %6.3f %6.3f %6.3f%n", doc, category, c.tp(), c.fp(), c.fn(),
                c.precision(), c.recall(), c.f1());
    }
}
