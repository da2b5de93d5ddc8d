package se.samverkansgrafen.store;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.graph.Node;
import org.apache.jena.rdfconnection.RDFConnection;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.engine.binding.BindingFactory;

/** The loader's own queries, from src/main/resources/store/, with their values bound, never spliced. */
final class StoreQueries {

    private static final Query TRIPLES_ABOUT = read("triples-about.rq");
    private static final Var S = Var.alloc("s");

    private StoreQueries() {
    }

    /** Every quad in a named graph whose subject is one of {@code nodes}. */
    static List<Quad> triplesAbout(TripleStore store, List<Node> nodes) {
        Query query = TRIPLES_ABOUT.cloneQuery();
        List<Binding> rows = nodes.stream().map(n -> BindingFactory.binding(S, n)).toList();
        query.setValuesDataBlock(List.of(S), rows);
        List<Quad> quads = new ArrayList<>();
        try (RDFConnection conn = store.connect()) {
            conn.querySelect(query, row -> quads.add(Quad.create(row.get("g").asNode(), row.get("s").asNode(),
                    row.get("p").asNode(), row.get("o").asNode())));
        }
        return quads;
    }

    private static Query read(String name) {
        try (InputStream in = StoreQueries.class.getResourceAsStream("/store/" + name)) {
            if (in == null) {
                throw new IllegalStateException("Missing query resource store/" + name);
            }
            return QueryFactory.create(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
