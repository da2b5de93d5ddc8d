package se.samverkansgrafen.ingest;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Identity within one document: every written name becomes one person, either a known
 * person of the graph (sure match) or a new person of the draft; a new person close to a
 * known one gets an identity candidate for review, never a silent merge. Names within the
 * document are matched to each other first ("Marie-Louis" in a paragraph is the
 * "Marie-Louise" of the participant list).
 */
final class PeopleResolver {

    private static final Pattern CAMEL = Pattern.compile("(?<=\\p{Ll})(?=\\p{Lu})");

    private final Gazetteer gazetteer;
    private final Map<String, Draft.Person> byCompact = new LinkedHashMap<>();
    private final Map<String, Draft.Person> newPeople = new LinkedHashMap<>();
    private final List<Draft.Candidate> candidates = new ArrayList<>();

    PeopleResolver(Gazetteer gazetteer) {
        this.gazetteer = gazetteer;
    }

    /** The person a written name is, with the principal organisation the text gives them (or null). */
    Draft.Person resolve(String written, String principalOrg) {
        String readable = readable(written);
        String compact = Names.compact(readable);
        Draft.Person seen = byCompact.get(compact);
        if (seen != null) {
            return seen;
        }
        Optional<Draft.Person> inDocument = nearInDocument(compact);
        if (inDocument.isPresent()) {
            byCompact.put(compact, inDocument.get());
            return inDocument.get();
        }
        Optional<Gazetteer.PersonMatch> match = gazetteer.resolvePerson(readable, principalOrg);
        Draft.Person person;
        if (match.isPresent() && match.get().certainty() == Gazetteer.Certainty.SURE) {
            Gazetteer.KnownPerson known = match.get().person();
            person = new Draft.Person(known.iri(), known.name(), true, match.get().evidence());
        } else {
            person = newPerson(readable);
            if (match.isPresent()) {
                Gazetteer.KnownPerson known = match.get().person();
                candidates.add(new Draft.Candidate(person, new Draft.Person(known.iri(), known.name(), true, null),
                        match.get().evidence()));
            }
        }
        byCompact.put(compact, person);
        return person;
    }

    /** The person a first name alone refers to, when exactly one person of the document has it. */
    Optional<Draft.Person> byFirstName(String firstName) {
        String key = Names.compact(firstName);
        List<Draft.Person> matches = byCompact.values().stream().distinct()
                .filter(p -> Names.words(p.name()).split(" ")[0].replace(" ", "").equals(key)).toList();
        return matches.size() == 1 ? Optional.of(matches.get(0)) : Optional.empty();
    }

    private Optional<Draft.Person> nearInDocument(String compact) {
        if (compact.length() < 10) {
            return Optional.empty();
        }
        return byCompact.entrySet().stream()
                .filter(e -> e.getKey().length() >= 10 && Names.ocrDistance(e.getKey(), compact) <= 1.0)
                .map(Map.Entry::getValue).findFirst();
    }

    private Draft.Person newPerson(String readable) {
        String name = Names.capitalise(readable);
        String slug = Names.slug(name);
        String iri = Vocab.PERSON + slug;
        for (int n = 2; gazetteer.person(iri).isPresent() || (newPeople.containsKey(iri)
                && !Names.compact(newPeople.get(iri).name()).equals(Names.compact(name))); n++) {
            iri = Vocab.PERSON + slug + "-" + n;
        }
        Draft.Person person = newPeople.computeIfAbsent(iri, i -> new Draft.Person(i, name, false, null));
        return person;
    }

    List<Draft.Person> newPeople() {
        return List.copyOf(newPeople.values());
    }

    List<Draft.Candidate> candidates() {
        return candidates.stream().filter(c -> newPeople.containsKey(c.written().iri())).distinct().toList();
    }

    /**
     * A written name as words: words run together are split ("IdaHolm"), hyphens that
     * join a whole name without spaces become spaces ("Ida-Holm"), trailing
     * punctuation goes.
     */
    static String readable(String written) {
        String s = written.strip().replaceAll("^[-–,:;|]+|[-–,:;|.]+$", "").strip();
        s = CAMEL.matcher(s).replaceAll(" ");
        if (!s.contains(" ") && s.contains("-")) {
            s = s.replace('-', ' ');
        }
        return s.replaceAll("\\s+", " ").strip();
    }
}
