package se.samverkansgrafen.agreements;

import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

import se.samverkansgrafen.query.QueryRunner;
import se.samverkansgrafen.web.NotFoundException;
import se.samverkansgrafen.web.PageController;
import se.samverkansgrafen.web.Timeline;

/** Agreement pages: the list of matters, and one matter's trace across groups as a timeline and tables. */
@PageController
class AgreementPageController {

    private static final String PLANNED = "https://w3id.org/samverkan/def/step-status/planned";

    private final QueryRunner queries;

    AgreementPageController(QueryRunner queries) {
        this.queries = queries;
    }

    @GetMapping("/agreements")
    String agreements(Model model) {
        model.addAttribute("agreements", queries.select("agreements", Map.of()).withIds());
        return "agreements";
    }

    @GetMapping("/agreements/{id}")
    String agreement(@PathVariable String id, Model model) {
        Map<String, Object> matter = queries.select("matter", Map.of("matter", id)).entity("label")
                .orElseThrow(() -> new NotFoundException("agreement or matter", id));
        List<Map<String, Object>> steps = queries.select("agreement-trace", Map.of("matter", id)).withIds();
        Timeline timeline = new Timeline();
        for (Map<String, Object> step : steps) {
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
        model.addAttribute("summary", queries.select("agreements", Map.of()).withIds().stream()
                .filter(row -> Objects.equals(row.get("matter"), matter.get("matter"))).findFirst().orElse(Map.of()));
        model.addAttribute("matter", matter);
        model.addAttribute("done", steps.stream().filter(s -> !PLANNED.equals(s.get("status"))).toList());
        model.addAttribute("planned", steps.stream().filter(s -> PLANNED.equals(s.get("status"))).toList());
        model.addAttribute("timeline", timeline);
        return "agreement";
    }
}
