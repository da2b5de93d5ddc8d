package se.samverkansgrafen.meetings;

import java.util.Map;

import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

import se.samverkansgrafen.query.QueryRunner;
import se.samverkansgrafen.web.NotFoundException;
import se.samverkansgrafen.web.PageController;

/** A meeting's page: participants with status, agenda items and decisions, with the source. */
@PageController
class MeetingPageController {

    private final QueryRunner queries;

    MeetingPageController(QueryRunner queries) {
        this.queries = queries;
    }

    @GetMapping("/meetings/{id}")
    String meeting(@PathVariable String id, Model model) {
        Map<String, Object> meeting = queries.select("meeting", Map.of("meeting", id)).entity("date")
                .orElseThrow(() -> new NotFoundException("meeting", id));
        model.addAttribute("meeting", meeting);
        model.addAttribute("meetingId", id);
        model.addAttribute("attendance", queries.select("meeting-attendance", Map.of("meeting", id)).withIds());
        model.addAttribute("items", queries.select("meeting-items", Map.of("meeting", id)).withIds());
        return "meeting";
    }
}
