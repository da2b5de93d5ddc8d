package se.samverkansgrafen.groups;

import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Service;

import se.samverkansgrafen.query.QueryResult;
import se.samverkansgrafen.query.QueryRunner;
import se.samverkansgrafen.web.CoveredDates;
import se.samverkansgrafen.web.NotFoundException;

/** Fills the groups feature's read models from the named queries, for the API and the pages alike. */
@Service
class GroupViews {

    private final QueryRunner queries;
    private final CoveredDates dates;

    GroupViews(QueryRunner queries, CoveredDates dates) {
        this.queries = queries;
        this.dates = dates;
    }

    List<GroupSummary> groups() {
        return queries.select("groups", Map.of()).as(GroupSummary.class);
    }

    /** The group, or 404 naming the id. */
    GroupView.Group group(String id) {
        return queries.select("group", Map.of("group", id)).entityAs("label", GroupView.Group.class)
                .orElseThrow(() -> new NotFoundException("group", id));
    }

    /** The group on {@code at} (checked; default: the latest date the minutes cover). */
    GroupView group(String id, String at) {
        GroupView.Group group = group(id);
        String on = dates.atOrLatest(at);
        QueryResult people = queries.select("group-members-on-date", Map.of("group", id, "at", on));
        return new GroupView(group, on,
                queries.select("group-structure", Map.of("group", id)).as(GroupView.StructureLink.class),
                people.asWhere("kind", "member", GroupView.GroupPerson.class),
                people.asWhere("kind", "participant", GroupView.GroupPerson.class),
                queries.select("group-meetings", Map.of("group", id)).as(GroupView.GroupMeeting.class),
                queries.select("group-decisions", Map.of("group", id)).as(GroupView.GroupDecision.class));
    }
}
