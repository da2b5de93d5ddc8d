package se.samverkansgrafen.organisations;

import java.util.List;
import java.util.Map;

import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

import se.samverkansgrafen.query.QueryResult;
import se.samverkansgrafen.query.QueryRunner;
import se.samverkansgrafen.web.CoveredDates;
import se.samverkansgrafen.web.NotFoundException;
import se.samverkansgrafen.web.PageController;

/** An organisation's page: who represents it in which groups on a date, and which groups it is missing from. */
@PageController
class OrganisationPageController {

    private final QueryRunner queries;
    private final CoveredDates dates;

    OrganisationPageController(QueryRunner queries, CoveredDates dates) {
        this.queries = queries;
        this.dates = dates;
    }

    @GetMapping("/organisations/{id}")
    String organisation(@PathVariable String id, @RequestParam(required = false) String at, Model model) {
        Map<String, Object> organisation = queries.select("organisation", Map.of("organisation", id)).entity("label")
                .orElseThrow(() -> new NotFoundException("organisation", id));
        String on = dates.atOrLatest(at);
        QueryResult rows = queries.select("organisation-representatives",
                Map.of("organisation", id, "at", on));
        model.addAttribute("organisation", organisation);
        model.addAttribute("at", on);
        model.addAttribute("covered", queries.select("covered-dates", Map.of()).first().orElse(Map.of()));
        model.addAttribute("members", rows.withIdsWhere("kind", "member"));
        model.addAttribute("participants", rows.withIdsWhere("kind", "participant"));
        model.addAttribute("missing", queries.select("organisation-missing-groups",
                Map.of("organisation", id, "at", on)).withIds());
        return "organisation";
    }
}
