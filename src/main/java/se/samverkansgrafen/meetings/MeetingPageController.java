package se.samverkansgrafen.meetings;


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

    private final MeetingViews meetings;

    MeetingPageController(MeetingViews meetings) {
        this.meetings = meetings;
    }

    @GetMapping("/meetings/{id}")
    String meeting(@PathVariable String id, Model model) {
        MeetingView view = meetings.meeting(id);
        model.addAttribute("meeting", view.meeting());
        model.addAttribute("meetingId", id);
        model.addAttribute("groups", view.groups());
        model.addAttribute("attendance", view.participants());
        model.addAttribute("items", view.items());
        return "meeting";
    }
}
