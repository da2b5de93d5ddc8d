package se.samverkansgrafen.synth;

/** What a run wrote, for the summary and the manifest. */
final class Counts {

    long triples;
    long files;
    long regions;
    long groups;
    long people;
    long meetings;
    long attendances;
    long memberships;
    long items;
    long decisions;
    long matters;
    long steps;
    long candidates;

    String summary() {
        return """
                regions      %d
                files        %d
                triples      %d
                groups       %d
                people       %d
                meetings     %d
                attendances  %d
                memberships  %d
                agenda items %d
                decisions    %d
                matters      %d
                steps        %d
                identity candidates %d
                """.formatted(regions, files, triples, groups, people, meetings, attendances, memberships, items,
                decisions, matters, steps, candidates);
    }
}
