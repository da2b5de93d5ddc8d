package se.samverkansgrafen.organisations;

import java.util.Map;

import org.springframework.stereotype.Service;

import se.samverkansgrafen.query.QueryResult;
import se.samverkansgrafen.query.QueryRunner;
import se.samverkansgrafen.web.CoveredDates;
import se.samverkansgrafen.web.NotFoundException;

/** Fills the organisations feature's read model from the named queries, for the API and the page alike. */
@Service
class OrganisationViews {

    private final QueryRunner queries;
    private final CoveredDates dates;

    OrganisationViews(QueryRunner queries, CoveredDates dates) {
        this.queries = queries;
        this.dates = dates;
    }

    /** The organisation on {@code at} (checked; default: the latest date the minutes cover). */
    OrganisationView organisation(String id, String at) {
        OrganisationView.Organisation organisation = queries.select("organisation", Map.of("organisation", id))
                .entityAs("label", OrganisationView.Organisation.class)
                .orElseThrow(() -> new NotFoundException("organisation", id));
        String on = dates.atOrLatest(at);
        Map<String, String> onDate = Map.of("organisation", id, "at", on);
        QueryResult rows = queries.select("organisation-representatives", onDate);
        return new OrganisationView(organisation, on,
                rows.asWhere("kind", "member", OrganisationView.Representative.class),
                rows.asWhere("kind", "participant", OrganisationView.Representative.class),
                queries.select("organisation-missing-groups", onDate).as(OrganisationView.MissingGroup.class));
    }
}
