package se.samverkansgrafen.people;

import java.util.LinkedHashMap;
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

    /** Candidates naming {@code personIri}: candidate, otherPerson(Id), otherName, evidence, status. */
    List<Map<String, Object>> of(Object personIri) {
        return queries.select("identity-candidates", Map.of()).withIds().stream()
                .filter(row -> Objects.equals(row.get("person"), personIri) || Objects.equals(row.get("otherPerson"), personIri))
                .map(row -> {
                    boolean first = Objects.equals(row.get("person"), personIri);
                    Map<String, Object> candidate = new LinkedHashMap<>();
                    candidate.put("candidate", row.get("candidate"));
                    candidate.put("candidateId", row.get("candidateId"));
                    candidate.put("otherPerson", row.get(first ? "otherPerson" : "person"));
                    candidate.put("otherPersonId", row.get(first ? "otherPersonId" : "personId"));
                    candidate.put("otherName", row.get(first ? "otherName" : "personName"));
                    candidate.put("evidence", row.get("evidence"));
                    candidate.put("status", row.get("status"));
                    return candidate;
                })
                .toList();
    }
}
