package se.samverkansgrafen.agreements;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonUnwrapped;

import io.swagger.v3.oas.annotations.media.Schema;
import se.samverkansgrafen.query.Computed;

/**
 * One matter's trace as both the API and the page give it: the matter (matter.rq), where it
 * stands (its row of agreements.rq) and every handling step of it and of the matters related
 * to it (agreement-trace.rq), done steps apart from planned ones.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(description = "An agreement or other matter with its path across groups: done and planned steps")
public record AgreementView(
        @JsonUnwrapped Matter matter,
        @JsonUnwrapped Progress progress,
        @Schema(description = "Steps done, in time order") List<TraceStep> done,
        @Schema(description = "Steps planned, in time order") List<TraceStep> planned) {

    /** A row of matter.rq. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    @Schema(description = "An agreement, assignment or project (sg:Matter)")
    public record Matter(
            @Schema(description = "The matter's IRI") String matter,
            String matterId,
            String label,
            String type,
            String documentKindLabel,
            @Schema(format = "date") String validFrom,
            @Schema(format = "date") String validUntil,
            @Schema(format = "date") String dueDate,
            String partOf, String partOfId, String partOfLabel,
            @Schema(description = "Parties to the agreement, joined with \"; \"") String parties,
            String assignedByLabel, String assignedToLabel, String reportsBackToLabel,
            String description,
            @Schema(description = "Files of the sources, joined with \"; \"") String sources) {
    }

    /** What agreements.rq says of where the matter stands (all unset when it is not in the list). */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Progress(
            @Schema(description = "Handling steps recorded, its own and those of its parts") Long steps,
            String lastDoneDate, String lastDoneKindLabel, String lastDoneGroupLabel,
            String nextPlannedDate, String nextPlannedKindLabel) {
    }

    /** A row of agreement-trace.rq: one handling step. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    @Schema(description = "A handling step of the matter or of a related matter, with its source")
    public record TraceStep(
            String step, String stepId,
            @Schema(description = "The matter the step belongs to") String stepMatter, String stepMatterId,
            String stepMatterLabel,
            @Schema(description = "How the step's matter relates to via (a property IRI)") String relation,
            @Schema(description = "del av, berörs av, uppföljning av, revidering av, tidigare version av, relaterat till")
            String relationLabel,
            @Schema(description = "The matter the step's matter was reached from") String via, String viaId, String viaLabel,
            @Schema(description = "done or planned (IRI)") String status, String statusLabel,
            @Schema(description = "beredning, remiss, beslut, uppföljning … (IRI)") String kind, String kindLabel,
            @Schema(description = "One group handling the step; groupLabel joins all of them with \"; \"") String group,
            String groupId, String groupLabel,
            String meeting, String meetingId, String meetingLabel,
            @Schema(format = "date") String date,
            @Schema(description = "Planned period (YYYY, YYYY-MM or a date)") String plannedPeriod,
            @Schema(description = "Month or year a past step is dated by") String approximateDate,
            @Schema(format = "date") String sortDate,
            @Schema(description = "The day, else the month or year the source gives, else the planned period") String when,
            String item, String itemId, String itemNumber, String itemTitle,
            String outcome,
            Boolean decisionTaken,
            String decision, String decisionId, String decisionKindLabel, String decisionText,
            @Schema(description = "Where the matter goes next") String next, String nextId, String nextLabel,
            Boolean uncertain,
            String source, String sourceId, String sourceFile,
            String quote,
            @Computed
            @Schema(description = "A planned step whose period ended before the latest date the minutes cover, with no outcome recorded")
            Boolean noOutcomeInSources) {

        TraceStep withNoOutcomeInSources(boolean passed) {
            return new TraceStep(step, stepId, stepMatter, stepMatterId, stepMatterLabel, relation, relationLabel, via, viaId,
                    viaLabel, status, statusLabel, kind, kindLabel, group, groupId, groupLabel, meeting, meetingId,
                    meetingLabel, date, plannedPeriod, approximateDate, sortDate, when, item, itemId, itemNumber, itemTitle,
                    outcome, decisionTaken, decision, decisionId, decisionKindLabel, decisionText, next, nextId, nextLabel,
                    uncertain, source, sourceId, sourceFile, quote, passed);
        }
    }
}
