package se.samverkansgrafen.search;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import se.samverkansgrafen.query.QueryRunner;

/** One search across people, groups, organisations and agreements. */
@RestController
class SearchController {

    private final QueryRunner queries;

    SearchController(QueryRunner queries) {
        this.queries = queries;
    }

    @GetMapping("/api/search")
    List<Map<String, Object>> search(@RequestParam String q, @RequestParam(required = false) String only) {
        Map<String, String> values = new HashMap<>();
        values.put("q", q);
        if (only != null) {
            values.put("only", only);
        }
        return queries.select("name-search", values).withIds();
    }
}
