package se.samverkansgrafen.meetings;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonUnwrapped;

import io.swagger.v3.oas.annotations.media.Schema;

/**
 * One meeting as both the API and the page give it: heading (meeting.rq), the groups that held
 * it (meeting-groups.rq), participants (meeting-attendance.rq) and the agenda items once each
 * (meeting-items.rq), with what the minutes say under them, the matters they concern
 * (meeting-item-matters.rq) and the decisions taken under them nested inside.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(description = "A meeting: heading, the groups holding it, participants and agenda items with decisions")
public record MeetingView(
        @JsonUnwrapped Meeting meeting,
        List<MeetingGroup> groups,
        List<Participant> participants,
        List<AgendaItem> items) {

    /** A row of meeting.rq (its joined group labels are given as {@link MeetingView#groups()}). */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    @Schema(description = "A meeting (sg:Meeting)")
    public record Meeting(
            @Schema(description = "The meeting's IRI") String meeting,
            String meetingId,
            String label,
            @Schema(format = "date") String date,
            @Schema(description = "Where the date was read from when the minutes do not state it") String dateInferredFrom,
            String timeOfDay,
            String place,
            String chair, String chairId, String chairName,
            String secretary, String secretaryId, String secretaryName,
            @Schema(description = "Who checks the minutes (justerare)") String justerare, String justerareId,
            String justerareName,
            String source, String sourceId, String sourceFile,
            @Schema(description = "True when the source is an OCR scan") Boolean ocr) {
    }

    /** A row of meeting-groups.rq. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    @Schema(description = "A group holding the meeting")
    public record MeetingGroup(String group, String groupId, String label) {
    }

    /** A row of meeting-attendance.rq. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    @Schema(description = "A person at the meeting with attendance status, role and on whose behalf, with the source")
    public record Participant(
            String person, String personId, String name,
            @Schema(description = "närvarande, frånvarande, ersättare …") String status, String statusLabel,
            String role, String roleLabel,
            String onBehalfOf, String onBehalfOfId, String onBehalfOfLabel,
            String jobTitle,
            @Schema(description = "The name as the minutes write it, where it differs") String nameAsWritten,
            String substituteFor, String substituteForId, String substituteForName,
            String note,
            Boolean uncertain,
            String source, String sourceId, String sourceFile,
            @Schema(description = "The part of the minutes listing the person") String section,
            String quote) {
    }

    /** An agenda item once, with the matters it concerns and its decisions. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    @Schema(description = "An agenda item (paragraf/punkt) with the matters it concerns and its decisions")
    public record AgendaItem(
            String item, String itemId,
            @Schema(description = "Item number as the minutes write it, sub-item letters kept (\"3b\")") String number,
            Long order,
            String title,
            String kind, String kindLabel,
            String presenters,
            @Schema(description = "What the minutes say under the item") String summary,
            Boolean uncertain,
            String source, String sourceId, String sourceFile,
            List<ItemMatter> concerns,
            List<ItemDecision> decisions) {
    }

    /** A row of meeting-item-matters.rq, without its item. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    @Schema(description = "A matter (agreement, assignment, project) the item concerns")
    public record ItemMatter(String matter, String matterId, String matterLabel) {
    }

    /** A decision under an agenda item. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    @Schema(description = "A decision taken under the item")
    public record ItemDecision(
            String decision, String decisionId,
            String number,
            String kind, String kindLabel,
            String text,
            Boolean uncertain,
            @Schema(description = "Where a decision not written as such was read from") String inferredFrom,
            String source, String sourceFile,
            String quote) {
    }
}
