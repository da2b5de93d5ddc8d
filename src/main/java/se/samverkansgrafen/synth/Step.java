package se.samverkansgrafen.synth;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;

/**
 * One handling step of a matter at a meeting, with the agenda item and decision it makes
 * and the steps it announces.
 *
 * @param matter        the matter
 * @param group         the group handling it (the meeting's group)
 * @param date          the meeting day
 * @param stepKind      local name in the step-kind scheme
 * @param itemKind      local name in the item-kind scheme
 * @param title         the agenda item's title
 * @param decisionKind  local name in the decision-kind scheme, or null when no decision is recorded
 * @param decisionTaken whether a decision on the matter was taken
 * @param decisionText  the decision's text, or null
 * @param outcome       what the step led to
 * @param next          the group the matter goes to next, or null
 * @param planned       steps this one announces
 */
record Step(Matter matter, Group group, LocalDate date, String stepKind, String itemKind, String title,
        String decisionKind, boolean decisionTaken, String decisionText, String outcome, Group next,
        List<Planned> planned) {

    /** An announced step: who (null when the minutes do not say), what, and in which month. */
    record Planned(Group group, String stepKind, YearMonth month, String summary) {
    }
}
