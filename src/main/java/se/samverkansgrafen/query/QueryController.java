package se.samverkansgrafen.query;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The catalogue of named queries, and running one with its parameters from the query string. */
@RestController
@RequestMapping("/api/queries")
class QueryController {

    private final QueryRunner queries;

    QueryController(QueryRunner queries) {
        this.queries = queries;
    }

    record Entry(String name, String title, String description, List<QueryParameter> parameters, String example,
            String sparql) {
    }

    @GetMapping
    List<Entry> catalogue() {
        return queries.catalog().all().stream()
                .map(q -> new Entry(q.name(), q.title(), q.description(), q.parameters(), q.example(), q.text()))
                .toList();
    }

    @GetMapping("/{name}")
    Map<String, Object> run(@PathVariable String name, @RequestParam MultiValueMap<String, String> parameters) {
        Map<String, String> values = new LinkedHashMap<>();
        parameters.forEach((key, given) -> {
            if (given.size() > 1) {
                throw new InvalidParameterException(key, "is given more than once");
            }
            values.put(key, given.getFirst());
        });
        QueryResult result = queries.select(name, values);
        Map<String, Object> response = new LinkedHashMap<>();
        response.put("query", name);
        response.put("parameters", values);
        response.put("variables", result.variables());
        response.put("results", result.withIds());
        return response;
    }
}
