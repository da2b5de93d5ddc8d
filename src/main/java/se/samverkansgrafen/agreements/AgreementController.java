package se.samverkansgrafen.agreements;

import java.util.List;
import java.util.Map;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import se.samverkansgrafen.query.QueryRunner;

/** Agreements and other matters (assignments, projects), and each one's path across groups. */
@RestController
@RequestMapping("/api/agreements")
class AgreementController {

    /** The fields of the agreements list that one matter's answer repeats. */
    private static final List<String> SUMMARY = List.of("steps", "lastDoneDate", "lastDoneKindLabel",
            "lastDoneGroupLabel", "nextPlannedDate", "nextPlannedKindLabel");

    private final QueryRunner queries;
    private final AgreementTraces traces;

    AgreementController(QueryRunner queries, AgreementTraces traces) {
        this.queries = queries;
        this.traces = traces;
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
        AgreementTraces.Trace trace = traces.trace(id);
        Map<String, Object> matter = trace.matter();
        Map<String, Object> summary = traces.summary(matter);
        if (!summary.isEmpty()) {
            SUMMARY.forEach(field -> matter.put(field, summary.get(field)));
        }
        return withSteps(trace);
    }

    /** Every handling step in time order, done steps apart from planned ones, each with its source. */
    @GetMapping("/{id}/trace")
    Map<String, Object> trace(@PathVariable String id) {
        return withSteps(traces.trace(id));
    }

    private static Map<String, Object> withSteps(AgreementTraces.Trace trace) {
        Map<String, Object> matter = trace.matter();
        matter.put("done", trace.done());
        matter.put("planned", trace.planned());
        return matter;
    }
}
