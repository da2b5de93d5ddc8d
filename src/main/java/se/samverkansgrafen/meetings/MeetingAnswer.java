package se.samverkansgrafen.meetings;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.stereotype.Component;

import se.samverkansgrafen.query.QueryRunner;
import se.samverkansgrafen.web.NotFoundException;

/**
 * One meeting as the API and the page give it: heading, the groups that held it (each with its
 * id), participants, and the agenda items once each, with what the minutes say under them
 * (summary), the matters they concern and the decisions taken under them nested inside.
 */
@Component
class MeetingAnswer {

    /** Fields of a meeting-items row that belong to the decision rather than to the item. */
    private static final Set<String> DECISION_FIELDS = Set.of("decision", "decisionId", "decisionNumber", "decisionKind",
            "decisionKindLabel", "decisionText", "decisionUncertain", "inferredFrom", "decisionQuote");

    private final QueryRunner queries;

    MeetingAnswer(QueryRunner queries) {
        this.queries = queries;
    }

    Map<String, Object> meeting(String id) {
        Map<String, Object> meeting = new LinkedHashMap<>(queries.select("meeting", Map.of("meeting", id)).entity("date")
                .orElseThrow(() -> new NotFoundException("meeting", id)));
        meeting.put("groups", queries.select("meeting-groups", Map.of("meeting", id)).withIds());
        meeting.put("participants", queries.select("meeting-attendance", Map.of("meeting", id)).withIds());
        meeting.put("items", items(id));
        return meeting;
    }

    private List<Map<String, Object>> items(String id) {
        Map<Object, List<Map<String, Object>>> mattersByItem = new LinkedHashMap<>();
        for (Map<String, Object> row : queries.select("meeting-item-matters", Map.of("meeting", id)).withIds()) {
            Map<String, Object> matter = new LinkedHashMap<>(row);
            matter.remove("item");
            matter.remove("itemId");
            mattersByItem.computeIfAbsent(row.get("item"), key -> new ArrayList<>()).add(matter);
        }
        Map<Object, Map<String, Object>> items = new LinkedHashMap<>();
        for (Map<String, Object> row : queries.select("meeting-items", Map.of("meeting", id)).withIds()) {
            Map<String, Object> item = items.computeIfAbsent(row.get("item"), key -> {
                Map<String, Object> fresh = new LinkedHashMap<>();
                row.forEach((field, value) -> {
                    if (!DECISION_FIELDS.contains(field)) {
                        fresh.put(field, value);
                    }
                });
                fresh.put("concerns", mattersByItem.getOrDefault(key, List.of()));
                fresh.put("decisions", new ArrayList<Map<String, Object>>());
                return fresh;
            });
            if (row.get("decision") != null) {
                Map<String, Object> decision = new LinkedHashMap<>();
                decision.put("decision", row.get("decision"));
                decision.put("decisionId", row.get("decisionId"));
                decision.put("number", row.get("decisionNumber"));
                decision.put("kind", row.get("decisionKind"));
                decision.put("kindLabel", row.get("decisionKindLabel"));
                decision.put("text", row.get("decisionText"));
                decision.put("uncertain", row.get("decisionUncertain"));
                decision.put("inferredFrom", row.get("inferredFrom"));
                decision.put("source", row.get("source"));
                decision.put("sourceFile", row.get("sourceFile"));
                decision.put("quote", row.get("decisionQuote"));
                decision.values().removeIf(value -> value == null);
                @SuppressWarnings("unchecked")
                List<Map<String, Object>> decisions = (List<Map<String, Object>>) item.get("decisions");
                decisions.add(decision);
            }
        }
        return List.copyOf(items.values());
    }
}
