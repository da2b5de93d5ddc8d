package se.samverkansgrafen.synth;

import java.time.LocalDate;

/**
 * A person's seat in a group as the minutes record it: stated at the group's first meeting
 * in the person's tenure ({@code statedAt}), with its start when it began within the years
 * generated, and its end stated at the first meeting after it ended ({@code endStatedAt},
 * null when no later meeting says so).
 */
record Membership(String slug, Person person, Group group, Seat seat, LocalDate from, LocalDate to,
        LocalDate statedAt, LocalDate endStatedAt) {
}
