package se.samverkansgrafen.sparql;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.apache.jena.graph.Node;
import org.apache.jena.query.Query;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.syntax.syntaxtransform.QueryTransformOps;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;

import se.samverkansgrafen.linkeddata.Descriptions;
import se.samverkansgrafen.query.InvalidParameterException;
import se.samverkansgrafen.query.NamedQuery;
import se.samverkansgrafen.query.QueryParameter;
import se.samverkansgrafen.query.QueryRunner;
import se.samverkansgrafen.web.PageController;

/**
 * The analysts' page: YASGUI (brought in from npm at build time) against /sparql, with the
 * named queries as its example tabs and the project's prefixes known to the editor's
 * completion and the result table. A query with parameters opens with its example values
 * bound: Jena substitutes them into the parsed query, and the tab shows that query.
 */
@PageController
class SparqlPageController {

    /** The editor starts on this named query: groups and their meetings. */
    static final String DEFAULT_EXAMPLE = "groups";

    /** A tab: a named query with its example values bound. */
    record Example(String name, String title, String description, String query) {
    }

    private final QueryRunner queries;
    private final Descriptions descriptions;

    SparqlPageController(QueryRunner queries, Descriptions descriptions) {
        this.queries = queries;
        this.descriptions = descriptions;
    }

    @GetMapping({"/sparql-editor", "/analys"})
    String editor(@RequestParam(required = false) String query, @RequestParam(required = false) String example,
            Model model) {
        List<Example> examples = examples();
        Example chosen = example == null || example.isEmpty() ? null
                : examples.stream().filter(e -> e.name().equals(example)).findFirst()
                        .orElseThrow(() -> new InvalidParameterException("example", "must be the name of a named query, got '"
                                + (example.length() > 40 ? example.substring(0, 40) + "…" : example) + "'",
                                examples.stream().map(Example::name).toList()));
        model.addAttribute("examples", examples);
        model.addAttribute("chosen", chosen != null ? chosen.name() : query != null && !query.isBlank() ? "" : DEFAULT_EXAMPLE);
        model.addAttribute("query", query != null && !query.isBlank() ? query : "");
        return "sparql";
    }

    /** The example tabs, read by the page's script. */
    @GetMapping("/sparql-editor/examples.json")
    @ResponseBody
    List<Example> examplesJson() {
        return examples();
    }

    /** The prefixes, in prefix.cc's format, for the editor's PREFIX completion and the result table. */
    @GetMapping("/sparql-editor/prefixes.json")
    @ResponseBody
    Map<String, String> prefixes() {
        return descriptions.prefixes();
    }

    private List<Example> examples() {
        return queries.catalog().all().stream().map(SparqlPageController::example).toList();
    }

    private static Example example(NamedQuery named) {
        Map<String, String> values = exampleValues(named);
        String text = named.text();
        if (!values.isEmpty()) {
            Map<Var, Node> bound = new HashMap<>();
            values.forEach((name, value) -> named.parameters().stream().filter(p -> p.name().equals(name)).findFirst()
                    .ifPresent(p -> bound.put(Var.alloc(name), p.toNode(value))));
            Query substituted = QueryTransformOps.syntaxSubstitute(named.query(), bound);
            String header = named.text().lines().takeWhile(line -> line.startsWith("#"))
                    .collect(Collectors.joining("\n"));
            text = header + "\n# (example values bound: " + values.entrySet().stream()
                    .map(v -> v.getKey() + "=" + v.getValue()).collect(Collectors.joining(", ")) + ")\n"
                    + substituted.serialize();
        }
        return new Example(named.name(), named.title(), named.description(), text);
    }

    /** The values of the header's example line ("person=ingmar-angman&at=2022-11-11") that name parameters. */
    private static Map<String, String> exampleValues(NamedQuery query) {
        Map<String, String> values = new LinkedHashMap<>();
        String line = query.example() == null ? "" : query.example().strip();
        if (!line.startsWith("(")) {
            for (String pair : line.split("&")) {
                int eq = pair.indexOf('=');
                if (eq > 0) {
                    String name = pair.substring(0, eq).strip();
                    if (query.parameters().stream().map(QueryParameter::name).anyMatch(name::equals)) {
                        values.put(name, pair.substring(eq + 1).strip());
                    }
                }
            }
        }
        return values;
    }
}
