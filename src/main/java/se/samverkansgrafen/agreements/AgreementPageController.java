package se.samverkansgrafen.agreements;

import java.util.stream.Stream;

import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

import se.samverkansgrafen.web.ListPage;
import se.samverkansgrafen.web.PageController;
import se.samverkansgrafen.web.Timeline;

/** Agreement pages: the list of matters, a page at a time, and one matter's trace across groups as a timeline and tables. */
@PageController
class AgreementPageController {

    private static final String PLANNED = "https://w3id.org/samverkan/def/step-status/planned";

    private final AgreementTraces traces;

    AgreementPageController(AgreementTraces traces) {
        this.traces = traces;
    }

    @GetMapping("/agreements")
    String agreements(@RequestParam(name = ListPage.PAGE, required = false) String page,
            @RequestParam(name = ListPage.SIZE, required = false) String size, Model model) {
        model.addAttribute("agreements", ListPage.of(traces::agreements, page, size));
        return "agreements";
    }

    @GetMapping("/agreements/{id}")
    String agreement(@PathVariable String id, Model model) {
        AgreementView view = traces.agreement(id);
        Timeline timeline = new Timeline();
        for (AgreementView.TraceStep step : Stream.concat(view.done().stream(), view.planned().stream()).toList()) {
            boolean planned = PLANNED.equals(step.status());
            String lane = step.groupLabel() != null && !step.groupLabel().isBlank() ? step.groupLabel() : "(grupp ej angiven)";
            String laneHref = step.groupId() != null ? "/groups/" + step.groupId() : null;
            String sortDate = step.date() != null ? step.date() : step.sortDate();
            String href = step.meetingId() != null ? "/meetings/" + step.meetingId() : null;
            timeline.addShownAs(lane, laneHref, sortDate, step.when(),
                    (planned ? "Planerat: " : "") + (step.kindLabel() != null ? step.kindLabel() : "steg") + " – "
                            + (step.stepMatterLabel() != null ? step.stepMatterLabel() : ""),
                    href, planned ? "planned" : "done");
        }
        model.addAttribute("summary", view.progress());
        model.addAttribute("matter", view.matter());
        model.addAttribute("done", view.done());
        model.addAttribute("planned", view.planned());
        model.addAttribute("timeline", timeline);
        return "agreement";
    }
}
