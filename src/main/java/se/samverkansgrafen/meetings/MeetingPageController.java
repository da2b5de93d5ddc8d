package se.samverkansgrafen.meetings;

import java.util.Map;

import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

import se.samverkansgrafen.web.PageController;

/**
 * A meeting's page: participants with status, agenda items with what the minutes say, the
 * matters they concern and their decisions, with the source.
 */
@PageController
class MeetingPageController {

    private final MeetingAnswer answer;

    MeetingPageController(MeetingAnswer answer) {
        this.answer = answer;
    }

    @GetMapping("/meetings/{id}")
    String meeting(@PathVariable String id, Model model) {
        Map<String, Object> meeting = answer.meeting(id);
        model.addAttribute("meeting", meeting);
        model.addAttribute("meetingId", id);
        model.addAttribute("attendance", meeting.get("participants"));
        model.addAttribute("items", meeting.get("items"));
        return "meeting";
    }
}
