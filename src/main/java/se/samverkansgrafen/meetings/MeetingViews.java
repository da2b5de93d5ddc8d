package se.samverkansgrafen.meetings;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Service;

import se.samverkansgrafen.query.QueryRunner;
import se.samverkansgrafen.web.NotFoundException;

/** Fills the meetings feature's read model from the named queries, for the API and the page alike. */
@Service
class MeetingViews {

    /** A row of meeting-items.rq: an agenda item, once per decision taken under it. */
    record ItemRow(String item, String itemId, String number, Long order, String title, String kind, String kindLabel,
            String presenters, String summary, Boolean uncertain, String source, String sourceId, String sourceFile,
            String decision, String decisionId, String decisionNumber, String decisionKind, String decisionKindLabel,
            String decisionText, Boolean decisionUncertain, String inferredFrom, String decisionQuote) {
    }

    /** A row of meeting-item-matters.rq. */
    record ItemMatterRow(String item, String matter, String matterId, String matterLabel) {
    }

    private final QueryRunner queries;

    MeetingViews(QueryRunner queries) {
        this.queries = queries;
    }

    MeetingView meeting(String id) {
        Map<String, String> meeting = Map.of("meeting", id);
        MeetingView.Meeting head = queries.select("meeting", meeting).entityAs("date", MeetingView.Meeting.class)
                .orElseThrow(() -> new NotFoundException("meeting", id));
        return new MeetingView(head,
                queries.select("meeting-groups", meeting).as(MeetingView.MeetingGroup.class),
                queries.select("meeting-attendance", meeting).as(MeetingView.Participant.class),
                items(meeting));
    }

    private List<MeetingView.AgendaItem> items(Map<String, String> meeting) {
        Map<String, List<MeetingView.ItemMatter>> mattersByItem = new LinkedHashMap<>();
        for (ItemMatterRow row : queries.select("meeting-item-matters", meeting).as(ItemMatterRow.class)) {
            mattersByItem.computeIfAbsent(row.item(), key -> new ArrayList<>())
                    .add(new MeetingView.ItemMatter(row.matter(), row.matterId(), row.matterLabel()));
        }
        Map<String, MeetingView.AgendaItem> items = new LinkedHashMap<>();
        for (ItemRow row : queries.select("meeting-items", meeting).as(ItemRow.class)) {
            MeetingView.AgendaItem item = items.computeIfAbsent(row.item(), key -> new MeetingView.AgendaItem(
                    row.item(), row.itemId(), row.number(), row.order(), row.title(), row.kind(), row.kindLabel(),
                    row.presenters(), row.summary(), row.uncertain(), row.source(), row.sourceId(), row.sourceFile(),
                    mattersByItem.getOrDefault(key, List.of()), new ArrayList<>()));
            if (row.decision() != null) {
                item.decisions().add(new MeetingView.ItemDecision(row.decision(), row.decisionId(), row.decisionNumber(),
                        row.decisionKind(), row.decisionKindLabel(), row.decisionText(), row.decisionUncertain(),
                        row.inferredFrom(), row.source(), row.sourceFile(), row.decisionQuote()));
            }
        }
        return List.copyOf(items.values());
    }
}
