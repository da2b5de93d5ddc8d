package se.samverkansgrafen.ingest;

import java.time.LocalDate;
import java.util.List;

/**
 * What the extractor read from one set of minutes, before it becomes RDF: every fact
 * with the line it stands on, a verbatim quote and a confidence (0-1).
 */
record Draft(String fileName, int pageCount, boolean ocr, Meeting meeting, List<Participant> participants,
        List<Item> items, List<Decision> decisions, List<Membership> memberships, List<Candidate> candidates,
        List<String> unplaced, List<Matter> matters, List<MatterLink> matterLinks, List<Step> steps) {

    /** A person as the draft refers to them: a known IRI, or a new person the draft declares. */
    record Person(String iri, String name, boolean known, String evidence) {
    }

    /** The group holding the meeting: known, or proposed with its kind. */
    record Group(String iri, String label, String kindIri, boolean known, double confidence, int line) {
    }

    record Meeting(List<Group> groups, LocalDate date, String dateInferredFrom, int dateLine, String timeOfDay,
            String place, String title, LocalDate approvedOn, List<Role> roles) {
    }

    /** Chair, secretary or justerare as the heading or a role label states them. */
    record Role(String roleIri, Person person, String nameAsWritten, String quote, int line, double confidence,
            boolean standing) {
    }

    record Participant(Person person, String nameAsWritten, String orgIri, String jobTitle, String statusIri,
            List<String> roleIris, String note, String section, String quote, int line, double confidence,
            String uncertaintyNote, Person substituteFor, String itemNumber) {
    }

    record Item(String number, int order, String title, String kindIri, List<Person> presenters, int line,
            String quote, double confidence) {
    }

    record Decision(String itemNumber, String suffix, String kindIri, String text, int line, double confidence) {
    }

    record Membership(Person person, String groupIri, String roleIri, String orgIri, String nameAsWritten,
            String itemNumber, String section, String quote, int line, LocalDate start, LocalDate end,
            double confidence) {
    }

    /** Two records that may be one person: the new name and the known one. */
    record Candidate(Person written, Person known, String evidence) {
    }

    /**
     * A matter the minutes name: known (only cited by this document) or proposed as new with
     * its class (sg:GoverningDocument, sg:Assignment, sg:Project) and document kind. A new
     * matter close to a known one it was not linked to says so in {@code similarTo}.
     */
    record Matter(String iri, String label, String typeIri, String documentKindIri, boolean known, double confidence,
            int line, String quote, String similarTo) {
    }

    /** An item (and the item's decisions whose text names it) concerns a matter. */
    record MatterLink(String itemNumber, String matterIri, List<String> decisionSuffixes, double confidence, int line,
            String quote) {
    }

    /**
     * A handling step: done at this meeting under an item, or planned for a period the text
     * gives ({@code period} is "2023-03", "2023-03-16" or "2024"; {@code periodNote} says how
     * it was read when the text gives no year or only a season).
     */
    record Step(String matterIri, String itemNumber, String stepKind, boolean planned, String period,
            LocalDate sortDate, String periodNote, boolean decisionTaken, String decisionSlug, String handledByIri,
            String quote, int line, double confidence) {
    }
}
