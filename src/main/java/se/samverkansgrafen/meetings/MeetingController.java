package se.samverkansgrafen.meetings;

import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import se.samverkansgrafen.query.QueryRunner;
import se.samverkansgrafen.web.NotFoundException;

/** A meeting: heading, participants with status, agenda items and decisions, with sources. */
@RestController
@RequestMapping("/api/meetings")
class MeetingController {

    private final QueryRunner queries;

    MeetingController(QueryRunner queries) {
        this.queries = queries;
    }

    @GetMapping("/{id}")
    Map<String, Object> meeting(@PathVariable String id) {
        Map<String, Object> meeting = new LinkedHashMap<>(queries.select("meeting", Map.of("meeting", id)).entity("date")
                .orElseThrow(() -> new NotFoundException("meeting", id)));
        meeting.put("attendance", queries.select("meeting-attendance", Map.of("meeting", id)).withIds());
        meeting.put("items", queries.select("meeting-items", Map.of("meeting", id)).withIds());
        return meeting;
    }
}
