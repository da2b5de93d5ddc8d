package se.samverkansgrafen.people;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

import se.samverkansgrafen.web.PageController;
import se.samverkansgrafen.web.Timeline;

/** A person's page: every group the person sits or sat in, meetings attended, as tables and a timeline. */
@PageController
class PersonPageController {

    private final PersonViews people;

    PersonPageController(PersonViews people) {
        this.people = people;
    }

    @GetMapping("/people/{id}")
    String person(@PathVariable String id, Model model) {
        PersonView view = people.person(id);
        Timeline timeline = new Timeline();
        for (PersonView.PersonEntry m : view.memberships()) {
            String start = text(m.start(), m.statedOn());
            timeline.add(text(m.groupLabel(), m.group()), "/groups/" + m.groupId(), start, m.end(),
                    "Medlem: " + text(m.roleLabel(), "roll okänd"),
                    "/groups/" + m.groupId() + (start == null ? "" : "?at=" + start), "membership");
        }
        for (PersonView.PersonEntry r : view.reports()) {
            timeline.add(text(r.groupLabel(), r.group()), "/groups/" + r.groupId(), r.date(), null,
                    "Rapporterar från " + text(r.groupLabel(), "") + " till " + text(r.meetingLabel(), ""),
                    "/meetings/" + r.meetingId(), "membership");
        }
        for (PersonView.PersonEntry a : view.attendance()) {
            timeline.add(text(a.groupLabel(), a.group()), "/groups/" + a.groupId(), a.date(), null,
                    "Möte: " + text(a.meetingLabel(), "") + " (" + text(a.statusLabel(), "") + ")",
                    "/meetings/" + a.meetingId(), "attendance");
        }
        model.addAttribute("person", view.person());
        model.addAttribute("memberships", view.memberships());
        model.addAttribute("reports", view.reports());
        model.addAttribute("candidates", view.identityCandidates());
        model.addAttribute("attendance", meetings(view.attendance()));
        model.addAttribute("timeline", timeline);
        return "person";
    }

    /** A meeting the person attended, with every group that held it (a joint meeting is one row per group in the view). */
    record AttendedMeeting(PersonView.PersonEntry attendance, List<Map<String, String>> groups) {
    }

    private static List<AttendedMeeting> meetings(List<PersonView.PersonEntry> rows) {
        Map<String, AttendedMeeting> byMeeting = new LinkedHashMap<>();
        for (PersonView.PersonEntry row : rows) {
            AttendedMeeting meeting = byMeeting.computeIfAbsent(row.meeting(), key -> new AttendedMeeting(row, new ArrayList<>()));
            if (row.groupId() != null) {
                meeting.groups().add(Map.of("id", row.groupId(), "label", text(row.groupLabel(), row.groupId())));
            }
        }
        return List.copyOf(byMeeting.values());
    }

    private static String text(String value, String fallback) {
        return value != null ? value : fallback;
    }
}
