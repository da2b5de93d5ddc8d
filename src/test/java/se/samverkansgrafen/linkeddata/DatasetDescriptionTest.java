package se.samverkansgrafen.linkeddata;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.riot.Lang;
import org.apache.jena.vocabulary.DCAT;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.VOID;
import org.junit.jupiter.api.Test;

import se.samverkansgrafen.store.GraphNames;
import se.samverkansgrafen.web.ApiTest;

/** VoID and DCAT at /.well-known/void and the service description of /sparql, checked against SPARQL counts. */
class DatasetDescriptionTest extends ApiTest {

    private static final String SD = "http://www.w3.org/ns/sparql-service-description#";
    private static final String LOAD_RECORD = "https://w3id.org/samverkan/graph/_load";
    /** The files' graphs: not the load record, nor the facts derived from the files at load time. */
    private static final String FILES_GRAPHS = "FILTER(?g NOT IN (<" + LOAD_RECORD + ">, <" + GraphNames.DERIVED_GRAPH + ">))";

    @Test
    void voidDescribesGraphsCountsSourcesLicenceEndpointAndDumps() {
        HttpResponse<String> response = get("/.well-known/void", "text/turtle");
        assertThat(response.statusCode()).isEqualTo(200);
        Model model = LinkedDataTest.parse(response.body(), Lang.TURTLE);
        String root = "http://localhost:" + port;
        Resource dataset = model.createResource(root + "/.well-known/void#dataset");
        assertThat(dataset.hasProperty(RDF.type, VOID.Dataset)).isTrue();
        assertThat(dataset.hasProperty(RDF.type, DCAT.Dataset)).isTrue();

        long triples = count("SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } " + FILES_GRAPHS + " }");
        long graphs = count("SELECT (COUNT(DISTINCT ?g) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } " + FILES_GRAPHS + " }");
        long sources = count("PREFIX sg: <https://w3id.org/samverkan/def#> SELECT (COUNT(DISTINCT ?d) AS ?n) WHERE { ?d a sg:SourceDocument }");
        assertThat(dataset.getProperty(VOID.triples).getLong()).isEqualTo(triples);
        List<Resource> subsets = dataset.listProperties(VOID.subset).mapWith(s -> s.getResource()).toList();
        assertThat(subsets).hasSize((int) graphs);
        assertThat(subsets.stream().mapToLong(s -> s.getProperty(VOID.triples).getLong()).sum()).isEqualTo(triples);
        assertThat(dataset.listProperties(DCTerms.source).toList()).hasSize((int) sources);
        assertThat(dataset.getProperty(DCTerms.license).getResource().getURI())
                .isEqualTo("https://creativecommons.org/publicdomain/zero/1.0/");
        assertThat(dataset.getProperty(VOID.sparqlEndpoint).getResource().getURI()).isEqualTo(root + "/sparql");
        assertThat(dataset.listProperties(VOID.dataDump).mapWith(s -> s.getResource().getURI()).toList())
                .containsExactlyInAnyOrder(root + "/dumps/samverkan.trig.gz", root + "/dumps/samverkan.nq.gz");
        assertThat(dataset.listProperties(DCAT.distribution).toList()).hasSize(3);

        // Every dump it names can be downloaded.
        for (String dump : List.of("/dumps/samverkan.trig.gz", "/dumps/samverkan.nq.gz")) {
            assertThat(get(dump, "*/*").statusCode()).as(dump).isEqualTo(200);
        }
        // Other syntaxes by Accept.
        assertThat(LinkedDataTest.parse(get("/.well-known/void", "application/ld+json").body(), Lang.JSONLD)
                .isIsomorphicWith(model)).isTrue();
    }

    @Test
    void sparqlEndpointDescribesItselfWhenAskedForRdfWithoutAQuery() {
        HttpResponse<String> response = get("/sparql", "text/turtle");
        assertThat(response.statusCode()).isEqualTo(200);
        Model model = LinkedDataTest.parse(response.body(), Lang.TURTLE);
        Resource service = model.createResource("http://localhost:" + port + "/sparql");
        assertThat(service.hasProperty(RDF.type, model.createResource(SD + "Service"))).isTrue();
        assertThat(service.hasProperty(model.createProperty(SD, "endpoint"), service)).isTrue();
        assertThat(service.hasProperty(model.createProperty(SD, "supportedLanguage"),
                model.createResource(SD + "SPARQL11Query"))).isTrue();
        assertThat(service.hasProperty(model.createProperty(SD, "feature"),
                model.createResource(SD + "UnionDefaultGraph"))).isTrue();
        long graphs = count("SELECT (COUNT(DISTINCT ?g) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } " + FILES_GRAPHS + " }");
        assertThat(model.listResourcesWithProperty(RDF.type, model.createResource(SD + "NamedGraph")).toList())
                .hasSize((int) graphs);

        // Asked for results without a query, it is still the protocol's error; a browser goes to the SPARQL page.
        assertThat(get("/sparql", "application/sparql-results+json").statusCode()).isEqualTo(400);
        HttpResponse<String> browser = get("/sparql", "text/html,*/*;q=0.8");
        assertThat(browser.statusCode()).isEqualTo(303);
        assertThat(browser.headers().firstValue("Location")).hasValue("/sparql-editor");
    }

    private long count(String query) {
        HttpResponse<String> response = get("/sparql?query=" + URLEncoder.encode(query, StandardCharsets.UTF_8),
                "application/sparql-results+json");
        assertThat(response.statusCode()).isEqualTo(200);
        return parse(response.body()).at("/results/bindings/0/n/value").asLong();
    }
}
