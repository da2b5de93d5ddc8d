package se.samverkansgrafen.ingest;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Stream;

import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.Statement;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFLanguages;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.SKOS;

/**
 * What the graph already knows, as a gazetteer for extraction: people with their name
 * variants and the organisations they have represented, organisations with their labels
 * (municipalities also by their bare name), collaboration groups and the group kinds.
 * Built from the curated RDF, never from lists in the code.
 */
final class Gazetteer {

    /** Something known, under all its labels. */
    record Known(String iri, String name, List<String> labels) {
    }

    /** A known person and the principal organisations the graph has them representing. */
    record KnownPerson(String iri, String name, List<String> labels, Set<String> principals) {
    }

    /** A resolved organisation, how sure (0-1) and whether by an exact label. */
    record OrgMatch(String iri, double score, boolean exact) {
    }

    /** A known matter: its class (sg:Matter or a subclass), document kind if any, and labels. */
    record KnownMatter(String iri, String name, List<String> labels, String typeIri, String documentKindIri) {
    }

    enum Certainty { SURE, CANDIDATE }

    /** A person the name resolved to: sure (the same person) or only a candidate for review. */
    record PersonMatch(KnownPerson person, Certainty certainty, double score, String evidence) {
    }

    private final Model model;
    private final Map<String, KnownPerson> people = new LinkedHashMap<>();
    private final Map<String, Known> organisations = new LinkedHashMap<>();
    private final Map<String, String> orgKeys = new HashMap<>();
    /** Labels as the graph states them (folded), the only ones read fuzzily; orgKeys adds derived forms. */
    private final Map<String, String> statedOrgKeys = new HashMap<>();
    /** Labels with their diacritics kept: "Håbo kommun" and "Habo kommun" fold to one key. */
    private final Map<String, String> writtenOrgKeys = new HashMap<>();
    private final Map<String, String> parentOf = new HashMap<>();
    private final Map<String, Known> groups = new LinkedHashMap<>();
    private final Map<String, String> groupKindOf = new HashMap<>();
    private final Map<String, String> groupParentOf = new HashMap<>();
    private final Map<String, String> groupKinds = new LinkedHashMap<>();
    private final Map<String, KnownMatter> matters = new LinkedHashMap<>();
    private final Set<String> regionSlugs = new LinkedHashSet<>();

    Gazetteer(Model model) {
        this.model = model;
        readOrganisations();
        readPeople();
        readGroups();
        readMatters();
    }

