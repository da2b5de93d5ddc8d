package se.samverkansgrafen.linkeddata;

import org.apache.jena.shared.PrefixMapping;

/** The prefixes of data/README.md, under the configured IRI base, for readable Turtle and pages. */
final class Prefixes {

    private Prefixes() {
    }

    static PrefixMapping of(String base) {
        PrefixMapping prefixes = PrefixMapping.Factory.create();
        prefixes.setNsPrefix("sg", base + "def#");
        prefixes.setNsPrefix("person", base + "id/person/");
        prefixes.setNsPrefix("orgn", base + "id/org/");
        prefixes.setNsPrefix("grp", base + "id/group/");
        prefixes.setNsPrefix("meeting", base + "id/meeting/");
        prefixes.setNsPrefix("item", base + "id/item/");
        prefixes.setNsPrefix("dec", base + "id/decision/");
        prefixes.setNsPrefix("att", base + "id/attendance/");
        prefixes.setNsPrefix("mship", base + "id/membership/");
        prefixes.setNsPrefix("matter", base + "id/matter/");
        prefixes.setNsPrefix("step", base + "id/step/");
        prefixes.setNsPrefix("src", base + "id/source/");
        prefixes.setNsPrefix("cand", base + "id/candidate/");
        prefixes.setNsPrefix("gk", base + "def/group-kind/");
        prefixes.setNsPrefix("role", base + "def/role/");
        prefixes.setNsPrefix("as", base + "def/attendance/");
        prefixes.setNsPrefix("ik", base + "def/item-kind/");
        prefixes.setNsPrefix("dk", base + "def/decision-kind/");
        prefixes.setNsPrefix("sk", base + "def/step-kind/");
        prefixes.setNsPrefix("ss", base + "def/step-status/");
        prefixes.setNsPrefix("doc", base + "def/document-kind/");
        prefixes.setNsPrefix("org", "http://www.w3.org/ns/org#");
        prefixes.setNsPrefix("foaf", "http://xmlns.com/foaf/0.1/");
        prefixes.setNsPrefix("skos", "http://www.w3.org/2004/02/skos/core#");
        prefixes.setNsPrefix("dcterms", "http://purl.org/dc/terms/");
        prefixes.setNsPrefix("prov", "http://www.w3.org/ns/prov#");
        prefixes.setNsPrefix("time", "http://www.w3.org/2006/time#");
        prefixes.setNsPrefix("rdf", "http://www.w3.org/1999/02/22-rdf-syntax-ns#");
        prefixes.setNsPrefix("rdfs", "http://www.w3.org/2000/01/rdf-schema#");
        prefixes.setNsPrefix("owl", "http://www.w3.org/2002/07/owl#");
        prefixes.setNsPrefix("xsd", "http://www.w3.org/2001/XMLSchema#");
        prefixes.setNsPrefix("void", "http://rdfs.org/ns/void#");
        prefixes.setNsPrefix("dcat", "http://www.w3.org/ns/dcat#");
        prefixes.setNsPrefix("sd", "http://www.w3.org/ns/sparql-service-description#");
        return prefixes;
    }
}
