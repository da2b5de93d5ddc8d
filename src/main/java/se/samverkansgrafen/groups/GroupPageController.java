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

import se.samverkansgrafen.query.QueryRunner;
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

    private final GroupViews groups;
    private final QueryRunner queries;

    GroupPageController(GroupViews groups, QueryRunner queries) {
        this.groups = groups;
        this.queries = queries;
    }

    /**
     * Every group; with {@code group} given (the start page's "who sits where" form), the
     * browser is sent on to that group's page on the date (both values checked first, and
     * the group looked up, so a bad one is refused here rather than after the redirect).
     */
    @GetMapping("/groups")
    String groups(@RequestParam(required = false) String group, @RequestParam(required = false) String at, Model model) {
        if (group != null && !group.isEmpty()) {
            groups.group(group);
            UriComponentsBuilder target = UriComponentsBuilder.fromPath("/groups/{id}");
            if (at != null && !at.isEmpty()) {
                queries.check("group-members-on-date", "at", at);
                target.queryParam("at", at);
            }
            return "redirect:" + target.buildAndExpand(group).encode().toUriString();
        }
        model.addAttribute("groups", groups.groups());
        return "groups";
    }

    @GetMapping("/groups/{id}")
    String group(@PathVariable String id, @RequestParam(required = false) String at, Model model) {
        GroupView view = groups.group(id, at);
        model.addAttribute("decisions", decisionsByMeeting(view));
        model.addAttribute("group", view.group());
        model.addAttribute("at", view.at());
        model.addAttribute("covered", queries.select("covered-dates", Map.of()).first().orElse(Map.of()));
        model.addAttribute("structure", view.structure());
        model.addAttribute("relations", RELATIONS);
        model.addAttribute("members", view.members());
        model.addAttribute("participants", view.participants());
        model.addAttribute("meetings", view.meetings());
        return "group";
    }

    /** The decisions at each of the group's meetings, in agenda order: a meeting without decisions has an empty list. */
    private static Map<String, List<GroupView.GroupDecision>> decisionsByMeeting(GroupView view) {
        Map<String, List<GroupView.GroupDecision>> decisions = new LinkedHashMap<>();
        view.meetings().forEach(meeting -> decisions.put(meeting.meetingId(), new ArrayList<>()));
        for (GroupView.GroupDecision decision : view.decisions()) {
            decisions.computeIfAbsent(decision.meetingId(), meeting -> new ArrayList<>()).add(decision);
        }
        return decisions;
    }
}
