package se.samverkansgrafen.linkeddata;

import java.util.List;
import java.util.Map;

import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.ResourceFactory;
import org.apache.jena.vocabulary.DCAT;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.VOID;
import org.springframework.stereotype.Service;

import se.samverkansgrafen.linkeddata.Descriptions.NamedGraph;
import se.samverkansgrafen.query.QueryResult;
import se.samverkansgrafen.query.QueryRunner;

/**
 * The dataset described for machines: VoID and DCAT at /.well-known/void (graphs with their
 * triple counts, source documents, licence, SPARQL endpoint, dumps), and the SPARQL 1.1
 * Service Description of /sparql. Counts come from the load record, so describing costs
 * one query however large the data.
 */
@Service
public class DatasetDescription {

    static final String SD = "http://www.w3.org/ns/sparql-service-description#";
    private static final String FORMATS = "http://www.w3.org/ns/formats/";
    private static final String MEDIA_TYPES = "https://www.iana.org/assignments/media-types/";
    private static final Property SD_ENDPOINT = ResourceFactory.createProperty(SD, "endpoint");
    private static final Property SD_LANGUAGE = ResourceFactory.createProperty(SD, "supportedLanguage");
    private static final Property SD_RESULT_FORMAT = ResourceFactory.createProperty(SD, "resultFormat");
    private static final Property SD_FEATURE = ResourceFactory.createProperty(SD, "feature");
    private static final Property SD_DEFAULT_DATASET = ResourceFactory.createProperty(SD, "defaultDataset");
    private static final Property SD_DEFAULT_GRAPH = ResourceFactory.createProperty(SD, "defaultGraph");
    private static final Property SD_NAMED_GRAPH = ResourceFactory.createProperty(SD, "namedGraph");
    private static final Property SD_NAME = ResourceFactory.createProperty(SD, "name");
    private static final Property SD_GRAPH = ResourceFactory.createProperty(SD, "graph");

    /** The dumps, by file name, with their media type: linked from VoID, served by {@link DumpController}. */
    static final Map<String, String> DUMPS = Map.of(
            "samverkan.trig.gz", "application/trig",
            "samverkan.nq.gz", "application/n-quads");

    private final Descriptions descriptions;
    private final QueryRunner queries;
    private final LinkedDataProperties properties;

    DatasetDescription(Descriptions descriptions, QueryRunner queries, LinkedDataProperties properties) {
        this.descriptions = descriptions;
        this.queries = queries;
        this.properties = properties;
    }

    /** VoID and DCAT, with the service reached at {@code root} (scheme, host and port, no trailing slash). */
    public Model voidDescription(String root) {
        Model model = model();
        List<NamedGraph> graphs = descriptions.graphs();
        Map<String, String> sourceByFile = sourcesByDataFile();

        Resource document = model.createResource(root + "/.well-known/void");
        Resource dataset = model.createResource(root + "/.well-known/void#dataset");
        Resource endpoint = model.createResource(root + "/sparql");
        document.addProperty(RDF.type, VOID.DatasetDescription)
                .addProperty(DCTerms.title, "Beskrivning av Samverkansgrafens datamängd", "sv")
                .addProperty(model.createProperty("http://xmlns.com/foaf/0.1/", "primaryTopic"), dataset);
        dataset.addProperty(RDF.type, VOID.Dataset).addProperty(RDF.type, DCAT.Dataset)
                .addProperty(DCTerms.title, "Samverkansgrafen", "sv")
                .addProperty(DCTerms.title, "Samverkansgrafen (collaboration graph)", "en")
                .addProperty(DCTerms.description, "Samverkansgrupper i regioner och kommuner, vem som sitter var på "
                        + "vems uppdrag och när, möten, beslut och överenskommelsers väg mellan grupper; varje uppgift "
                        + "med sin källa i protokollen.", "sv")
                .addProperty(DCTerms.license, model.createResource(properties.license().toString()))
                .addLiteral(VOID.triples, graphs.stream().mapToLong(NamedGraph::triples).sum())
                .addProperty(VOID.uriSpace, properties.base() + "id/")
                .addProperty(VOID.sparqlEndpoint, endpoint)
                .addProperty(VOID.vocabulary, model.createResource(properties.base() + "def#"))
                .addProperty(VOID.vocabulary, model.createResource("http://www.w3.org/ns/org#"))
                .addProperty(VOID.vocabulary, model.createResource("http://xmlns.com/foaf/0.1/"))
                .addProperty(VOID.vocabulary, model.createResource("http://www.w3.org/2004/02/skos/core#"))
                .addProperty(VOID.vocabulary, model.createResource("http://www.w3.org/ns/prov#"));
        graphs.stream().map(NamedGraph::loadedAt).filter(at -> at != null).max(String::compareTo)
                .ifPresent(latest -> dataset.addProperty(DCTerms.modified, model.createTypedLiteral(latest,
                        XSDDatatype.XSDdateTime)));
        sourceByFile.values().stream().distinct().sorted()
                .forEach(source -> dataset.addProperty(DCTerms.source, model.createResource(source)));

        DUMPS.entrySet().stream().sorted(Map.Entry.comparingByKey()).forEach(dump -> {
            Resource url = model.createResource(root + "/dumps/" + dump.getKey());
            dataset.addProperty(VOID.dataDump, url);
            dataset.addProperty(DCAT.distribution, model.createResource(root + "/dumps/" + dump.getKey() + "#distribution")
                    .addProperty(RDF.type, DCAT.Distribution)
                    .addProperty(DCTerms.title, "Hela datamängden, " + dump.getValue() + ", gzip", "sv")
                    .addProperty(DCAT.downloadURL, url)
                    .addProperty(DCAT.mediaType, model.createResource(MEDIA_TYPES + dump.getValue()))
                    .addProperty(DCAT.compressFormat, model.createResource(MEDIA_TYPES + "application/gzip"))
                    .addProperty(DCTerms.license, model.createResource(properties.license().toString())));
        });
        dataset.addProperty(DCAT.distribution, model.createResource(root + "/sparql#distribution")
                .addProperty(RDF.type, DCAT.Distribution)
                .addProperty(DCTerms.title, "SPARQL-ändpunkt", "sv")
                .addProperty(DCAT.accessURL, endpoint)
                .addProperty(DCAT.accessService, endpoint));
        endpoint.addProperty(RDF.type, DCAT.DataService)
                .addProperty(DCAT.endpointURL, endpoint)
                .addProperty(DCAT.servesDataset, dataset)
                .addProperty(DCAT.endpointDescription, endpoint);

        for (NamedGraph graph : graphs) {
            Resource subset = model.createResource(graph.iri())
                    .addProperty(RDF.type, VOID.Dataset)
                    .addProperty(RDFS.label, graph.path())
                    .addLiteral(VOID.triples, graph.triples());
            String source = sourceByFile.get(graph.path());
            if (source != null) {
                subset.addProperty(DCTerms.source, model.createResource(source));
            }
            dataset.addProperty(VOID.subset, subset);
        }
        return model;
    }

