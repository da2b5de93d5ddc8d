package se.samverkansgrafen.drafts;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.jena.graph.Graph;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;

import se.samverkansgrafen.query.QueryResult;

/**
 * A draft as its review page shows it, grouped as minutes are: the meeting, attendances,
 * items with their decisions, and the other facts. Read from the draft's own graph in
 * memory by the SPARQL in {@code review/*.rq} (the draft is never in the store).
 */
final class DraftReview {

    private static final Map<String, Query> QUERIES = load("meeting", "attendance", "items", "other-facts");

    private DraftReview() {
    }

    /** Each section's rows, IRIs of entities with their slugs as {@code <variable>Id}. */
    static Map<String, List<Map<String, Object>>> of(Graph draft) {
        Model model = ModelFactory.createModelForGraph(draft);
        Map<String, List<Map<String, Object>>> sections = new LinkedHashMap<>();
        QUERIES.forEach((name, query) -> {
            try (QueryExecution exec = QueryExecution.create(query, model)) {
                sections.put(name, QueryResult.of(exec.execSelect()).withIds());
            }
        });
        return sections;
    }

    private static Map<String, Query> load(String... names) {
        Map<String, Query> queries = new LinkedHashMap<>();
        for (String name : names) {
            String resource = "/review/" + name + ".rq";
            try (InputStream in = DraftReview.class.getResourceAsStream(resource)) {
                if (in == null) {
                    throw new IllegalStateException("The review query " + resource + " is missing");
                }
                queries.put(name, QueryFactory.create(new String(in.readAllBytes(), StandardCharsets.UTF_8)));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return queries;
    }
}
