package se.samverkansgrafen.organisations;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Parameter;

/** Organisations (region, municipalities, units): who represents them where on a date. */
@RestController
@RequestMapping("/api/organisations")
class OrganisationController {

    private final OrganisationViews organisations;

    OrganisationController(OrganisationViews organisations) {
        this.organisations = organisations;
    }

    @GetMapping("/{id}")
    OrganisationView organisation(@Parameter(description = "The organisation's id", example = "kommun-nora") @PathVariable String id,
            @Parameter(description = "Date (YYYY-MM-DD); default: the latest date the minutes cover", example = "2023-06-01")
            @RequestParam(required = false) String at) {
        return organisations.organisation(id, at);
    }
}
