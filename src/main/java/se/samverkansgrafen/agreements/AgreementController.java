package se.samverkansgrafen.agreements;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import se.samverkansgrafen.query.QueryResult;
import se.samverkansgrafen.query.QueryRunner;
import se.samverkansgrafen.web.NotFoundException;

/** Agreements and other matters (assignments, projects), and each one's path across groups. */
@RestController
@RequestMapping("/api/agreements")
class AgreementController {

    private static final String DONE = "https://w3id.org/samverkan/def/step-status/done";
    private static final String PLANNED = "https://w3id.org/samverkan/def/step-status/planned";
    /** The fields of the agreements list that one matter's answer repeats. */
    private static final List<String> SUMMARY = List.of("steps", "lastDoneDate", "lastDoneKindLabel",
            "lastDoneGroupLabel", "nextPlannedDate", "nextPlannedKindLabel");

    private final QueryRunner queries;

    AgreementController(QueryRunner queries) {
        this.queries = queries;
    }

    @GetMapping
    List<Map<String, Object>> agreements() {
        return queries.select("agreements", Map.of()).withIds();
    }

    /**
     * One matter with what the list says of it (step count, last done and next planned step)
     * and its steps as the trace gives them.
     */
    @GetMapping("/{id}")
    Map<String, Object> agreement(@PathVariable String id) {
        Map<String, Object> matter = matter(id);
        queries.select("agreements", Map.of()).withIds().stream()
                .filter(row -> Objects.equals(row.get("matter"), matter.get("matter")))
                .findFirst()
                .ifPresent(row -> SUMMARY.forEach(field -> matter.put(field, row.get(field))));
        addSteps(matter, id);
        return matter;
    }

    /** Every handling step in time order, done steps apart from planned ones, each with its source. */
    @GetMapping("/{id}/trace")
    Map<String, Object> trace(@PathVariable String id) {
        Map<String, Object> matter = matter(id);
        addSteps(matter, id);
        return matter;
    }

    private void addSteps(Map<String, Object> matter, String id) {
        QueryResult steps = queries.select("agreement-trace", Map.of("matter", id));
        matter.put("done", steps.withIdsWhere("status", DONE));
        matter.put("planned", steps.withIdsWhere("status", PLANNED));
    }

    private Map<String, Object> matter(String id) {
        return new LinkedHashMap<>(queries.select("matter", Map.of("matter", id)).entity("label")
                .orElseThrow(() -> new NotFoundException("agreement or matter", id)));
    }
}
