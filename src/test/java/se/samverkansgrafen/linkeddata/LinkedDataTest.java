package se.samverkansgrafen.linkeddata;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.Map;

import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.SKOS;
import org.junit.jupiter.api.Test;

import se.samverkansgrafen.web.ApiTest;

/**
 * Entity IRIs resolve on the service: 303 by Accept to a page or to a document in the
 * syntax asked for, each document read back with Jena's parsers.
 */
class LinkedDataTest extends ApiTest {

    static final String BASE = "https://w3id.org/samverkan/";
    static final String PERSON = BASE + "id/person/ingmar-angman";
    static final Property FOAF_NAME = ModelFactory.createDefaultModel().createProperty("http://xmlns.com/foaf/0.1/name");
    static final Map<String, Lang> SYNTAXES = Map.of(
            "text/turtle", Lang.TURTLE, "application/n-triples", Lang.NTRIPLES,
            "application/ld+json", Lang.JSONLD, "application/rdf+xml", Lang.RDFXML);

    @Test
    void entityIriAnswers303ToTheDocumentInEachSyntaxWithLabelsOfWhatItLinksTo() {
        Model turtle = null;
        for (Map.Entry<String, Lang> syntax : SYNTAXES.entrySet()) {
            HttpResponse<String> redirect = get("/id/person/ingmar-angman", syntax.getKey());
            assertThat(redirect.statusCode()).isEqualTo(303);
            assertThat(redirect.headers().firstValue("Vary")).hasValue("Accept");
            String location = redirect.headers().firstValue("Location").orElseThrow();
            assertThat(location).startsWith("/data/id/person/ingmar-angman.");

            HttpResponse<String> document = get(location, "*/*");
            assertThat(document.statusCode()).isEqualTo(200);
            assertThat(document.headers().firstValue("Content-Type").orElseThrow()).startsWith(syntax.getKey());
            Model model = parse(document.body(), syntax.getValue());
            Resource person = model.createResource(PERSON);
            assertThat(person.getProperty(FOAF_NAME).getString()).isEqualTo("Ingmar Ångman");
            // A link out of the description carries its label: the source documents it cites, their titles.
            Resource source = model.createResource(BASE + "id/source/000_dcf7ba001d6ee689");
            assertThat(model.contains(person, model.createProperty(BASE + "def#citedIn"), source)).isTrue();
            assertThat(source.getProperty(DCTerms.title).getString()).startsWith("Protokoll Chefsgrupp");
            if (turtle == null) {
                turtle = model;
            } else {
                assertThat(model.isIsomorphicWith(turtle)).as(syntax.getKey()).isTrue();
            }
        }
    }

    @Test
    void browsersAreSentToTheEntitysPageOrToAGenericPage() {
        String browser = "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8";
        HttpResponse<String> person = get("/id/person/ingmar-angman", browser);
        assertThat(person.statusCode()).isEqualTo(303);
        assertThat(person.headers().firstValue("Location")).hasValue("/people/ingmar-angman");
        assertThat(get("/id/group/orebro-chefsgrupp-svvo", browser).headers().firstValue("Location"))
                .hasValue("/groups/orebro-chefsgrupp-svvo");

        HttpResponse<String> item = get("/id/item/orebro-chefsgrupp-svvo-2022-11-11-6", browser);
        String location = item.headers().firstValue("Location").orElseThrow();
        assertThat(location).isEqualTo("/data/id/item/orebro-chefsgrupp-svvo-2022-11-11-6.html");
        HttpResponse<String> page = get(location, browser);
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains(BASE + "id/item/orebro-chefsgrupp-svvo-2022-11-11-6")
                .contains("href=\"/id/meeting/orebro-chefsgrupp-svvo-2022-11-11\"")
                .contains("Ladda ner");
    }

    @Test
    void documentWithoutExtensionNegotiatesAndSaysSo() {
        HttpResponse<String> document = get("/data/id/person/ingmar-angman", "application/ld+json");
        assertThat(document.statusCode()).isEqualTo(200);
        assertThat(document.headers().firstValue("Vary")).hasValue("Accept");
        assertThat(document.headers().firstValue("Content-Location")).hasValue("/data/id/person/ingmar-angman.jsonld");
        assertThat(parse(document.body(), Lang.JSONLD).contains(
                ModelFactory.createDefaultModel().createResource(PERSON), FOAF_NAME)).isTrue();
    }

    @Test
    void ontologyAndConceptSchemesResolveUnderTheirOwnIris() {
        HttpResponse<String> redirect = get("/def", "text/turtle");
        assertThat(redirect.statusCode()).isEqualTo(303);
        Model ontology = parse(get(redirect.headers().firstValue("Location").orElseThrow(), "*/*").body(), Lang.TURTLE);
        assertThat(ontology.contains(ontology.createResource(BASE + "def"), RDF.type,
                ontology.createResource("http://www.w3.org/2002/07/owl#Ontology"))).isTrue();
        // def#RoleScheme is a hash IRI: its document is /def, which holds the scheme and its concepts.
        assertThat(ontology.contains(ontology.createResource(BASE + "def#RoleScheme"), RDF.type, SKOS.ConceptScheme))
                .isTrue();
        assertThat(ontology.contains(ontology.createResource(BASE + "def/role/ledamot"), SKOS.inScheme,
                ontology.createResource(BASE + "def#RoleScheme"))).isTrue();

        HttpResponse<String> concept = get("/def/role/ledamot", "application/n-triples");
        Model ledamot = parse(get(concept.headers().firstValue("Location").orElseThrow(), "*/*").body(), Lang.NTRIPLES);
        Resource scheme = ledamot.createResource(BASE + "def#RoleScheme");
        assertThat(ledamot.contains(ledamot.createResource(BASE + "def/role/ledamot"), SKOS.inScheme, scheme)).isTrue();
        assertThat(scheme.hasProperty(SKOS.prefLabel)).as("label of the linked scheme").isTrue();

        HttpResponse<String> page = get("/def", "text/html");
        assertThat(page.headers().firstValue("Location")).hasValue("/data/def.html");
        assertThat(get("/data/def.html", "text/html").body()).contains("id=\"RoleScheme\"");
    }

    @Test
    void unknownIrisAre404ProblemDetails() {
        for (String path : new String[] {"/id/person/nobody-at-all", "/data/id/person/nobody-at-all.ttl",
                "/def/role/no-such-role", "/id/person"}) {
            HttpResponse<String> response = get(path, "text/turtle");
            assertThat(response.statusCode()).as(path).isEqualTo(404);
            assertThat(response.headers().firstValue("Content-Type").orElseThrow()).startsWith("application/problem+json");
            assertThat(parse(response.body()).get("status").asInt()).isEqualTo(404);
        }
        assertThat(get("/id/person/ingmar-angman", "image/png").statusCode()).isEqualTo(406);
    }

    static Model parse(String body, Lang lang) {
        Model model = ModelFactory.createDefaultModel();
        RDFParser.fromString(body, lang).parse(model);
        return model;
    }
}
