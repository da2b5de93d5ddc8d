package se.samverkansgrafen.meetings;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Parameter;

/**
 * A meeting: heading, the groups holding it, participants with status, and agenda items each
 * once with summary, the matters it concerns and its decisions, with sources.
 */
@RestController
@RequestMapping("/api/meetings")
class MeetingController {

    private final MeetingViews meetings;

    MeetingController(MeetingViews meetings) {
        this.meetings = meetings;
    }

    @GetMapping("/{id}")
    MeetingView meeting(@Parameter(description = "The meeting's id", example = "orebro-chefsgrupp-svvo-2022-11-11") @PathVariable String id) {
        return meetings.meeting(id);
    }
}
