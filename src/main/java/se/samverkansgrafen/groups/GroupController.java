package se.samverkansgrafen.groups;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import se.samverkansgrafen.query.QueryResult;
import se.samverkansgrafen.query.QueryRunner;
import se.samverkansgrafen.web.CoveredDates;
import se.samverkansgrafen.web.NotFoundException;

/** Groups: the list, and one group's structure, members on a date and meetings. */
@RestController
@RequestMapping("/api/groups")
class GroupController {

    private final QueryRunner queries;
    private final CoveredDates dates;

    GroupController(QueryRunner queries, CoveredDates dates) {
        this.queries = queries;
        this.dates = dates;
    }

    @GetMapping
    List<Map<String, Object>> groups() {
        return queries.select("groups", Map.of()).withIds();
    }

    /**
     * The group on a date (default: the latest date the minutes cover): formal members
     * (stated memberships) apart from participants (attendance at its latest meeting on or before the date).
     */
    @GetMapping("/{id}")
    Map<String, Object> group(@PathVariable String id, @RequestParam(required = false) String at) {
        Map<String, Object> group = new LinkedHashMap<>(queries.select("group", Map.of("group", id)).entity("label")
                .orElseThrow(() -> new NotFoundException("group", id)));
        String on = dates.atOrLatest(at);
        QueryResult people = queries.select("group-members-on-date", Map.of("group", id, "at", on));
        group.put("at", on);
        group.put("structure", queries.select("group-structure", Map.of("group", id)).withIds());
        group.put("members", people.withIdsWhere("kind", "member"));
        group.put("participants", people.withIdsWhere("kind", "participant"));
        group.put("meetings", queries.select("group-meetings", Map.of("group", id)).withIds());
        return group;
    }
}
