package se.samverkansgrafen.people;

import java.util.List;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Parameter;

/** People: name search, and where a person sits and sat. */
@RestController
@RequestMapping("/api/people")
class PeopleController {

    private final PersonViews people;

    PeopleController(PersonViews people) {
        this.people = people;
    }

    /** People whose name matches q, forgiving lost diacritics and OCR slips. */
    @GetMapping
    List<PersonMatch> search(@Parameter(description = "A name or part of one; diacritics and OCR slips forgiven", example = "Angman") @RequestParam String q) {
        return people.search(q);
    }

    /** A person with every membership, report on behalf of a group ("rapporterar från") and attendance, each with its source. */
    @GetMapping("/{id}")
    PersonView person(@Parameter(description = "The person's id (slug of its IRI)", example = "ingmar-angman") @PathVariable String id) {
        return people.person(id);
    }
}
