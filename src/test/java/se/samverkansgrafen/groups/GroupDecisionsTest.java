package se.samverkansgrafen.groups;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import se.samverkansgrafen.query.NamedQueryCatalog;
import se.samverkansgrafen.query.QueryRunner;
import se.samverkansgrafen.store.SeedStore;

/**
 * The group page reads the decisions of all a group's meetings with one query
 * (group-decisions); it must give, meeting by meeting, exactly the rows with a decision that
 * meeting-items gives for each meeting, in the same order: the answers of one query per meeting.
 */
class GroupDecisionsTest {

    /** The columns the two queries share (the page shows number, title, kind and text). */
    private static final List<String> COLUMNS = List.of("item", "number", "order", "title", "decision", "decisionKind",
            "decisionKindLabel", "decisionText", "uncertain", "source", "sourceFile");

    private static QueryRunner runner;

    @BeforeAll
    static void runner() {
        runner = new QueryRunner(SeedStore.tripleStore(), NamedQueryCatalog.load(Path.of("queries")),
                Duration.ofSeconds(30));
    }

    @Test
    void oneQueryGivesEveryMeetingsDecisionsAsOneQueryPerMeetingDid() {
        int meetingsWithDecisions = 0;
        for (Object group : runner.select("groups", Map.of()).column("group")) {
            Map<Object, List<Map<String, Object>>> batched = runner.select("group-decisions",
                    Map.of("group", group.toString())).rows().stream()
                    .collect(Collectors.groupingBy(row -> row.get("meeting"), Collectors.toList()));
            List<Object> meetings = runner.select("group-meetings", Map.of("group", group.toString())).column("meeting");
            assertThat(meetings).as("meetings of %s", group).containsAll(batched.keySet());
            for (Object meeting : meetings) {
                List<Map<String, Object>> perMeeting = runner.select("meeting-items", Map.of("meeting", meeting.toString()))
                        .rows().stream().filter(row -> row.containsKey("decision")).map(GroupDecisionsTest::shared).toList();
                List<Map<String, Object>> fromBatch = batched.getOrDefault(meeting, List.of()).stream()
                        .map(GroupDecisionsTest::shared).toList();
                assertThat(fromBatch).as("decisions at %s of %s", meeting, group).containsExactlyElementsOf(perMeeting);
                if (!perMeeting.isEmpty()) {
                    meetingsWithDecisions++;
                }
            }
        }
        // The seeds record decisions at every meeting; a joint meeting counts for each group holding it.
        assertThat(meetingsWithDecisions).isGreaterThanOrEqualTo(5);
    }

    private static Map<String, Object> shared(Map<String, Object> row) {
        return row.entrySet().stream().filter(e -> COLUMNS.contains(e.getKey()))
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
    }
}