    /** The SPARQL 1.1 Service Description of the endpoint at {@code endpointUrl}. */
    public Model serviceDescription(String endpointUrl) {
        Model model = model();
        Resource service = model.createResource(endpointUrl);
        service.addProperty(RDF.type, model.createResource(SD + "Service"))
                .addProperty(SD_ENDPOINT, service)
                .addProperty(SD_LANGUAGE, model.createResource(SD + "SPARQL11Query"))
                .addProperty(SD_FEATURE, model.createResource(SD + "UnionDefaultGraph"));
        for (String format : List.of("SPARQL_Results_JSON", "SPARQL_Results_XML", "SPARQL_Results_CSV",
                "SPARQL_Results_TSV", "Turtle", "N-Triples", "JSON-LD")) {
            service.addProperty(SD_RESULT_FORMAT, model.createResource(FORMATS + format));
        }
        List<NamedGraph> graphs = descriptions.graphs();
        Resource dataset = model.createResource().addProperty(RDF.type,
                model.createResource(SD + "Dataset"));
        service.addProperty(SD_DEFAULT_DATASET, dataset);
        dataset.addProperty(SD_DEFAULT_GRAPH, model.createResource()
                .addProperty(RDF.type, model.createResource(SD + "Graph"))
                .addProperty(RDFS.comment, "Unionen av alla namngivna grafer.", "sv")
                .addLiteral(VOID.triples, graphs.stream().mapToLong(NamedGraph::triples).sum()));
        for (NamedGraph graph : graphs) {
            dataset.addProperty(SD_NAMED_GRAPH, model.createResource()
                    .addProperty(RDF.type, model.createResource(SD + "NamedGraph"))
                    .addProperty(SD_NAME, model.createResource(graph.iri()))
                    .addProperty(SD_GRAPH, model.createResource()
                            .addProperty(RDF.type, model.createResource(SD + "Graph"))
                            .addLiteral(VOID.triples, graph.triples())));
        }
        return model;
    }

    /** Each source document's IRI by the data file that describes it (the named query "sources"). */
    private Map<String, String> sourcesByDataFile() {
        QueryResult sources = queries.select("sources", Map.of());
        Map<String, String> byFile = new java.util.TreeMap<>();
        for (Map<String, Object> row : sources.rows()) {
            Object file = row.get("dataFile");
            Object source = row.get("source");
            if (file != null && source != null) {
                byFile.put(file.toString(), source.toString());
            }
        }
        return byFile;
    }

    private Model model() {
        Model model = ModelFactory.createDefaultModel();
        model.setNsPrefixes(Prefixes.of(properties.base()));
        return model;
    }
}
