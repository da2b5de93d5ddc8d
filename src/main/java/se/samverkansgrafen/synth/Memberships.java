package se.samverkansgrafen.synth;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Every recorded membership of a region, indexed by the meeting that states its start or
 * its end. A tenure with no meeting of the group in it leaves no trace in the minutes.
 */
final class Memberships {

    private final Map<String, List<Membership>> starts = new HashMap<>();
    private final Map<String, List<Membership>> ends = new HashMap<>();
    private int count;

    Memberships(Structure structure, Staffing staffing, Calendar calendar, LocalDate firstDay) {
        Set<String> slugs = new HashSet<>();
        for (Group group : structure.groups()) {
            for (Seat seat : group.seats()) {
                for (Tenure t : staffing.tenures(seat.post())) {
                    LocalDate stated = calendar.firstOnOrAfter(group, t.from() != null ? t.from() : firstDay);
                    if (stated == null || (t.to() != null && stated.isAfter(t.to()))) {
                        continue;
                    }
                    LocalDate endStated = t.to() != null ? calendar.firstAfter(group, t.to()) : null;
                    String base = group.slug() + "-" + t.person().slug().substring(structure.prefix().length()) + "-"
                            + seat.role();
                    String slug = base;
                    for (int n = 2; !slugs.add(slug); n++) {
                        slug = base + "-" + n;
                    }
                    Membership m = new Membership(slug, t.person(), group, seat, t.from(), t.to(), stated, endStated);
                    starts.computeIfAbsent(key(group, stated), k -> new ArrayList<>()).add(m);
                    if (endStated != null) {
                        ends.computeIfAbsent(key(group, endStated), k -> new ArrayList<>()).add(m);
                    }
                    count++;
                }
            }
        }
    }

    List<Membership> startingAt(Group group, LocalDate day) {
        return starts.getOrDefault(key(group, day), List.of());
    }

    List<Membership> endingAt(Group group, LocalDate day) {
        return ends.getOrDefault(key(group, day), List.of());
    }

    int count() {
        return count;
    }

    private static String key(Group group, LocalDate day) {
        return group.slug() + "/" + day;
    }
}
