package se.samverkansgrafen.sparql;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

import se.samverkansgrafen.query.InvalidParameterException;
import se.samverkansgrafen.query.NamedQuery;
import se.samverkansgrafen.query.QueryParameter;
import se.samverkansgrafen.query.QueryRunner;
import se.samverkansgrafen.web.PageController;

/**
 * The analysts' page: a SPARQL editor run against /sparql, with the catalogue of named
 * queries as examples. A query with parameters shows its example values, runnable through
 * /api/queries/{name}, where the values are bound by the runner.
 */
@PageController
class SparqlPageController {

    /** The editor starts with this named query: groups and their meetings. */
    static final String DEFAULT_EXAMPLE = "groups";

    /** A catalogue entry with its example parameter values read from the header's example line. */
    record Example(String name, String title, String description, List<QueryParameter> parameters,
            Map<String, String> values, String text) {

        /** The example values as a URL query string, for /api/queries/{name}?... */
        public String queryString() {
            return values.entrySet().stream()
                    .map(v -> URLEncoder.encode(v.getKey(), StandardCharsets.UTF_8) + "="
                            + URLEncoder.encode(v.getValue(), StandardCharsets.UTF_8))
                    .collect(Collectors.joining("&"));
        }
    }

    private final QueryRunner queries;

    SparqlPageController(QueryRunner queries) {
        this.queries = queries;
    }

    @GetMapping({"/sparql-editor", "/analys"})
    String editor(@RequestParam(required = false) String query, @RequestParam(required = false) String example,
            Model model) {
        List<Example> examples = queries.catalog().all().stream().map(SparqlPageController::example).toList();
        Example chosen = example == null || example.isEmpty() ? null
                : examples.stream().filter(e -> e.name().equals(example)).findFirst()
                        .orElseThrow(() -> new InvalidParameterException("example", "must be the name of a named query, got '"
                                + (example.length() > 40 ? example.substring(0, 40) + "…" : example) + "'",
                                examples.stream().map(Example::name).toList()));
        String text = query != null && !query.isBlank() ? query : chosen != null ? chosen.text()
                : queries.catalog().get(DEFAULT_EXAMPLE).text();
        model.addAttribute("examples", examples);
        model.addAttribute("chosen", chosen);
        model.addAttribute("query", text);
        return "sparql";
    }

    private static Example example(NamedQuery query) {
        Map<String, String> values = new LinkedHashMap<>();
        String line = query.example() == null ? "" : query.example().strip();
        if (!line.startsWith("(")) {
            for (String pair : line.split("&")) {
                int eq = pair.indexOf('=');
                if (eq > 0) {
                    String name = pair.substring(0, eq).strip();
                    if (query.parameters().stream().anyMatch(p -> p.name().equals(name))) {
                        values.put(name, pair.substring(eq + 1).strip());
                    }
                }
            }
        }
        return new Example(query.name(), query.title(), query.description(), query.parameters(), values, query.text());
    }
}
