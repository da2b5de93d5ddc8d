package se.samverkansgrafen.benchmark;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.QuerySolutionMap;
import org.apache.jena.query.ResultSet;
import org.apache.jena.rdf.model.ResourceFactory;
import org.apache.jena.rdfconnection.RDFConnection;
import org.apache.jena.system.Txn;

import se.samverkansgrafen.query.NamedQuery;
import se.samverkansgrafen.query.QueryParameter;
import se.samverkansgrafen.store.TripleStore;

/**
 * The entities the benchmark asks about at one size. On the seeds (S) they are the
 * examples the README and the named queries give. On generated data, whose entities have
 * other ids, each is a typical one of its kind: the median person, group, organisation,
 * meeting and matter by how many facts they have, so the answers are of ordinary size.
 */
record Examples(boolean seeds, Map<String, String> values) {

    private static final String ID = QueryParameter.ID_BASE;

    /** The seeds' examples, as the README's and the benchmark's earlier figures use them. */
    static Examples ofSeeds() {
        Map<String, String> values = new LinkedHashMap<>();
        values.put("person", "ingmar-angman");
        values.put("otherPerson", "fredrik-bergstrom");
        values.put("group", "orebro-chefsgrupp-svvo");
        values.put("otherGroup", "orebro-chefsgrupp-svvo-au");
        values.put("organisation", "kommun-nora");
        values.put("meeting", "orebro-chefsgrupp-svvo-2022-11-11");
        values.put("matter", "orebro-overenskommelse-hsv-i-hemmet");
        values.put("at", "2022-12-01");
        values.put("organisationAt", "2023-06-01");
        values.put("q", "Angman");
        return new Examples(true, values);
    }

    /** Whether the store holds the seeds' example person (generated data may include the seeds). */
    static boolean holdsSeeds(TripleStore store) {
        return !entities(store, "pick-name", Map.of("person", ID + "person/" + ofSeeds().get("person"))).isEmpty();
    }

    /** Typical entities of the store at hand. */
    static Examples typical(TripleStore store) {
        Map<String, String> values = new LinkedHashMap<>();
        String person = median(store, "pick-person", Map.of());
        values.put("person", slug(person));
        values.put("otherPerson", slug(first(store, "pick-other-person", Map.of("person", person))));
        String group = median(store, "pick-group", Map.of());
        values.put("group", slug(group));
        values.put("otherGroup", slug(first(store, "pick-other-group", Map.of("group", group))));
        values.put("organisation", slug(median(store, "pick-organisation", Map.of())));
        values.put("meeting", slug(median(store, "pick-meeting", Map.of())));
        values.put("matter", slug(median(store, "pick-matter", Map.of())));
        String latest = first(store, "pick-latest-date", Map.of("group", group));
        values.put("at", latest);
        values.put("organisationAt", latest);
        String name = first(store, "pick-name", Map.of("person", person));
        values.put("q", name.substring(name.lastIndexOf(' ') + 1));
        return new Examples(false, values);
    }

    String get(String key) {
        return values.get(key);
    }

    /**
     * A named query's parameters for the benchmark: its header's example on the seeds, and on
     * generated data the example with each id and date replaced by the typical one of its kind.
     * Empty for a query without parameters.
     */
    Map<String, String> parameters(NamedQuery query) {
        Map<String, String> parameters = new LinkedHashMap<>();
        String example = query.example();
        if (example.startsWith("(")) {
            return parameters;
        }
        for (String pair : example.split("&")) {
            String[] kv = pair.split("=", 2);
            String name = kv[0];
            String given = kv.length > 1 ? kv[1] : "";
            parameters.put(name, seeds ? given : query.parameters().stream().filter(p -> p.name().equals(name))
                    .findFirst().map(p -> replacement(p, given)).orElse(given));
        }
        return parameters;
    }

    private String replacement(QueryParameter parameter, String value) {
        String type = parameter.type();
        boolean other = parameter.name().startsWith("other");
        return switch (type) {
            case "id:person" -> get(other ? "otherPerson" : "person");
            case "id:group" -> get(other ? "otherGroup" : "group");
            case "id:org" -> get("organisation");
            case "id:meeting" -> get("meeting");
            case "id:matter" -> get("matter");
            case "date" -> get("at");
            case "search" -> get("q");
            default -> value;
        };
    }

    private static String slug(String iri) {
        if (!iri.startsWith(ID)) {
            return iri;
        }
        return iri.substring(iri.indexOf('/', ID.length()) + 1);
    }

    private static String median(TripleStore store, String query, Map<String, String> bound) {
        List<String> all = entities(store, query, bound);
        if (all.isEmpty()) {
            throw new IllegalStateException("The store has nothing for " + query + ".rq");
        }
        return all.get(all.size() / 2);
    }

    private static String first(TripleStore store, String query, Map<String, String> bound) {
        List<String> all = entities(store, query, bound);
        if (all.isEmpty()) {
            throw new IllegalStateException("The store has nothing for " + query + ".rq with " + bound);
        }
        return all.getFirst();
    }

    /** The ?entity column of one of the benchmark's picking queries, with IRIs bound by substitution. */
    private static List<String> entities(TripleStore store, String query, Map<String, String> bound) {
        String text = resource(query + ".rq");
        QuerySolutionMap substitution = new QuerySolutionMap();
        bound.forEach((name, iri) -> substitution.add(name, ResourceFactory.createResource(iri)));
        try (RDFConnection conn = store.connect()) {
            return Txn.calculateRead(conn, () -> {
                try (QueryExecution exec = conn.newQuery().query(text).substitution(substitution).build()) {
                    List<String> values = new ArrayList<>();
                    ResultSet rows = exec.execSelect();
                    while (rows.hasNext()) {
                        QuerySolution row = rows.next();
                        values.add(row.get("entity").isLiteral() ? row.getLiteral("entity").getLexicalForm()
                                : row.getResource("entity").getURI());
                    }
                    return values;
                }
            });
        }
    }

    private static String resource(String name) {
        try (InputStream in = Examples.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("Missing benchmark query " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
