package se.samverkansgrafen.search;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;

import io.swagger.v3.oas.annotations.media.Schema;

/** An entity the search found, ranked, with why each word of the search matched it. */
@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(description = "A person, group, organisation or matter the search found, with why it matched")
public record SearchHit(
        @Schema(description = "The entity's IRI") String entity,
        String entityId,
        @Schema(allowableValues = {"person", "group", "organisation", "matter"}) String kind,
        String label,
        @Schema(description = "Rank: 2 for a query equal to a label or abbreviation, plus match strength and coverage")
        double relevance,
        @Schema(description = "The texts matched, joined with \"; \"") String matched,
        @Schema(description = "Per word of the search: what it matched") List<Reason> matchedOn) {

    /** Why one word matched. */
    @Schema(description = "Why one word of the search matched the entity")
    public record Reason(
            String word,
            @Schema(description = "What it matched", allowableValues = {"label", "altLabel", "abbreviation", "initials",
                    "compoundPart", "spelling", "region", "parentRegion", "holder"}) String on,
            @Schema(description = "The text it matched in") String text) {
    }
}
