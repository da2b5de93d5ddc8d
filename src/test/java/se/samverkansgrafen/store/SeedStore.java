package se.samverkansgrafen.store;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.GraphUtil;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.system.Txn;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/**
 * The project's ontology/ and data/ loaded once per test JVM into a real TDB2 database
 * served by embedded Fuseki on a free loopback port. Tests of the data and the named
 * queries read it over HTTP, as any SPARQL client would.
 */
public final class SeedStore {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static EmbeddedStore store;
    private static LoadReport report;

    private SeedStore() {
    }

    private static synchronized EmbeddedStore store() {
        if (store == null) {
            try {
                Path tdb2 = Files.createTempDirectory("seed-tdb2");
                store = new EmbeddedStore(new StoreProperties.Store(tdb2.toString(), null, null, null, null),
                        new StoreProperties.Fuseki(0, "samverkan"), Duration.ofSeconds(30));
                report = new GraphLoader(store).load(ProjectFiles.ROOT, ProjectFiles.DIRECTORIES, ProjectFiles.SHAPES);
                Runtime.getRuntime().addShutdownHook(new Thread(store::close));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return store;
    }

    /** The loaded store (for code under test that takes a {@link TripleStore}). */
    public static TripleStore tripleStore() {
        return store();
    }

    public static LoadReport loadReport() {
        store();
        return report;
    }

    /** A copy of the union of all named graphs, for in-memory checks such as SHACL. */
    public static Graph unionGraph() {
        EmbeddedStore s = store();
        return Txn.calculateRead(s.dataset(), () -> {
            Graph copy = GraphFactory.createDefaultGraph();
            GraphUtil.addInto(copy, s.dataset().getUnionGraph());
            return copy;
        });
    }

    /** Runs a SELECT query over HTTP against Fuseki and returns rows of variable to lexical value. */
    public static List<Map<String, String>> select(String sparql) {
        var response = SparqlHttp.postForm(store().queryEndpoint(), "query", Prefixes.SPARQL + sparql,
                "application/sparql-results+json");
        if (response.statusCode() != 200) {
            throw new IllegalStateException("Query failed (" + response.statusCode() + "): " + response.body());
        }
        List<Map<String, String>> rows = new ArrayList<>();
        for (JsonNode binding : JSON.readTree(response.body()).path("results").path("bindings")) {
            Map<String, String> row = new LinkedHashMap<>();
            binding.properties().forEach(e -> row.put(e.getKey(), e.getValue().path("value").asString()));
            rows.add(row);
        }
        return rows;
    }

    /** The values of one variable, in result order. */
    public static List<String> column(String sparql, String variable) {
        return select(sparql).stream().map(r -> r.get(variable)).toList();
    }

    /** The single value of a one-row, one-variable query. */
    public static String value(String sparql, String variable) {
        List<String> values = column(sparql, variable);
        if (values.size() != 1) {
            throw new AssertionError("Expected exactly one row, got " + values + " for: " + sparql);
        }
        return values.getFirst();
    }

    /** Prefixes the tests' queries use. */
    public static final class Prefixes {
        public static final String SPARQL = """
                PREFIX sg:      <https://w3id.org/samverkan/def#>
                PREFIX org:     <http://www.w3.org/ns/org#>
                PREFIX foaf:    <http://xmlns.com/foaf/0.1/>
                PREFIX skos:    <http://www.w3.org/2004/02/skos/core#>
                PREFIX dcterms: <http://purl.org/dc/terms/>
                PREFIX xsd:     <http://www.w3.org/2001/XMLSchema#>
                PREFIX person:  <https://w3id.org/samverkan/id/person/>
                PREFIX orgn:    <https://w3id.org/samverkan/id/org/>
                PREFIX grp:     <https://w3id.org/samverkan/id/group/>
                PREFIX meeting: <https://w3id.org/samverkan/id/meeting/>
                PREFIX item:    <https://w3id.org/samverkan/id/item/>
                PREFIX dec:     <https://w3id.org/samverkan/id/decision/>
                PREFIX matter:  <https://w3id.org/samverkan/id/matter/>
                PREFIX src:     <https://w3id.org/samverkan/id/source/>
                PREFIX role:    <https://w3id.org/samverkan/def/role/>
                PREFIX as:      <https://w3id.org/samverkan/def/attendance/>
                PREFIX ik:      <https://w3id.org/samverkan/def/item-kind/>
                PREFIX dk:      <https://w3id.org/samverkan/def/decision-kind/>
                PREFIX sk:      <https://w3id.org/samverkan/def/step-kind/>
                PREFIX ss:      <https://w3id.org/samverkan/def/step-status/>
                """;

        private Prefixes() {
        }
    }

    /** The part of an IRI after its last '/' (the slug). */
    public static String slug(String iri) {
        return iri.substring(iri.lastIndexOf('/') + 1);
    }
}
