package se.samverkansgrafen.linkeddata;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.springframework.stereotype.Service;

import se.samverkansgrafen.linkeddata.LinkedDataConfiguration.LinkedDataQueries;
import se.samverkansgrafen.query.GraphQueries;
import se.samverkansgrafen.store.GraphNames;

/**
 * What an IRI under the configured base resolves to: an entity's description, or, for a
 * hash namespace such as {@code def} (the ontology and its concept schemes, whose terms are
 * {@code def#Person}, {@code def#RoleScheme}) or {@code shapes}, the ontology files that
 * describe its terms.
 */
@Service
public class Descriptions {

    /** A named graph of the dataset: its IRI, the file it was read from and its size. */
    public record NamedGraph(String iri, String path, long triples, String loadedAt) {
    }

    private final GraphQueries queries;
    private final LinkedDataQueries catalog;
    private final String base;

    Descriptions(GraphQueries queries, LinkedDataQueries catalog, LinkedDataProperties properties) {
        this.queries = queries;
        this.catalog = catalog;
        this.base = properties.base();
    }

    public String base() {
        return base;
    }

    /** The project's prefixes under the configured base (data/README.md), by prefix. */
    public Map<String, String> prefixes() {
        return new java.util.TreeMap<>(Prefixes.of(base).getNsPrefixMap());
    }

    /**
     * The description of the resource at {@code path} (relative to the base, such as
     * {@code id/person/ingmar-angman} or {@code def}); empty when the graph has none.
     */
    Optional<Description> resolve(String path) {
        String iri = base + path;
        if (!path.contains("/")) {
            Model document = namespaceDocument(iri + "#");
            if (!document.isEmpty()) {
                return Optional.of(new Description(iri, path, document, true));
            }
        }
        Model description = queries.construct(catalog.catalog().get("describe"),
                Map.of("entity", NodeFactory.createURI(iri)));
        return description.isEmpty() ? Optional.empty() : Optional.of(new Description(iri, path, description, false));
    }

    /** The graphs of files under ontology/ that describe terms of the hash namespace. */
    private Model namespaceDocument(String namespace) {
        Model document = ModelFactory.createDefaultModel();
        for (NamedGraph graph : graphs()) {
            if (!graph.path().startsWith("ontology/")) {
                continue;
            }
            Node graphNode = NodeFactory.createURI(graph.iri());
            if (queries.ask(catalog.catalog().get("graph-declares-namespace"),
                    Map.of("graph", graphNode, "namespace", NodeFactory.createLiteralString(namespace)))) {
                queries.constructTriples(catalog.catalog().get("graph-triples"), Map.of("graph", graphNode),
                        document.getGraph()::add);
            }
        }
        return document;
    }

    /** Every named graph the loader made, by file path, from the store's load record. */
    public List<NamedGraph> graphs() {
        List<NamedGraph> graphs = new ArrayList<>();
        queries.select(catalog.catalog().get("graphs"),
                Map.of("loadRecord", NodeFactory.createURI(GraphNames.LOAD_RECORD_GRAPH)),
                row -> graphs.add(new NamedGraph(row.getResource("graph").getURI(),
                        row.getLiteral("path").getString(), row.getLiteral("triples").getLong(),
                        row.contains("loadedAt") ? row.getLiteral("loadedAt").getLexicalForm() : null)));
        return graphs;
    }

    /**
     * What an IRI resolved to.
     *
     * @param namespace true for a namespace document (all terms of {@code iri#}), false for one entity
     */
    record Description(String iri, String path, Model model, boolean namespace) {
    }
}
