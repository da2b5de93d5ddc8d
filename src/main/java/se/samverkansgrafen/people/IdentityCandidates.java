package se.samverkansgrafen.people;

import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.springframework.stereotype.Component;

import se.samverkansgrafen.query.QueryRunner;

/**
 * The identity candidates (queries/identity-candidates.rq) that concern one person, each
 * turned to face the other person record, for the person's API answer and page.
 */
@Component
class IdentityCandidates {

    private final QueryRunner queries;

    IdentityCandidates(QueryRunner queries) {
        this.queries = queries;
    }

    /** The candidates that name {@code personIri}, each seen from that person's side. */
    List<IdentityCandidate> of(String personIri) {
        return queries.select("identity-candidates", Map.of()).withIds().stream()
                .filter(row -> Objects.equals(row.get("person"), personIri) || Objects.equals(row.get("otherPerson"), personIri))
                .map(row -> {
                    boolean first = Objects.equals(row.get("person"), personIri);
                    return new IdentityCandidate(text(row.get("candidate")), text(row.get("candidateId")),
                            text(row.get(first ? "otherPerson" : "person")), text(row.get(first ? "otherPersonId" : "personId")),
                            text(row.get(first ? "otherName" : "personName")), text(row.get("evidence")),
                            text(row.get("status")));
                })
                .toList();
    }

    private static String text(Object value) {
        return value == null ? null : value.toString();
    }
}
