package se.samverkansgrafen.organisations;

import java.util.List;
import java.util.Map;

import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

import se.samverkansgrafen.query.QueryRunner;
import se.samverkansgrafen.web.PageController;

/** An organisation's page: who represents it in which groups on a date, and which groups it is missing from. */
@PageController
class OrganisationPageController {

    private final OrganisationViews organisations;
    private final QueryRunner queries;

    OrganisationPageController(OrganisationViews organisations, QueryRunner queries) {
        this.organisations = organisations;
        this.queries = queries;
    }

    @GetMapping("/organisations/{id}")
    String organisation(@PathVariable String id, @RequestParam(required = false) String at, Model model) {
        OrganisationView view = organisations.organisation(id, at);
        model.addAttribute("organisation", view.organisation());
        model.addAttribute("at", view.at());
        model.addAttribute("covered", queries.select("covered-dates", Map.of()).first().orElse(Map.of()));
        model.addAttribute("members", view.members());
        model.addAttribute("participants", view.participants());
        model.addAttribute("missing", view.missingGroups());
        return "organisation";
    }
}
