package se.samverkansgrafen.people;

import com.fasterxml.jackson.annotation.JsonInclude;

import io.swagger.v3.oas.annotations.media.Schema;

/** A row of name-search.rq limited to people: a person whose name matched, with the text it matched in. */
@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(description = "A person whose name or name variant matched the search")
public record PersonMatch(
        @Schema(description = "The person's IRI") String entity,
        String entityId,
        @Schema(description = "Always person here") String kind,
        @Schema(description = "The person's name") String label,
        @Schema(description = "The property the match was found in") String via,
        @Schema(description = "The text that matched") String hit,
        @Schema(description = "Text-index score (higher is better)") Double score) {
}
