package se.samverkansgrafen.agreements;

import com.fasterxml.jackson.annotation.JsonInclude;

import io.swagger.v3.oas.annotations.media.Schema;

/** A row of agreements.rq: an agreement or other matter with its number of steps, last done and next planned step. */
@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(description = "An agreement, assignment or project in the list, with where it stands")
public record AgreementSummary(
        @Schema(description = "The matter's IRI") String matter,
        String matterId,
        String label,
        @Schema(description = "Kind of matter (a sg: class such as sg:Agreement)") String type,
        @Schema(description = "Kind of document: överenskommelse, avtal, riktlinje …") String documentKindLabel,
        @Schema(format = "date") String validFrom,
        @Schema(format = "date") String validUntil,
        @Schema(description = "The matter it is part of") String partOf, String partOfId,
        @Schema(description = "Handling steps recorded, its own and those of its parts") Long steps,
        String lastDoneDate, String lastDoneKindLabel, String lastDoneGroupLabel,
        String nextPlannedDate, String nextPlannedKindLabel,
        @Schema(description = "Files of the sources, joined with \"; \"") String sources) {
}
