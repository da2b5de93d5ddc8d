package se.samverkansgrafen.synth;

import java.time.LocalDate;

/**
 * A person holding a post from {@code from} to {@code to} (both included); null means
 * before the first or after the last year generated.
 */
record Tenure(Person person, Post post, LocalDate from, LocalDate to) {

    boolean holdsOn(LocalDate day) {
        return (from == null || !day.isBefore(from)) && (to == null || !day.isAfter(to));
    }

    Tenure endingOn(LocalDate day) {
        return new Tenure(person, post, from, day);
    }
}
