package se.samverkansgrafen.groups;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonUnwrapped;

import io.swagger.v3.oas.annotations.media.Schema;

/**
 * A group on a date as both the API and the page give it: the group (group.rq), its place in
 * the structure (group-structure.rq), formal members apart from participants on the date
 * (group-members-on-date.rq), its meetings (group-meetings.rq) and the decisions taken at
 * them (group-decisions.rq, one query for all meetings).
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(description = "A group on a date: structure, members, participants, meetings and decisions")
public record GroupView(
        @JsonUnwrapped Group group,
        @Schema(description = "The date asked for, or the latest date the minutes cover", format = "date") String at,
        List<StructureLink> structure,
        @Schema(description = "Formal members on the date (stated memberships)") List<GroupPerson> members,
        @Schema(description = "Participants at the group's latest meeting on or before the date") List<GroupPerson> participants,
        List<GroupMeeting> meetings,
        @Schema(description = "Decisions taken at the group's meetings, by meeting and agenda order") List<GroupDecision> decisions) {

    /** A row of group.rq. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    @Schema(description = "A group (org:OrganizationalUnit)")
    public record Group(
            @Schema(description = "The group's IRI") String group,
            String groupId,
            @Schema(description = "The group's Swedish name") String label,
            String kind, String kindLabel,
            @Schema(description = "Its field of work, as the sources say it") String area,
            String note,
            @Schema(description = "Abbreviations and other names, joined with \"; \"") String altNames,
            @Schema(description = "Files of the sources, joined with \"; \"") String sources) {
    }

    /** A row of group-structure.rq: one relation of the group to another group or organisation. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    @Schema(description = "A relation of the group: parent, child, reportsTo, reportedBy, hostedBy or participatingOrganization")
    public record StructureLink(
            String relation,
            String related, String relatedId, String relatedLabel, String relatedKindLabel,
            @Schema(description = "The named graph (source file) stating the relation") String graph,
            String sourceFile) {
    }

    /** A row of group-members-on-date.rq: a member (stated membership) or a participant (attendance). */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    @Schema(description = "A person in the group on the date, as member or participant, with the source")
    public record GroupPerson(
            @Schema(allowableValues = {"member", "participant"}) String kind,
            String person, String personId, String name,
            String role, String roleLabel,
            String onBehalfOf, String onBehalfOfId, String onBehalfOfLabel,
            String jobTitle,
            @Schema(format = "date") String start,
            @Schema(format = "date") String end,
            @Schema(format = "date") String statedOn,
            @Schema(description = "stated (a membership) or attended (a meeting)") String basis,
            String standing, String standingLabel,
            @Schema(format = "date") String lastConfirmed,
            String meeting, String meetingId,
            @Schema(format = "date") String meetingDate,
            String status, String statusLabel,
            String source, String sourceId, String sourceFile,
            String item, String itemId, String itemNumber,
            String quote) {
    }

    /** A row of group-meetings.rq. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    @Schema(description = "A meeting of the group, with its number of agenda items and decisions")
    public record GroupMeeting(
            String meeting, String meetingId, String label,
            @Schema(format = "date") String date,
            String place,
            Long items,
            Long decisions,
            String source, String sourceId, String sourceFile) {
    }

    /** A row of group-decisions.rq. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    @Schema(description = "A decision at one of the group's meetings, under its agenda item")
    public record GroupDecision(
            String meeting, String meetingId,
            String item, String itemId,
            @Schema(description = "Item number as the minutes write it (\"6\", \"3b\")") String number,
            Long order,
            String title,
            String decision, String decisionId,
            String decisionKind, String decisionKindLabel, String decisionText,
            Boolean uncertain,
            String source, String sourceId, String sourceFile,
            String quote) {
    }
}
