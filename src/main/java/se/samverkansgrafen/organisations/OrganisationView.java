package se.samverkansgrafen.organisations;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonUnwrapped;

import io.swagger.v3.oas.annotations.media.Schema;

/**
 * An organisation on a date as both the API and the page give it: the organisation
 * (organisation.rq), who represents it where (organisation-representatives.rq: formal members
 * apart from participants) and the groups where its peers sit and it has no one
 * (organisation-missing-groups.rq).
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(description = "An organisation on a date: who represents it in which group, and where it has no one")
public record OrganisationView(
        @JsonUnwrapped Organisation organisation,
        @Schema(description = "The date asked for, or the latest date the minutes cover", format = "date") String at,
        @Schema(description = "Formal members sitting for the organisation on the date") List<Representative> members,
        @Schema(description = "People attending for the organisation at each group's latest meeting on or before the date")
        List<Representative> participants,
        @Schema(description = "Groups where organisations of its kind sit and this one has no one on the date")
        List<MissingGroup> missingGroups) {

    /** A row of organisation.rq. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    @Schema(description = "An organisation: region, municipality, or a unit of one")
    public record Organisation(
            @Schema(description = "The organisation's IRI") String organisation,
            String organisationId,
            String label,
            @Schema(description = "org:FormalOrganization, org:OrganizationalUnit or org:Organization") String type,
            @Schema(description = "SCB kommunkod (four digits) of a municipality") String kommunkod,
            @Schema(description = "SCB länskod (two digits)") String lanskod,
            String parent, String parentId, String parentLabel,
            @Schema(description = "Other names, joined with \"; \"") String altNames) {
    }

    /** A row of organisation-representatives.rq. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    @Schema(description = "A person sitting or attending for the organisation in a group, with the source")
    public record Representative(
            @Schema(allowableValues = {"member", "participant"}) String kind,
            String group, String groupId, String groupLabel,
            String person, String personId, String name,
            String role, String roleLabel,
            String jobTitle,
            @Schema(format = "date") String start,
            @Schema(format = "date") String end,
            @Schema(format = "date") String statedOn,
            @Schema(description = "stated (a membership) or attended (a meeting)") String basis,
            String meeting, String meetingId,
            @Schema(format = "date") String meetingDate,
            String status, String statusLabel,
            String source, String sourceId, String sourceFile,
            String item, String itemId, String itemNumber,
            String quote) {
    }

    /** A row of organisation-missing-groups.rq. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    @Schema(description = "A group where the organisation's peers sit and it has no one on the date")
    public record MissingGroup(
            String group, String groupId, String groupLabel, String kindLabel,
            @Schema(description = "True when the organisation is listed as a participating organisation of the group")
            Boolean listed,
            @Schema(description = "How many peer organisations sit in the group") Long peers,
            @Schema(description = "The peers' names, joined with \"; \"") String peerLabels) {
    }
}
