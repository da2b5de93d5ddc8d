package se.samverkansgrafen.synth;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * A synthetic person: canonical name, the spellings minutes used for them (merged as
 * altLabels, with the evidence), and the first document that names them. A person made
 * from a near name (a possible duplicate) points at the person it may be.
 */
final class Person {

    private final String slug;
    private final String name;
    private final Person mayBe;
    private final Set<String> variants = new TreeSet<>();
    private final List<String> evidence = new ArrayList<>();
    private String firstSource;

    Person(String slug, String name, Person mayBe) {
        this.slug = slug;
        this.name = name;
        this.mayBe = mayBe;
    }

    String slug() {
        return slug;
    }

    String name() {
        return name;
    }

    /** For a near-name duplicate: the person it may be; else null. */
    Person mayBe() {
        return mayBe;
    }

    Set<String> variants() {
        return variants;
    }

    List<String> evidence() {
        return evidence;
    }

    String firstSource() {
        return firstSource;
    }

    /** Records a spelling seen in a document, and why it is this person. */
    void seenAs(String written, String why) {
        if (!written.equals(name) && variants.add(written)) {
            evidence.add(why);
        }
    }

    void mentionedIn(String source) {
        if (firstSource == null) {
            firstSource = source;
        }
    }
}
