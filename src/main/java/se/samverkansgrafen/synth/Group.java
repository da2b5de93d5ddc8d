package se.samverkansgrafen.synth;

import java.util.List;

/**
 * A synthetic collaboration group of one region.
 *
 * @param slug          IRI slug (starts with "synth-")
 * @param label         Swedish name
 * @param shortLabel    what minutes call it ("AU", "LDG norr")
 * @param kind          local name in the group-kind scheme
 * @param partOf        the group this one is a working committee of (org:subOrganizationOf), or null
 * @param reportsTo     the group it reports to (sg:reportsTo), or null
 * @param area          sg:area, or null
 * @param seats         its seats, chair first
 * @param minMeetings   fewest meetings a year
 * @param maxMeetings   most meetings a year
 */
record Group(String slug, String label, String shortLabel, String kind, Group partOf, Group reportsTo, String area,
        List<Seat> seats, int minMeetings, int maxMeetings) {

    boolean political() {
        return seats.stream().anyMatch(s -> s.post().political());
    }

    /** Minutes of political bodies are protokoll with a justerare; others keep minnesanteckningar. */
    String documentType() {
        return political() ? "protokoll" : "minnesanteckningar";
    }
}
