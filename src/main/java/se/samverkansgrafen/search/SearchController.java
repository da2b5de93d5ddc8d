package se.samverkansgrafen.search;

import java.util.List;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Parameter;

/** One search across people, groups, organisations and agreements. */
@RestController
class SearchController {

    private final NameSearch search;

    SearchController(NameSearch search) {
        this.search = search;
    }

    @GetMapping("/api/search")
    List<SearchHit> search(@Parameter(description = "Words, abbreviations or initials", example = "SVVO") @RequestParam String q,
            @Parameter(description = "Only this kind: person, group, organisation or matter", example = "group")
            @RequestParam(required = false) String only) {
        return search.search(q, only);
    }
}
