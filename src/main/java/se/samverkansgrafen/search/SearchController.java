package se.samverkansgrafen.search;

import java.util.List;
import java.util.Map;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** One search across people, groups, organisations and agreements. */
@RestController
class SearchController {

    private final NameSearch search;

    SearchController(NameSearch search) {
        this.search = search;
    }

    @GetMapping("/api/search")
    List<Map<String, Object>> search(@RequestParam String q, @RequestParam(required = false) String only) {
        return search.search(q, only);
    }
}
