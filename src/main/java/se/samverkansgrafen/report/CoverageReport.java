package se.samverkansgrafen.report;

import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.slf4j.LoggerFactory;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import se.samverkansgrafen.query.NamedQueryCatalog;
import se.samverkansgrafen.query.QueryResult;
import se.samverkansgrafen.query.QueryRunner;
import se.samverkansgrafen.store.GraphLoader;
import se.samverkansgrafen.store.InMemoryStore;
import se.samverkansgrafen.store.LoadReport;
import se.samverkansgrafen.store.TripleStore;

/**
 * Prints, per source document, the count of each class and of the instances that cite
 * their source, and the open identity candidates. Run with
 * {@code ./mvnw -q compile exec:java@coverage}.
 */
public final class CoverageReport {

    /** The classes every instance of which must cite its source. */
    public static final List<String> MUST_CITE = List.of(
            "http://www.w3.org/ns/org#Membership",
            "https://w3id.org/samverkan/def#Attendance",
            "https://w3id.org/samverkan/def#AgendaItem",
            "https://w3id.org/samverkan/def#Decision",
            "https://w3id.org/samverkan/def#HandlingStep");

    private static final Map<String, String> PREFIXES = Map.of(
            "https://w3id.org/samverkan/def#", "sg:",
            "http://www.w3.org/ns/org#", "org:",
            "http://xmlns.com/foaf/0.1/", "foaf:",
            "http://www.w3.org/ns/prov#", "prov:");

    /** One class in one source document's graph. */
    public record ClassCount(String fileName, String graph, String type, long instances, long cited) {
    }

    private final QueryRunner runner;

    public CoverageReport(QueryRunner runner) {
        this.runner = runner;
    }

    public List<ClassCount> classCounts() {
        return runner.select("coverage-by-source", Map.of()).rows().stream()
                .map(r -> new ClassCount((String) r.get("fileName"), (String) r.get("graph"), (String) r.get("class"),
                        (Long) r.get("instances"), (Long) r.get("citedInstances")))
                .toList();
    }

    public QueryResult identityCandidates() {
        return runner.select("identity-candidates", Map.of());
    }

    public void print(PrintStream out) {
        Map<String, List<ClassCount>> byFile = new LinkedHashMap<>();
        classCounts().forEach(c -> byFile.computeIfAbsent(c.fileName(), f -> new java.util.ArrayList<>()).add(c));
        out.println("Coverage per source document (instances / citing their source)");
        byFile.forEach((file, counts) -> {
            out.printf("%n%s  <%s>%n", file, counts.getFirst().graph());
            for (ClassCount c : counts) {
                String mark = MUST_CITE.contains(c.type()) ? (c.cited() == c.instances() ? "  all cited" : "  MISSING CITATIONS") : "";
                out.printf("  %-28s %5d %5d%s%n", shortName(c.type()), c.instances(), c.cited(), mark);
            }
        });
        List<Map<String, Object>> open = identityCandidates().rows().stream()
                .filter(r -> "open".equals(r.get("status"))).toList();
        out.printf("%nOpen identity candidates: %d%n", open.size());
        open.forEach(r -> out.printf("  %s ~ %s%n    %s%n", r.get("personName"), r.get("otherName"), r.get("evidence")));
    }

    private static String shortName(String iri) {
        return PREFIXES.entrySet().stream().filter(e -> iri.startsWith(e.getKey()))
                .map(e -> e.getValue() + iri.substring(e.getKey().length())).findFirst().orElse(iri);
    }

    public static void main(String[] args) {
        ((Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME)).setLevel(Level.WARN);
        Path root = Path.of(args.length > 0 ? args[0] : ".");
        try (TripleStore store = new InMemoryStore(Duration.ofSeconds(60))) {
            LoadReport load = new GraphLoader(store).load(root, List.of("ontology", "data"), "ontology/shapes.ttl");
            load.refused().forEach(r -> System.err.println("Refused " + r));
            QueryRunner runner = new QueryRunner(store, NamedQueryCatalog.load(root.resolve("queries")), Duration.ofSeconds(60));
            new CoverageReport(runner).print(System.out);
        }
    }
}
