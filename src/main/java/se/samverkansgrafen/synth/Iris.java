package se.samverkansgrafen.synth;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;

/**
 * Namespaces (data/README.md) and the IRIs of synthetic things. Every synthetic instance
 * IRI has a slug starting with {@value #PREFIX}, so it can never be taken for a curated fact.
 */
final class Iris {

    static final String PREFIX = "synth-";

    static final String SG = "https://w3id.org/samverkan/def#";
    static final String DEF = "https://w3id.org/samverkan/def/";
    static final String ID = "https://w3id.org/samverkan/id/";
    static final String ORG = "http://www.w3.org/ns/org#";
    static final String FOAF = "http://xmlns.com/foaf/0.1/";
    static final String SKOS = "http://www.w3.org/2004/02/skos/core#";
    static final String DCTERMS = "http://purl.org/dc/terms/";
    static final String RDFS = "http://www.w3.org/2000/01/rdf-schema#";
    static final String XSD = "http://www.w3.org/2001/XMLSchema#";

    /** Prefixes written at the top of every file, in this order. */
    static final String[][] PREFIXES = {
            {"sg", SG}, {"person", ID + "person/"}, {"orgn", ID + "org/"}, {"grp", ID + "group/"},
            {"meeting", ID + "meeting/"}, {"item", ID + "item/"}, {"dec", ID + "decision/"},
            {"att", ID + "attendance/"}, {"mship", ID + "membership/"}, {"matter", ID + "matter/"},
            {"step", ID + "step/"}, {"src", ID + "source/"}, {"cand", ID + "candidate/"},
            {"gk", DEF + "group-kind/"}, {"role", DEF + "role/"}, {"as", DEF + "attendance/"},
            {"ik", DEF + "item-kind/"}, {"dk", DEF + "decision-kind/"}, {"sk", DEF + "step-kind/"},
            {"ss", DEF + "step-status/"}, {"doc", DEF + "document-kind/"}, {"org", ORG}, {"foaf", FOAF},
            {"skos", SKOS}, {"dcterms", DCTERMS}, {"rdfs", RDFS}, {"xsd", XSD}};

    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern NON_ALNUM = Pattern.compile("[^a-z0-9]+");

    private Iris() {
    }

    static Node sg(String local) {
        return NodeFactory.createURI(SG + local);
    }

    static Node id(String kind, String slug) {
        return NodeFactory.createURI(ID + kind + "/" + slug);
    }

    static Node concept(String scheme, String local) {
        return NodeFactory.createURI(DEF + scheme + "/" + local);
    }

    static Node uri(String ns, String local) {
        return NodeFactory.createURI(ns + local);
    }

    /** Slug per data/README.md: lower case ASCII with hyphens (å/ä → a, ö → o, é → e). */
    static String slug(String text) {
        String folded = MARKS.matcher(Normalizer.normalize(text.toLowerCase(Locale.ROOT), Normalizer.Form.NFD))
                .replaceAll("");
        String s = NON_ALNUM.matcher(folded).replaceAll("-");
        int start = 0;
        int end = s.length();
        while (start < end && s.charAt(start) == '-') {
            start++;
        }
        while (end > start && s.charAt(end - 1) == '-') {
            end--;
        }
        return s.substring(start, end);
    }
}
