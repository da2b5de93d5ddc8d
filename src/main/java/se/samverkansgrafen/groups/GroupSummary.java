package se.samverkansgrafen.groups;

import com.fasterxml.jackson.annotation.JsonInclude;

import io.swagger.v3.oas.annotations.media.Schema;

/** A row of groups.rq: a group of the list, with its kind, parent, reporting line and number of meetings. */
@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(description = "A group in the list of groups")
public record GroupSummary(
        @Schema(description = "The group's IRI") String group,
        String groupId,
        @Schema(description = "The group's Swedish name") String label,
        @Schema(description = "Kind of group (a sg: class such as sg:Chefsgrupp)") String kind,
        String kindLabel,
        @Schema(description = "The group it is part of") String parent, String parentId, String parentLabel,
        @Schema(description = "The group it reports to") String reportsTo, String reportsToId, String reportsToLabel,
        @Schema(description = "Meetings of the group in the sources") Long meetings) {
}
