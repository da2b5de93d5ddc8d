package se.samverkansgrafen.people;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonUnwrapped;

import io.swagger.v3.oas.annotations.media.Schema;

/**
 * A person as both the API and the page give it: the person (named query person.rq), and
 * every membership, report on behalf of a group and attendance (person-memberships.rq),
 * each with its source, quote and agenda item, and the identity candidates naming the person.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(description = "A person with where they sit and sat, what they reported and which meetings they attended")
public record PersonView(
        @JsonUnwrapped Person person,
        @Schema(description = "Stated memberships and roles (kind = membership)") List<PersonEntry> memberships,
        @Schema(description = "Reports made on behalf of a group, \"rapporterar från\" (kind = report)") List<PersonEntry> reports,
        List<IdentityCandidate> identityCandidates,
        @Schema(description = "Meetings attended, with status (kind = attendance)") List<PersonEntry> attendance) {

    /** A row of person.rq. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    @Schema(description = "A person (foaf:Person)")
    public record Person(
            @Schema(description = "The person's IRI") String person,
            @Schema(description = "The id the API's URLs use") String personId,
            @Schema(description = "The name (foaf:name)") String name,
            @Schema(description = "Other spellings met in the sources, joined with \"; \"") String altNames,
            @Schema(description = "Files of the sources naming the person, joined with \"; \"") String sources) {
    }

    /** A row of person-memberships.rq: a membership, a report or an attendance, by its kind. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    @Schema(description = "A membership, report or attendance of a person, with its source")
    public record PersonEntry(
            @Schema(description = "membership, report or attendance", allowableValues = {"membership", "report", "attendance"})
            String kind,
            String group, String groupId, String groupLabel,
            String role, String roleLabel,
            @Schema(description = "The organisation the person sits for") String onBehalfOf, String onBehalfOfId,
            String onBehalfOfLabel,
            String jobTitle,
            @Schema(format = "date") String start,
            @Schema(format = "date") String end,
            @Schema(description = "Date of the minutes that state the membership", format = "date") String statedOn,
            @Schema(format = "date") String firstStatedOn,
            @Schema(description = "False when the membership is stated to have ended") Boolean ongoing,
            @Schema(description = "Standing of the seat (sg:MembershipStatusScheme): current, last confirmed, superseded, proposed")
            String standing, String standingLabel,
            @Schema(description = "Last meeting date the seat was confirmed on, once the group met without the person", format = "date")
            String lastConfirmed,
            String supersededBy, String supersededById, String supersededByName,
            @Schema(format = "date") String supersededOn,
            String meeting, String meetingId, String meetingLabel,
            @Schema(format = "date") String date,
            @Schema(description = "Attendance status") String status, String statusLabel,
            String substituteFor, String substituteForId, String substituteForName,
            Boolean uncertain,
            String source, String sourceId, String sourceFile,
            String item, String itemId, String itemNumber,
            @Schema(description = "The minutes' own words the fact rests on") String quote) {
    }
}
