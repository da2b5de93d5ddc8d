package se.samverkansgrafen.search;

/**
 * Why one word of a search matched an entity: {@code on} says what it matched (label,
 * altLabel, abbreviation, initials, compoundPart, spelling, region, holder), {@code text}
 * the text it matched in (the label, the words the initials stand for, the region's name).
 */
record MatchReason(String word, String on, String text, boolean inflected) {

    MatchReason(String word, String on, String text) {
        this(word, on, text, false);
    }

    /**
     * How much a match of this kind says that the entity is the one meant, 0 to 1; a word
     * matched only in another inflection ("Kronobergaren" for Kronoberg) a little less.
     */
    double weight() {
        return kindWeight() - (inflected ? 0.05 : 0);
    }

    private double kindWeight() {
        return switch (on) {
            case "label", "abbreviation" -> 1.0;
            case "altLabel" -> 0.9;
            case "initials" -> 0.8;
            case "compoundPart" -> 0.7;
            case "region", "holder" -> 0.6;
            case "parentRegion" -> 0.5;
            default -> 0.4; // spelling: within one edit
        };
    }
}
