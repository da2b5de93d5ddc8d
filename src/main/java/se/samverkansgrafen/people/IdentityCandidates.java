package se.samverkansgrafen.people;

import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Component;

import se.samverkansgrafen.query.QueryRunner;

/**
 * The identity candidates (queries/identity-candidates.rq) that concern one person, each
 * turned to face the other person record, for the person's API answer and page.
 */
@Component
class IdentityCandidates {

    /** A row of identity-candidates.rq: a candidate pair of person records, in either order. */
    record CandidateRow(String candidate, String candidateId, String person, String personId, String personName,
            String otherPerson, String otherPersonId, String otherName, String evidence, String status) {
    }

    private final QueryRunner queries;

    IdentityCandidates(QueryRunner queries) {
        this.queries = queries;
    }

    /** The candidates that name {@code personIri}, each seen from that person's side. */
    List<IdentityCandidate> of(String personIri) {
        return queries.select("identity-candidates", Map.of("about", personIri)).as(CandidateRow.class).stream()
                .map(row -> personIri.equals(row.person())
                        ? new IdentityCandidate(row.candidate(), row.candidateId(), row.otherPerson(), row.otherPersonId(),
                                row.otherName(), row.evidence(), row.status())
                        : new IdentityCandidate(row.candidate(), row.candidateId(), row.person(), row.personId(),
                                row.personName(), row.evidence(), row.status()))
                .toList();
    }
}
