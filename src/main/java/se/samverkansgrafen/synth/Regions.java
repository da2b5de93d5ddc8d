package se.samverkansgrafen.synth;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFLanguages;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.vocabulary.RDF;

/**
 * The real regions and municipalities, read from the reference data (data/reference/*.ttl)
 * at run time: SCB codes, labels and which region each municipality belongs to.
 */
final class Regions {

    /** A municipality: its IRI, Swedish label ("Lekebergs kommun"), short name ("Lekeberg") and SCB kommunkod. */
    record Municipality(String iri, String label, String shortName, String kommunkod) {
    }

    /** A region with its municipalities in kommunkod order. */
    record Region(String iri, String label, String lanskod, List<Municipality> municipalities) {

        /** The region's slug without the leading "region-": "orebro-lan", "kronoberg". */
        String slug() {
            String local = iri.substring(iri.lastIndexOf('/') + 1);
            return local.startsWith("region-") ? local.substring("region-".length()) : local;
        }
    }

    private static final Node LANSKOD = Iris.sg("lanskod");
    private static final Node KOMMUNKOD = Iris.sg("kommunkod");
    private static final Node IN_COUNTY_OF = Iris.sg("inCountyOf");
    private static final Node PREF_LABEL = Iris.uri(Iris.SKOS, "prefLabel");
    private static final Node ALT_LABEL = Iris.uri(Iris.SKOS, "altLabel");

    private Regions() {
    }

    /** Every region under {@code referenceDirectory}, in länskod order. */
    static List<Region> read(Path referenceDirectory) {
        Graph graph = GraphFactory.createDefaultGraph();
        try (Stream<Path> files = Files.list(referenceDirectory)) {
            files.filter(f -> RDFLanguages.filenameToLang(f.getFileName().toString()) != null).sorted()
                    .forEach(f -> RDFDataMgr.read(graph, f.toString()));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the reference data in " + referenceDirectory, e);
        }
        List<Region> regions = new ArrayList<>();
        for (Node region : subjectsOfType(graph, Iris.sg("Region"))) {
            List<Municipality> municipalities = new ArrayList<>();
            for (Node m : subjectsOfType(graph, Iris.sg("Municipality"))) {
                if (graph.contains(m, IN_COUNTY_OF, region)) {
                    String label = swedish(graph, m, PREF_LABEL).orElseThrow();
                    municipalities.add(new Municipality(m.getURI(), label, shortName(graph, m, label),
                            literal(graph, m, KOMMUNKOD)));
                }
            }
            if (municipalities.isEmpty()) {
                continue;
            }
            municipalities.sort(Comparator.comparing(Municipality::kommunkod));
            regions.add(new Region(region.getURI(), swedish(graph, region, PREF_LABEL).orElseThrow(),
                    literal(graph, region, LANSKOD), List.copyOf(municipalities)));
        }
        regions.sort(Comparator.comparing(Region::lanskod));
        if (regions.isEmpty()) {
            throw new IllegalStateException("No region with municipalities in " + referenceDirectory);
        }
        return regions;
    }

    private static List<Node> subjectsOfType(Graph graph, Node type) {
        return graph.find(Node.ANY, RDF.type.asNode(), type).mapWith(Triple::getSubject)
                .filterKeep(Node::isURI).toList().stream().sorted(Comparator.comparing(Node::getURI)).toList();
    }

    private static String literal(Graph graph, Node subject, Node property) {
        return graph.find(subject, property, Node.ANY).nextOptional().map(t -> t.getObject().getLiteralLexicalForm())
                .orElseThrow(() -> new IllegalStateException(subject + " has no " + property));
    }

    private static Optional<String> swedish(Graph graph, Node subject, Node property) {
        return graph.find(subject, property, Node.ANY).toList().stream().map(Triple::getObject)
                .filter(o -> o.isLiteral() && "sv".equals(o.getLiteralLanguage()))
                .map(Node::getLiteralLexicalForm).sorted().findFirst();
    }

    /** "Lekeberg" for "Lekebergs kommun": the shortest altLabel the label starts with, else the label without its suffix. */
    private static String shortName(Graph graph, Node municipality, String label) {
        return graph.find(municipality, ALT_LABEL, Node.ANY).toList().stream().map(Triple::getObject)
                .filter(Node::isLiteral).map(Node::getLiteralLexicalForm)
                .filter(alt -> label.startsWith(alt) && !alt.isBlank())
                .min(Comparator.comparing(String::length).thenComparing(Comparator.naturalOrder()))
                .orElseGet(() -> label.replaceFirst("(?i)\\s+(kommun|stad)$", "").replaceFirst("([^s])s$", "$1"));
    }
}
