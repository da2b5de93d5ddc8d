package se.samverkansgrafen.people;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import se.samverkansgrafen.query.QueryResult;
import se.samverkansgrafen.query.QueryRunner;
import se.samverkansgrafen.web.NotFoundException;

/** People: name search, and where a person sits and sat. */
@RestController
@RequestMapping("/api/people")
class PeopleController {

    private final QueryRunner queries;
    private final IdentityCandidates candidates;

    PeopleController(QueryRunner queries, IdentityCandidates candidates) {
        this.queries = queries;
        this.candidates = candidates;
    }

    /** People whose name matches q, forgiving lost diacritics and OCR slips. */
    @GetMapping
    List<Map<String, Object>> search(@RequestParam String q) {
        return queries.select("name-search", Map.of("q", q, "only", "person")).withIds();
    }

    /** A person with every membership, report on behalf of a group ("rapporterar från") and attendance, each with its source. */
    @GetMapping("/{id}")
    Map<String, Object> person(@PathVariable String id) {
        Map<String, Object> person = new LinkedHashMap<>(queries.select("person", Map.of("person", id)).entity("name")
                .orElseThrow(() -> new NotFoundException("person", id)));
        QueryResult rows = queries.select("person-memberships", Map.of("person", id));
        person.put("memberships", rows.withIdsWhere("kind", "membership"));
        person.put("reports", rows.withIdsWhere("kind", "report"));
        person.put("identityCandidates", candidates.of(person.get("person")));
        person.put("attendance", rows.withIdsWhere("kind", "attendance"));
        return person;
    }
}
