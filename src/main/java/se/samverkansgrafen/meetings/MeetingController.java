package se.samverkansgrafen.meetings;

import java.util.Map;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * A meeting: heading, the groups holding it, participants with status, and agenda items each
 * once with summary, the matters it concerns and its decisions, with sources.
 */
@RestController
@RequestMapping("/api/meetings")
class MeetingController {

    private final MeetingAnswer answer;

    MeetingController(MeetingAnswer answer) {
        this.answer = answer;
    }

    @GetMapping("/{id}")
    Map<String, Object> meeting(@PathVariable String id) {
        return answer.meeting(id);
    }
}
