package se.samverkansgrafen.ontology;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.junit.jupiter.api.Test;

/** Every term the ontology defines is documented and placed, as in the W3C ORG ontology file. */
class OntologyTest {

    private static final String SG = "https://w3id.org/samverkan/def#";
    private final Model ontology = RDFDataMgr.loadModel("ontology/samverkan.ttl");

    private List<Resource> ownTerms(Resource type) {
        return ontology.listResourcesWithProperty(RDF.type, type).filterKeep(r -> r.isURIResource() && r.getURI().startsWith(SG))
                .toList();
    }

    private boolean hasLang(Resource term, org.apache.jena.rdf.model.Property property, String lang) {
        return term.listProperties(property).toList().stream()
                .anyMatch(st -> st.getObject().isLiteral() && lang.equals(st.getLiteral().getLanguage()));
    }

    @Test
    void everyOwnTermHasSwedishAndEnglishLabelAndComment() {
        List<Resource> terms = new ArrayList<>(ownTerms(OWL.Class));
        terms.addAll(ownTerms(OWL.ObjectProperty));
        terms.addAll(ownTerms(OWL.DatatypeProperty));
        assertThat(terms).hasSizeGreaterThan(60);
        assertThat(terms).allSatisfy(term -> {
            assertThat(hasLang(term, RDFS.label, "sv")).as("%s rdfs:label @sv", term).isTrue();
            assertThat(hasLang(term, RDFS.label, "en")).as("%s rdfs:label @en", term).isTrue();
            assertThat(hasLang(term, RDFS.comment, "sv")).as("%s rdfs:comment @sv", term).isTrue();
            assertThat(hasLang(term, RDFS.comment, "en")).as("%s rdfs:comment @en", term).isTrue();
        });
    }

    @Test
    void everyOwnClassHasASuperclass() {
        assertThat(ownTerms(OWL.Class)).isNotEmpty()
                .allSatisfy(c -> assertThat(c.hasProperty(RDFS.subClassOf)).as("%s rdfs:subClassOf", c).isTrue());
    }

    @Test
    void everyOwnPropertyHasADomainRangeOrSuperproperty() {
        List<Resource> properties = new ArrayList<>(ownTerms(OWL.ObjectProperty));
        properties.addAll(ownTerms(OWL.DatatypeProperty));
        assertThat(properties).allSatisfy(p -> assertThat(p.hasProperty(RDFS.domain) || p.hasProperty(RDFS.range)
                || p.hasProperty(RDFS.subPropertyOf)).as("%s domain, range or superproperty", p).isTrue());
    }
}
