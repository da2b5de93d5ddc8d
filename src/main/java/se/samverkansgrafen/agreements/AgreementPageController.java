package se.samverkansgrafen.agreements;

import java.util.Map;
import java.util.stream.Stream;

import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

import se.samverkansgrafen.query.QueryRunner;
import se.samverkansgrafen.web.PageController;
import se.samverkansgrafen.web.Timeline;

/** Agreement pages: the list of matters, and one matter's trace across groups as a timeline and tables. */
@PageController
class AgreementPageController {

    private static final String PLANNED = "https://w3id.org/samverkan/def/step-status/planned";

    private final QueryRunner queries;
    private final AgreementTraces traces;

    AgreementPageController(QueryRunner queries, AgreementTraces traces) {
        this.queries = queries;
        this.traces = traces;
    }

    @GetMapping("/agreements")
    String agreements(Model model) {
        model.addAttribute("agreements", queries.select("agreements", Map.of()).withIds());
        return "agreements";
    }

    @GetMapping("/agreements/{id}")
    String agreement(@PathVariable String id, Model model) {
        AgreementTraces.Trace trace = traces.trace(id);
        Map<String, Object> matter = trace.matter();
        Timeline timeline = new Timeline();
        for (Map<String, Object> step : Stream.concat(trace.done().stream(), trace.planned().stream()).toList()) {
            boolean planned = PLANNED.equals(step.get("status"));
            String lane = step.get("groupLabel") instanceof String g && !g.isBlank() ? g : "(grupp ej angiven)";
            String laneHref = step.get("groupId") != null ? "/groups/" + step.get("groupId") : null;
            String sortDate = step.get("date") != null ? (String) step.get("date") : (String) step.get("sortDate");
            String href = step.get("meetingId") != null ? "/meetings/" + step.get("meetingId") : null;
            timeline.addShownAs(lane, laneHref, sortDate, (String) step.get("when"),
                    (planned ? "Planerat: " : "") + step.getOrDefault("kindLabel", "steg") + " – "
                            + step.getOrDefault("stepMatterLabel", ""),
                    href, planned ? "planned" : "done");
        }
        model.addAttribute("summary", traces.summary(matter));
        model.addAttribute("matter", matter);
        model.addAttribute("done", trace.done());
        model.addAttribute("planned", trace.planned());
        model.addAttribute("timeline", timeline);
        return "agreement";
    }
}
