package se.samverkansgrafen.people;

import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Service;

import se.samverkansgrafen.query.QueryResult;
import se.samverkansgrafen.query.QueryRunner;
import se.samverkansgrafen.web.NotFoundException;

/** Fills the people feature's read models from the named queries, for the API and the pages alike. */
@Service
class PersonViews {

    private final QueryRunner queries;
    private final IdentityCandidates candidates;

    PersonViews(QueryRunner queries, IdentityCandidates candidates) {
        this.queries = queries;
        this.candidates = candidates;
    }

    /** People whose name matches q (name-search.rq limited to people). */
    List<PersonMatch> search(String q) {
        return queries.select("name-search", Map.of("q", q, "only", "person")).as(PersonMatch.class);
    }

    PersonView person(String id) {
        PersonView.Person person = queries.select("person", Map.of("person", id))
                .entityAs("name", PersonView.Person.class)
                .orElseThrow(() -> new NotFoundException("person", id));
        QueryResult rows = queries.select("person-memberships", Map.of("person", id));
        return new PersonView(person,
                rows.asWhere("kind", "membership", PersonView.PersonEntry.class),
                rows.asWhere("kind", "report", PersonView.PersonEntry.class),
                candidates.of(person.person()),
                rows.asWhere("kind", "attendance", PersonView.PersonEntry.class));
    }
}
