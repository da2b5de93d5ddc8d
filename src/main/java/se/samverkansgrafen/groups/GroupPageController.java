package se.samverkansgrafen.groups;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.util.UriComponentsBuilder;

import se.samverkansgrafen.query.QueryResult;
import se.samverkansgrafen.query.QueryRunner;
import se.samverkansgrafen.web.CoveredDates;
import se.samverkansgrafen.web.NotFoundException;
import se.samverkansgrafen.web.PageController;

/** Group pages: the list of groups, and one group on a chosen date with its structure and meetings. */
@PageController
class GroupPageController {

    /** Swedish headings of the relations group-structure gives. */
    static final Map<String, String> RELATIONS = Map.of(
            "parent", "Del av",
            "child", "Har underordnad grupp",
            "reportsTo", "Rapporterar till",
            "reportedBy", "Rapporteras till av",
            "hostedBy", "Tjänsteställe",
            "participatingOrganization", "Deltagande organisation");

    private final QueryRunner queries;
    private final CoveredDates dates;

    GroupPageController(QueryRunner queries, CoveredDates dates) {
        this.queries = queries;
        this.dates = dates;
    }

    /**
     * Every group; with {@code group} given (the start page's "who sits where" form), the
     * browser is sent on to that group's page on the date (both values checked first, and
     * the group looked up, so a bad one is refused here rather than after the redirect).
     */
    @GetMapping("/groups")
    String groups(@RequestParam(required = false) String group, @RequestParam(required = false) String at, Model model) {
        if (group != null && !group.isEmpty()) {
            queries.select("group", Map.of("group", group)).entity("label")
                    .orElseThrow(() -> new NotFoundException("group", group));
            UriComponentsBuilder target = UriComponentsBuilder.fromPath("/groups/{id}");
            if (at != null && !at.isEmpty()) {
                queries.check("group-members-on-date", "at", at);
                target.queryParam("at", at);
            }
            return "redirect:" + target.buildAndExpand(group).encode().toUriString();
        }
        model.addAttribute("groups", queries.select("groups", Map.of()).withIds());
        return "groups";
    }

    @GetMapping("/groups/{id}")
    String group(@PathVariable String id, @RequestParam(required = false) String at, Model model) {
        Map<String, Object> group = queries.select("group", Map.of("group", id)).entity("label")
                .orElseThrow(() -> new NotFoundException("group", id));
        String on = dates.atOrLatest(at);
        QueryResult people = queries.select("group-members-on-date", Map.of("group", id, "at", on));
        List<Map<String, Object>> meetings = queries.select("group-meetings", Map.of("group", id)).withIds();
        model.addAttribute("decisions", decisionsByMeeting(id, meetings));
        model.addAttribute("group", group);
        model.addAttribute("at", on);
        model.addAttribute("covered", queries.select("covered-dates", Map.of()).first().orElse(Map.of()));
        model.addAttribute("structure", queries.select("group-structure", Map.of("group", id)).withIds());
        model.addAttribute("relations", RELATIONS);
        model.addAttribute("members", people.withIdsWhere("kind", "member"));
        model.addAttribute("participants", people.withIdsWhere("kind", "participant"));
        model.addAttribute("meetings", meetings);
        return "group";
    }

    /**
     * The decisions at each of the group's meetings, in agenda order, from one query for all
     * of them (not one per meeting): a meeting without decisions has an empty list.
     */
    private Map<Object, List<Map<String, Object>>> decisionsByMeeting(String group, List<Map<String, Object>> meetings) {
        Map<Object, List<Map<String, Object>>> decisions = new LinkedHashMap<>();
        meetings.forEach(meeting -> decisions.put(meeting.get("meetingId"), new ArrayList<>()));
        for (Map<String, Object> row : queries.select("group-decisions", Map.of("group", group)).withIds()) {
            decisions.computeIfAbsent(row.get("meetingId"), meeting -> new ArrayList<>()).add(row);
        }
        return decisions;
    }
}
