package se.samverkansgrafen.synth;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Who holds which post when. Every year each person in a post on 1 January leaves with
 * probability {@value #LEAVE} on a random day; the post then goes to a colleague of the
 * same organisation (who changes role, leaving their own post to a newcomer) with
 * probability {@value #PROMOTE}, else to a newcomer after a gap of up to two months.
 */
final class Staffing {

    static final double LEAVE = 0.15;
    static final double PROMOTE = 0.2;

    private final Map<Post, List<Tenure>> tenures = new LinkedHashMap<>();
    private final List<Person> people = new ArrayList<>();
    private final NameBank names;
    private final Map<String, Integer> slugs = new LinkedHashMap<>();
    private final String prefix;

    Staffing(Structure structure, int firstYear, int lastYear, Rng rng) {
        this.names = new NameBank(rng);
        this.prefix = structure.prefix();
        LocalDate end = LocalDate.of(lastYear, 12, 31);
        for (Post post : structure.posts()) {
            tenures.put(post, new ArrayList<>(List.of(new Tenure(newPerson(), post, null, null))));
        }
        for (int year = firstYear; year <= lastYear; year++) {
            LocalDate jan1 = LocalDate.of(year, 1, 1);
            Set<Person> moved = new HashSet<>();
            for (Post post : structure.posts()) {
                Tenure current = open(post);
                if (current == null || !current.holdsOn(jan1) || moved.contains(current.person()) || !rng.chance(LEAVE)) {
                    continue;
                }
                LocalDate leaves = rng.day(jan1, LocalDate.of(year, 12, 31));
                close(post, leaves);
                Post other = rng.chance(PROMOTE) ? colleaguePost(structure, post, jan1, moved, rng) : null;
                if (other != null) {
                    Person colleague = open(other).person();
                    moved.add(colleague);
                    close(other, leaves);
                    start(post, colleague, leaves.plusDays(1), end);
                    start(other, newPerson(), leaves.plusDays(rng.between(1, 60)), end);
                } else {
                    start(post, newPerson(), leaves.plusDays(rng.between(1, 60)), end);
                }
            }
        }
    }

    List<Person> people() {
        return people;
    }

    /** The tenures of a post in time order. */
    List<Tenure> tenures(Post post) {
        return tenures.get(post);
    }

    /** Who holds the post on the day, or null when it is vacant. */
    Tenure holder(Post post, LocalDate day) {
        for (Tenure t : tenures.get(post)) {
            if (t.holdsOn(day)) {
                return t;
            }
        }
        return null;
    }

    /** A near-name duplicate of {@code person}, as a record of its own; null when someone already has that name. */
    Person duplicateOf(Person person, String nearName) {
        if (!names.claim(nearName)) {
            return null;
        }
        Person duplicate = new Person(uniqueSlug(nearName), nearName, person);
        people.add(duplicate);
        return duplicate;
    }

    private Person newPerson() {
        String name = names.next();
        Person p = new Person(uniqueSlug(name), name, null);
        people.add(p);
        return p;
    }

    private String uniqueSlug(String name) {
        String base = prefix + Iris.slug(name);
        int n = slugs.merge(base, 1, Integer::sum);
        return n == 1 ? base : base + "-" + n;
    }

    private Tenure open(Post post) {
        List<Tenure> list = tenures.get(post);
        Tenure last = list.getLast();
        return last.to() == null ? last : null;
    }

    private void close(Post post, LocalDate day) {
        List<Tenure> list = tenures.get(post);
        list.set(list.size() - 1, list.getLast().endingOn(day));
    }

    private void start(Post post, Person person, LocalDate from, LocalDate end) {
        if (!from.isAfter(end)) {
            tenures.get(post).add(new Tenure(person, post, from, null));
        }
    }

    /** Another post of the same organisation, of the same kind (elected or not), whose holder can move. */
    private Post colleaguePost(Structure structure, Post vacant, LocalDate jan1, Set<Person> moved, Rng rng) {
        List<Post> candidates = structure.posts().stream()
                .filter(p -> p != vacant && p.org().equals(vacant.org()) && p.political() == vacant.political())
                .filter(p -> {
                    Tenure t = open(p);
                    return t != null && t.holdsOn(jan1) && !moved.contains(t.person());
                })
                .toList();
        return candidates.isEmpty() ? null : rng.pick(candidates);
    }
}
