package se.samverkansgrafen.organisations;

import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import se.samverkansgrafen.query.QueryResult;
import se.samverkansgrafen.query.QueryRunner;
import se.samverkansgrafen.web.CoveredDates;
import se.samverkansgrafen.web.NotFoundException;

/** Organisations (region, municipalities, units): who represents them where on a date. */
@RestController
@RequestMapping("/api/organisations")
class OrganisationController {

    private final QueryRunner queries;
    private final CoveredDates dates;

    OrganisationController(QueryRunner queries, CoveredDates dates) {
        this.queries = queries;
        this.dates = dates;
    }

    @GetMapping("/{id}")
    Map<String, Object> organisation(@PathVariable String id, @RequestParam(required = false) String at) {
        Map<String, Object> organisation = new LinkedHashMap<>(queries.select("organisation",
                Map.of("organisation", id)).entity("label").orElseThrow(() -> new NotFoundException("organisation", id)));
        String on = dates.atOrLatest(at);
        QueryResult rows = queries.select("organisation-representatives", Map.of("organisation", id, "at", on));
        organisation.put("at", on);
        organisation.put("members", rows.withIdsWhere("kind", "member"));
        organisation.put("participants", rows.withIdsWhere("kind", "participant"));
        return organisation;
    }
}
