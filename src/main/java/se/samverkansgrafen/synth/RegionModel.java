package se.samverkansgrafen.synth;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Everything planned for one region before its files are written: structure, who holds
 * which post when, the meeting calendar, the memberships and the matters' paths. What
 * the minutes then reveal (spellings, near-name duplicates) is collected while writing.
 */
final class RegionModel {

    final Regions.Region region;
    final Structure structure;
    final Staffing staffing;
    final Calendar calendar;
    final Memberships memberships;
    final MatterPlan matters;
    final Rng minutes;
    final long seed;
    final int firstYear;
    final int lastYear;
    final Map<String, List<Post>> postsByOrg = new LinkedHashMap<>();
    /** Near-name duplicates, by the slug of the person they may be. */
    final Map<String, Person> duplicates = new LinkedHashMap<>();
    final Map<String, String> firstSourceOfGroup = new HashMap<>();

    RegionModel(Regions.Region region, long seed, int firstYear, int lastYear) {
        this.region = region;
        this.seed = seed;
        this.firstYear = firstYear;
        this.lastYear = lastYear;
        String code = region.lanskod();
        this.structure = new Structure(region);
        this.staffing = new Staffing(structure, firstYear, lastYear, new Rng(seed, "people/" + code));
        this.calendar = new Calendar(structure.groups(), firstYear, lastYear, new Rng(seed, "calendar/" + code));
        this.memberships = new Memberships(structure, staffing, calendar, LocalDate.of(firstYear, 1, 1));
        this.matters = new MatterPlan(structure, calendar, firstYear, lastYear, new Rng(seed, "matters/" + code));
        this.minutes = new Rng(seed, "minutes/" + code);
        structure.posts().forEach(p -> postsByOrg.computeIfAbsent(p.org(), o -> new ArrayList<>()).add(p));
    }

    /** The meetings in the order their files are written: by day, then by group. */
    List<Meeting> meetings() {
        List<Meeting> all = new ArrayList<>();
        for (Group g : structure.groups()) {
            List<LocalDate> dates = calendar.dates(g);
            for (int i = 0; i < dates.size(); i++) {
                all.add(new Meeting(g, dates.get(i), i == 0 ? null : dates.get(i - 1),
                        i + 1 < dates.size() ? dates.get(i + 1) : null));
            }
        }
        all.sort((a, b) -> a.date().equals(b.date()) ? a.group().slug().compareTo(b.group().slug())
                : a.date().compareTo(b.date()));
        return all;
    }

    /** One meeting of a group, with the group's meetings before and after it (null at the ends). */
    record Meeting(Group group, LocalDate date, LocalDate previous, LocalDate next) {

        String slug() {
            return group.slug() + "-" + date;
        }
    }
}
