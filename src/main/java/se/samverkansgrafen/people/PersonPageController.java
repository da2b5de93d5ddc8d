package se.samverkansgrafen.people;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

import se.samverkansgrafen.query.QueryResult;
import se.samverkansgrafen.query.QueryRunner;
import se.samverkansgrafen.web.NotFoundException;
import se.samverkansgrafen.web.PageController;
import se.samverkansgrafen.web.Timeline;

/** A person's page: every group the person sits or sat in, meetings attended, as tables and a timeline. */
@PageController
class PersonPageController {

    private final QueryRunner queries;
    private final IdentityCandidates candidates;

    PersonPageController(QueryRunner queries, IdentityCandidates candidates) {
        this.queries = queries;
        this.candidates = candidates;
    }

    @GetMapping("/people/{id}")
    String person(@PathVariable String id, Model model) {
        Map<String, Object> person = queries.select("person", Map.of("person", id)).entity("name")
                .orElseThrow(() -> new NotFoundException("person", id));
        QueryResult rows = queries.select("person-memberships", Map.of("person", id));
        List<Map<String, Object>> memberships = rows.withIdsWhere("kind", "membership");
        List<Map<String, Object>> reports = rows.withIdsWhere("kind", "report");
        List<Map<String, Object>> attended = rows.withIdsWhere("kind", "attendance");
        List<Map<String, Object>> attendance = meetings(attended);

        Timeline timeline = new Timeline();
        for (Map<String, Object> m : memberships) {
            String start = text(m.get("start"), m.get("statedOn"));
            timeline.add(text(m.get("groupLabel"), m.get("group")), "/groups/" + m.get("groupId"), start,
                    (String) m.get("end"), "Medlem: " + text(m.get("roleLabel"), "roll okänd"),
                    "/groups/" + m.get("groupId") + (start == null ? "" : "?at=" + start), "membership");
        }
        for (Map<String, Object> r : reports) {
            timeline.add(text(r.get("groupLabel"), r.get("group")), "/groups/" + r.get("groupId"), (String) r.get("date"),
                    null, "Rapporterar från " + text(r.get("groupLabel"), "") + " till " + text(r.get("meetingLabel"), ""),
                    "/meetings/" + r.get("meetingId"), "membership");
        }
        for (Map<String, Object> a : attended) {
            timeline.add(text(a.get("groupLabel"), a.get("group")), "/groups/" + a.get("groupId"), (String) a.get("date"),
                    null, "Möte: " + text(a.get("meetingLabel"), "") + " (" + text(a.get("statusLabel"), "") + ")",
                    "/meetings/" + a.get("meetingId"), "attendance");
        }
        model.addAttribute("person", person);
        model.addAttribute("memberships", memberships);
        model.addAttribute("reports", reports);
        model.addAttribute("candidates", candidates.of(person.get("person")));
        model.addAttribute("attendance", attendance);
        model.addAttribute("timeline", timeline);
        return "person";
    }

    /**
     * One row per meeting: the query gives a joint meeting once per group that held it, the
     * page lists the groups together.
     */
    private static List<Map<String, Object>> meetings(List<Map<String, Object>> rows) {
        Map<Object, Map<String, Object>> byMeeting = new LinkedHashMap<>();
        for (Map<String, Object> row : rows) {
            Map<String, Object> meeting = byMeeting.computeIfAbsent(row.get("meeting"), key -> {
                Map<String, Object> copy = new LinkedHashMap<>(row);
                copy.put("groups", new ArrayList<Map<String, Object>>());
                return copy;
            });
            if (row.get("groupId") != null) {
                @SuppressWarnings("unchecked")
                List<Map<String, Object>> groups = (List<Map<String, Object>>) meeting.get("groups");
                groups.add(Map.of("id", row.get("groupId"), "label", text(row.get("groupLabel"), row.get("groupId"))));
            }
        }
        return List.copyOf(byMeeting.values());
    }

    private static String text(Object value, Object fallback) {
        return value != null ? value.toString() : fallback == null ? null : fallback.toString();
    }
}
