package se.samverkansgrafen.people;

import com.fasterxml.jackson.annotation.JsonInclude;

import io.swagger.v3.oas.annotations.media.Schema;

/** Two spellings that may name one person, seen from one of them: recorded as a candidate, not merged. */
@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(description = "A recorded candidate that another person entry names the same person (sg:IdentityCandidate)")
public record IdentityCandidate(
        @Schema(description = "IRI of the candidate record") String candidate,
        String candidateId,
        @Schema(description = "IRI of the other person entry") String otherPerson,
        String otherPersonId,
        @Schema(description = "The other entry's name as written") String otherName,
        @Schema(description = "Why the two may be one person") String evidence,
        @Schema(description = "open, confirmed or rejected") String status) {
}