    /** Every RDF file under ontology/ and data/ of the root that the filter accepts. */
    static Model loadModel(Path root, Predicate<Path> include) {
        Model model = ModelFactory.createDefaultModel();
        for (String dir : List.of("ontology", "data")) {
            Path base = root.resolve(dir);
            if (!Files.isDirectory(base)) {
                continue;
            }
            try (Stream<Path> files = Files.walk(base)) {
                files.filter(Files::isRegularFile)
                        .filter(f -> RDFLanguages.filenameToLang(f.toString()) != null)
                        .filter(include)
                        .sorted()
                        .forEach(f -> RDFDataMgr.read(model, f.toString()));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return model;
    }

    Model model() {
        return model;
    }

    private void readOrganisations() {
        Set<Resource> orgs = new LinkedHashSet<>();
        for (String cls : List.of("http://www.w3.org/ns/org#Organization", "http://www.w3.org/ns/org#FormalOrganization",
                "http://www.w3.org/ns/org#OrganizationalUnit", Vocab.SG + "Region", Vocab.SG + "Municipality")) {
            model.listResourcesWithProperty(RDF.type, model.createResource(cls)).forEachRemaining(orgs::add);
        }
        for (Resource org : orgs) {
            if (!org.isURIResource() || model.contains(org, RDF.type, model.createResource(Vocab.SG + "CollaborationGroup"))) {
                continue;
            }
            List<String> labels = labels(org);
            if (labels.isEmpty()) {
                continue;
            }
            organisations.put(org.getURI(), new Known(org.getURI(), labels.get(0), labels));
            boolean municipality = model.contains(org, RDF.type, model.createResource(Vocab.SG + "Municipality"));
            for (String label : labels) {
                String key = Names.words(label);
                orgKeys.putIfAbsent(key, org.getURI());
                statedOrgKeys.putIfAbsent(key, org.getURI());
                writtenOrgKeys.putIfAbsent(asWritten(label), org.getURI());
                if (municipality && key.endsWith(" kommun")) {
                    String bare = key.substring(0, key.length() - " kommun".length());
                    orgKeys.putIfAbsent(bare, org.getURI());
                    if (bare.endsWith("s")) {
                        orgKeys.putIfAbsent(bare.substring(0, bare.length() - 1), org.getURI());
                        orgKeys.putIfAbsent(bare.substring(0, bare.length() - 1) + " kommun", org.getURI());
                    } else {
                        orgKeys.putIfAbsent(bare + "s kommun", org.getURI());
                    }
                }
            }
            Statement unitOf = org.getProperty(model.createProperty("http://www.w3.org/ns/org#unitOf"));
            if (unitOf != null && unitOf.getObject().isURIResource()) {
                parentOf.put(org.getURI(), unitOf.getResource().getURI());
            }
        }
    }

    private void readPeople() {
        Map<String, Set<String>> principals = new HashMap<>();
        for (String link : List.of(Vocab.SG + "attendee", "http://www.w3.org/ns/org#member")) {
            model.listStatements(null, model.createProperty(link), (RDFNode) null).forEachRemaining(s -> {
                Statement behalf = s.getSubject().getProperty(model.createProperty(Vocab.SG + "onBehalfOf"));
                if (behalf != null && s.getObject().isURIResource() && behalf.getObject().isURIResource()) {
                    principals.computeIfAbsent(s.getResource().getURI(), k -> new LinkedHashSet<>())
                            .add(principal(behalf.getResource().getURI()));
                }
            });
        }
        model.listResourcesWithProperty(RDF.type, model.createResource("http://xmlns.com/foaf/0.1/Person"))
                .forEachRemaining(p -> {
                    Statement name = p.getProperty(model.createProperty("http://xmlns.com/foaf/0.1/name"));
                    if (name == null || !p.isURIResource()) {
                        return;
                    }
                    List<String> labels = new ArrayList<>();
                    labels.add(name.getString());
                    p.listProperties(SKOS.altLabel).forEachRemaining(s -> labels.add(s.getString()));
                    people.put(p.getURI(), new KnownPerson(p.getURI(), name.getString(), labels,
                            principals.getOrDefault(p.getURI(), Set.of())));
                });
    }

    private void readGroups() {
        model.listResourcesWithProperty(RDF.type, model.createResource(Vocab.SG + "CollaborationGroup"))
                .forEachRemaining(g -> {
                    List<String> labels = labels(g);
                    if (!g.isURIResource() || labels.isEmpty()) {
                        return;
                    }
                    groups.put(g.getURI(), new Known(g.getURI(), labels.get(0), labels));
                    Statement kind = g.getProperty(model.createProperty(Vocab.SG + "groupKind"));
                    if (kind != null) {
                        groupKindOf.put(g.getURI(), kind.getResource().getURI());
                    }
                    Statement parent = g.getProperty(model.createProperty("http://www.w3.org/ns/org#subOrganizationOf"));
                    if (parent != null && parent.getObject().isURIResource()) {
                        groupParentOf.put(g.getURI(), parent.getResource().getURI());
                    }
                });
        model.listResourcesWithProperty(SKOS.inScheme, model.createResource(Vocab.SG + "GroupKindScheme"))
                .forEachRemaining(kind -> kind.listProperties(SKOS.prefLabel).forEachRemaining(l -> {
                    if ("sv".equals(l.getLanguage())) {
                        // "arbetsutskott (AU)": both the word and the abbreviation name the kind.
                        String label = Names.words(l.getString());
                        for (String part : label.split(" (?=[a-z]+$)|\\s*\\(|\\)")) {
                            if (!part.isBlank()) {
                                groupKinds.putIfAbsent(part.trim(), kind.getURI());
                            }
                        }
                        groupKinds.putIfAbsent(label, kind.getURI());
                    }
                }));
    }

    private List<String> labels(Resource r) {
        List<String> labels = new ArrayList<>();
        r.listProperties(SKOS.prefLabel).forEachRemaining(s -> {
            if ("sv".equals(s.getLanguage()) || s.getLanguage().isEmpty()) {
                labels.add(0, s.getString());
            }
        });
        r.listProperties(SKOS.altLabel).forEachRemaining(s -> labels.add(s.getString()));
        return labels;
    }

    // ------------------------------------------------------------------ organisations

    /** The top of an organisation's unit chain: the region or municipality it belongs to. */
    String principal(String orgIri) {
        String current = orgIri;
        for (int i = 0; i < 10 && parentOf.containsKey(current); i++) {
            current = parentOf.get(current);
        }
        return current;
    }

    boolean isUnit(String orgIri) {
        return parentOf.containsKey(orgIri);
    }

    String orgLabel(String iri) {
        Known known = organisations.get(iri);
        return known == null ? iri : known.name();
    }

    /** Names shorter than this (without "kommun", "region"...) match only as written. */
    private static final int SHORTEST_FUZZY_NAME = 6;
    private static final Set<String> GENERIC_ORGANISATION_WORDS = Set.of(
            "kommun", "kommuns", "region", "regionen", "regions", "lan", "lans", "stad", "landsting");

    /** The words of an organisation's name that tell it apart, run together ("nora" for "nora kommun"). */
    private static String distinctivePart(String words) {
        return java.util.Arrays.stream(words.split(" "))
                .filter(word -> !GENERIC_ORGANISATION_WORDS.contains(word))
                .collect(java.util.stream.Collectors.joining());
    }

    /** Lower case words with diacritics kept. */
    private static String asWritten(String label) {
        return label.toLowerCase(java.util.Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", " ").strip();
    }

    /**
     * The organisation a whole text names: its label exactly (as written, then folded), or
     * fuzzily (OCR, words run together) against the labels the graph states, never against
     * derived forms: "Bengtsson" is not "Bengtsfor", the genitive-less form of Bengtsfors.
     */
    Optional<OrgMatch> resolveOrg(String text) {
        String key = Names.words(text);
        if (key.length() < 2) {
            return Optional.empty();
        }
        String written = writtenOrgKeys.get(asWritten(text));
        if (written != null) {
            return Optional.of(new OrgMatch(written, 1.0, true));
        }
        String exact = orgKeys.get(key);
        if (exact != null) {
            return Optional.of(new OrgMatch(exact, 1.0, true));
        }
        String compact = Names.compact(text);
        if (compact.length() < 4) {
            return Optional.empty();
        }
        OrgMatch best = null;
        for (Map.Entry<String, String> e : statedOrgKeys.entrySet()) {
            String candidate = e.getKey().replace(" ", "");
            if (Math.abs(candidate.length() - compact.length()) > 3 || candidate.length() < 4) {
                continue;
            }
            // A short distinctive name is not read fuzzily: "Mora kommun" is not "Nora kommun".
            String core = distinctivePart(e.getKey());
            if (core.length() < SHORTEST_FUZZY_NAME && !compact.startsWith(core)) {
                continue;
            }
            double distance = Names.ocrDistance(compact, candidate);
            double score = 1.0 - distance / Math.max(compact.length(), candidate.length());
            double needed = candidate.length() <= 6 ? 0.83 : 0.8;
            if (score >= needed && (best == null || score > best.score())) {
                best = new OrgMatch(e.getValue(), score * 0.95, false);
            }
        }
        return Optional.ofNullable(best);
    }

    /**
     * The most specific organisation a longer text names somewhere in it, e.g. the unit
     * in "områdeschef Barnhälsa". A municipality's bare name followed by "län" names the
     * county, not the municipality.
     */
    Optional<OrgMatch> findOrgIn(String text) {
        String[] words = Names.words(text).split(" ");
        OrgMatch best = null;
        int bestLength = 0;
        for (int start = 0; start < words.length; start++) {
            for (int end = Math.min(words.length, start + 7); end > start; end--) {
                String key = String.join(" ", List.of(words).subList(start, end));
                String iri = orgKeys.get(key);
                if (iri == null) {
                    continue;
                }
                boolean county = end < words.length && words[end].equals("lan") && !key.startsWith("region");
                if (county || key.length() < 3) {
                    continue;
                }
                if (key.length() > bestLength) {
                    best = new OrgMatch(iri, 0.8, true);
                    bestLength = key.length();
                }
                break;
            }
        }
        return Optional.ofNullable(best);
    }

    // ------------------------------------------------------------------ people

    Map<String, KnownPerson> people() {
        return people;
    }

    Optional<KnownPerson> person(String iri) {
        return Optional.ofNullable(people.get(iri));
    }

    /**
     * The known person a written name is: exactly or by a known variant, by folding
     * (diacritics, words run together, surname first), by OCR-typical slips, or by a near
     * spelling with the same organisation as evidence. Anything weaker is a candidate.
     */
    Optional<PersonMatch> resolvePerson(String written, String principalOrg) {
        String compact = Names.compact(written);
        if (compact.length() < 4) {
            return Optional.empty();
        }
        String reversed = reversedCompact(written);
        PersonMatch best = null;
        for (KnownPerson person : people.values()) {
            for (String label : person.labels()) {
                String known = Names.compact(label);
                PersonMatch match = null;
                boolean sameOrg = principalOrg != null && person.principals().contains(principalOrg);
                if (known.equals(compact)) {
                    match = new PersonMatch(person, Certainty.SURE, label.equals(written) ? 1.0 : 0.95,
                            label.equals(written) ? "samma namn" : "samma namn bortsett från diakritiska tecken, mellanslag och bindestreck (\"" + label + "\")");
                } else if (known.equals(reversed)) {
                    match = new PersonMatch(person, Certainty.SURE, 0.9, "samma namn med efternamnet först (\"" + label + "\")");
                } else if (Math.abs(known.length() - compact.length()) <= 2 && known.length() >= 8) {
                    double distance = Names.ocrDistance(compact, known);
                    if (distance <= 0.7) {
                        match = new PersonMatch(person, Certainty.SURE, 0.85,
                                "samma namn bortsett från OCR-typiska tecken (\"" + label + "\" / \"" + written + "\")");
                    } else if (distance <= 1.0 && sameOrg) {
                        match = new PersonMatch(person, Certainty.SURE, 0.8,
                                "ett tecken skiljer (\"" + label + "\" / \"" + written + "\") och samma organisation");
                    } else if (distance <= 1.0) {
                        match = new PersonMatch(person, Certainty.CANDIDATE, 0.5,
                                "För: stavningarna \"" + label + "\" och \"" + written + "\" skiljer på ett tecken. Emot: ingen gemensam organisation styrker att de är samma person.");
                    }
                }
                if (match == null) {
                    match = sameSurnameSameInitial(person, label, written);
                }
                if (match != null && (best == null || rank(match) > rank(best))) {
                    best = match;
                }
            }
        }
        return Optional.ofNullable(best);
    }

    private static double rank(PersonMatch match) {
        return (match.certainty() == Certainty.SURE ? 1 : 0) + match.score();
    }

    private static PersonMatch sameSurnameSameInitial(KnownPerson person, String label, String written) {
        String[] a = Names.words(label).split(" ");
        String[] b = Names.words(written).split(" ");
        if (a.length < 2 || b.length < 2) {
            return null;
        }
        String surnameA = a[a.length - 1];
        String surnameB = b[b.length - 1];
        String firstA = a[0];
        String firstB = b[0];
        if (surnameA.equals(surnameB) && surnameA.length() >= 4 && !firstA.equals(firstB)
                && firstA.charAt(0) == firstB.charAt(0)) {
            return new PersonMatch(person, Certainty.CANDIDATE, 0.3,
                    "För: samma efternamn och förnamn med samma begynnelsebokstav (\"" + label + "\" / \"" + written
                            + "\"), möjligen en kortform. Emot: olika förnamn; efternamnet kan vara vanligt.");
        }
        return null;
    }

    private static String reversedCompact(String written) {
        String[] words = Names.words(written).split(" ");
        if (words.length != 2) {
            return "";
        }
        return words[1] + words[0];
    }

    // ------------------------------------------------------------------ groups

    /** The known group a heading names, by its label exactly or nearly. */
    Optional<Known> resolveGroup(String text) {
        String key = Names.words(text);
        Known best = null;
        double bestScore = 0;
        for (Known group : groups.values()) {
            for (String label : group.labels()) {
                String candidate = Names.words(label);
                if (candidate.length() < 8) {
                    continue;
                }
                double score = Names.similarity(key, candidate);
                if (score > bestScore && score >= 0.85) {
                    best = group;
                    bestScore = score;
                }
            }
        }
        return Optional.ofNullable(best);
    }

    Optional<Known> group(String iri) {
        return Optional.ofNullable(groups.get(iri));
    }

    /** A known group of the given kind that is part of the given group (e.g. its AU). */
    Optional<String> subGroupOfKind(String parentIri, String kindIri) {
        return groupParentOf.entrySet().stream()
                .filter(e -> e.getValue().equals(parentIri) && kindIri.equals(groupKindOf.get(e.getKey())))
                .map(Map.Entry::getKey).sorted().findFirst();
    }

    /** The group kind a name states, from the words of the group-kind scheme ("Ledningsgrupp för ..."). */
    Optional<String> groupKindIn(String text) {
        String key = Names.words(text);
        return groupKinds.entrySet().stream()
                .filter(e -> e.getKey().length() >= 2)
                .filter(e -> (" " + key).contains(" " + e.getKey()))
                .min(Comparator.comparingInt(e -> (" " + key).indexOf(" " + e.getKey())))
                .map(Map.Entry::getValue);
    }

    // ------------------------------------------------------------------ matters

    private void readMatters() {
        List<String> classes = List.of(Vocab.SG + "Matter", Vocab.SG + "GoverningDocument", Vocab.SG + "Assignment",
                Vocab.SG + "Project");
        for (String cls : classes) {
            model.listResourcesWithProperty(RDF.type, model.createResource(cls)).forEachRemaining(m -> {
                List<String> labels = labels(m);
                if (!m.isURIResource() || labels.isEmpty()) {
                    return;
                }
                String type = classes.stream().skip(1).filter(c -> model.contains(m, RDF.type, model.createResource(c)))
                        .findFirst().orElse(cls);
                Statement kind = m.getProperty(model.createProperty(Vocab.SG + "documentKind"));
                matters.put(m.getURI(), new KnownMatter(m.getURI(), labels.get(0), labels, type,
                        kind == null || !kind.getObject().isURIResource() ? null : kind.getResource().getURI()));
            });
        }
        model.listResourcesWithProperty(RDF.type, model.createResource(Vocab.SG + "Region")).forEachRemaining(r -> {
            if (r.isURIResource()) {
                regionSlugs.add(regionSlug(r.getURI()));
            }
        });
    }

    /** "…/org/region-orebro-lan" gives "orebro": the prefix data/README.md puts on a region's slugs. */
    static String regionSlug(String orgIri) {
        return orgIri.substring(orgIri.lastIndexOf('/') + 1).replaceFirst("^region-", "").replaceFirst("-lan$", "");
    }

    /**
     * The region prefix ("orebro-") a longer slug prefix begins with, e.g. that of a unit the
     * graph does not place under its region ("dalarna-lan-planeringsenheten-"); empty when none.
     */
    String regionPrefix(String slugPrefix) {
        return regionSlugs.stream().filter(r -> slugPrefix.equals(r + "-") || slugPrefix.startsWith(r + "-"))
                .max(java.util.Comparator.comparingInt(String::length)).map(r -> r + "-").orElse("");
    }

    Map<String, KnownMatter> matters() {
        return matters;
    }

    /**
     * The known matters a meeting in the given region may mean: those of that region and
     * those of no region (national ones). Matter slugs carry their region's prefix.
     */
    List<KnownMatter> mattersFor(String regionPrefix) {
        return matters.values().stream().filter(m -> {
            String slug = m.iri().substring(m.iri().lastIndexOf('/') + 1);
            return regionPrefix.isEmpty() || slug.startsWith(regionPrefix)
                    || regionSlugs.stream().noneMatch(r -> slug.startsWith(r + "-"));
        }).toList();
    }

    /** A single word that names a place or principal organisation ("orebro", "lan", "region"). */
    boolean isPlaceWord(String foldedWord) {
        String iri = orgKeys.get(foldedWord);
        return iri != null && !isUnit(iri);
    }

    boolean knowsResource(String iri) {
        return model.containsResource(model.createResource(iri));
    }
}
