package se.samverkansgrafen.synth;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * When each group meets: every year between its fewest and most meetings (6 to 11), in
 * different months, never in July, on a weekday from Tuesday to Friday.
 */
final class Calendar {

    private static final Month[] MONTHS = {Month.JANUARY, Month.FEBRUARY, Month.MARCH, Month.APRIL, Month.MAY,
            Month.JUNE, Month.AUGUST, Month.SEPTEMBER, Month.OCTOBER, Month.NOVEMBER, Month.DECEMBER};

    private final Map<String, List<LocalDate>> dates = new LinkedHashMap<>();

    Calendar(List<Group> groups, int firstYear, int lastYear, Rng rng) {
        for (Group group : groups) {
            List<LocalDate> all = new ArrayList<>();
            for (int year = firstYear; year <= lastYear; year++) {
                int count = rng.between(group.minMeetings(), group.maxMeetings());
                TreeSet<Integer> months = new TreeSet<>();
                while (months.size() < count) {
                    months.add(rng.between(0, MONTHS.length - 1));
                }
                for (int m : months) {
                    LocalDate day = LocalDate.of(year, MONTHS[m], rng.between(1, 24));
                    while (day.getDayOfWeek() == DayOfWeek.MONDAY || day.getDayOfWeek().getValue() > 5) {
                        day = day.plusDays(1);
                    }
                    all.add(day);
                }
            }
            dates.put(group.slug(), List.copyOf(all));
        }
    }

    /** The group's meeting days in order. */
    List<LocalDate> dates(Group group) {
        return dates.get(group.slug());
    }

    int meetings() {
        return dates.values().stream().mapToInt(List::size).sum();
    }

    /** The group's first meeting on or after {@code day}, or null. */
    LocalDate firstOnOrAfter(Group group, LocalDate day) {
        for (LocalDate d : dates.get(group.slug())) {
            if (!d.isBefore(day)) {
                return d;
            }
        }
        return null;
    }

    /** The group's first meeting after {@code day}, or null. */
    LocalDate firstAfter(Group group, LocalDate day) {
        return firstOnOrAfter(group, day.plusDays(1));
    }
}
