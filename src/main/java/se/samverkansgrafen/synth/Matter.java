package se.samverkansgrafen.synth;

import java.time.LocalDate;

/**
 * A synthetic matter: a governing document (agreement, guideline, plan ...), an assignment
 * or a project. Dates are filled in as its path through the groups is planned.
 */
final class Matter {

    enum Type { GoverningDocument, Assignment, Project }

    final String slug;
    final String label;
    final Type type;
    final String documentKind;
    final Matter concerns;
    final Matter revisionOf;
    Group assignedBy;
    Group assignedTo;
    Group reportsBackTo;
    LocalDate dueDate;
    LocalDate validFrom;
    LocalDate validUntil;
    LocalDate startDate;
    LocalDate endDate;
    String firstSource;

    Matter(String slug, String label, Type type, String documentKind, Matter concerns, Matter revisionOf) {
        this.slug = slug;
        this.label = label;
        this.type = type;
        this.documentKind = documentKind;
        this.concerns = concerns;
        this.revisionOf = revisionOf;
    }
}
