package se.samverkansgrafen.drafts;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.security.Principal;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import java.util.regex.Pattern;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.vocabulary.FOAF;
import org.apache.jena.vocabulary.RDF;
import org.springframework.security.core.Authentication;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import se.samverkansgrafen.history.HistoryException;
import se.samverkansgrafen.history.ValidationException;
import se.samverkansgrafen.query.InvalidParameterException;
import se.samverkansgrafen.query.QueryRunner;
import se.samverkansgrafen.web.PageController;

/**
 * The review pages: the drafts with an upload form, and one draft beside its source text
 * with forms for corrections, accepting and rejecting. Each form is a POST with the
 * session's CSRF token (editors only, security/) and the draft's version as read, turned
 * into {@link DraftService}'s operations with that version as If-Match: a draft changed
 * meanwhile is refused and nothing changes.
 */
@PageController
class DraftPageController {

    static final String STALE = "Utkastet har ändrats av någon annan sedan du öppnade det. Ingenting har ändrats; "
            + "sidan visar nu den senaste versionen, gör ändringen igen.";
    private static final Pattern IRI = Pattern.compile("https?://[^\\s<>\"{}|\\\\^`]+");
    /** Times on the pages are Swedish local times. */
    static final ZoneId ZONE = ZoneId.of("Europe/Stockholm");
    private static final String PERSON_BASE = "https://w3id.org/samverkan/id/person/";
    private static final String ORGANISATION_BASE = "https://w3id.org/samverkan/id/org/";
    private static final String ATTENDANCE_SCHEME = DraftService.SG + "AttendanceStatusScheme";
    private static final String DECISION_KIND_SCHEME = DraftService.SG + "DecisionKindScheme";

    private final DraftService drafts;
    private final QueryRunner queries;

    DraftPageController(DraftService drafts, QueryRunner queries) {
        this.drafts = drafts;
        this.queries = queries;
    }

    @GetMapping("/utkast")
    String list(Model model, Authentication user) {
        model.addAttribute("drafts", drafts.list());
        model.addAttribute("editor", isEditor(user));
        model.addAttribute("zone", ZONE);
        return "drafts";
    }

    @PostMapping("/utkast")
    String upload(@RequestParam(name = "file", required = false) List<MultipartFile> files, Principal editor,
            RedirectAttributes flash) {
        List<String> done = new ArrayList<>();
        List<String> refused = new ArrayList<>();
        for (MultipartFile file : files == null ? List.<MultipartFile>of() : files) {
            if (file.isEmpty() && (file.getOriginalFilename() == null || file.getOriginalFilename().isBlank())) {
                continue;
            }
            try {
                DraftService.DraftView draft = drafts.create(file.getOriginalFilename(), file.getBytes(), editor.getName());
                done.add(draft.originalName());
            } catch (DraftExtractionException | DraftUploads.Unsupported | DraftUploads.TooLarge
                    | DraftUploads.BadName e) {
                refused.add(file.getOriginalFilename() + ": " + e.getMessage());
            } catch (IOException e) {
                throw new UncheckedIOException("Cannot read the upload", e);
            }
        }
        if (done.isEmpty() && refused.isEmpty()) {
            flash.addFlashAttribute("error", "Välj minst en fil att ladda upp.");
        }
        if (!done.isEmpty()) {
            flash.addFlashAttribute("message", "Nytt utkast av " + String.join(", ", done) + ".");
        }
        if (!refused.isEmpty()) {
            flash.addFlashAttribute("error", "Kunde inte göras till utkast:");
            flash.addFlashAttribute("problems", refused);
        }
        return "redirect:/utkast";
    }

    @GetMapping("/utkast/{id}")
    String draft(@PathVariable String id, Model model, Authentication user) {
        DraftService.Snapshot draft = drafts.snapshot(id);
        model.addAttribute("draft", draft.view());
        Map<String, List<Map<String, Object>>> review = DraftReview.of(draft.graph());
        model.addAttribute("review", review);
        model.addAttribute("zone", ZONE);
        model.addAttribute("lines", drafts.sourceLines(id));
        model.addAttribute("editor", isEditor(user));
        List<Map<String, Object>> concepts = queries.select("concepts", Map.of()).rows();
        Map<String, String> labels = new LinkedHashMap<>();
        concepts.forEach(c -> labels.put((String) c.get("concept"), (String) c.getOrDefault("label", c.get("concept"))));
        model.addAttribute("labels", labels);
        List<Map<String, Object>> statuses = inScheme(concepts, ATTENDANCE_SCHEME);
        model.addAttribute("statuses", statuses);
        model.addAttribute("attendanceByStatus", grouped(review.get("attendance"), "status",
                statuses.stream().map(s -> (String) s.get("concept")).toList()));
        model.addAttribute("otherFacts", grouped(review.get("other-facts"), "kind",
                List.of("membership", "matter", "step", "candidate")));
        model.addAttribute("decisionKinds", inScheme(concepts, DECISION_KIND_SCHEME));
        Object violations = model.getAttribute("violations");
        model.addAttribute("violationsByFact", byFact(violations instanceof List<?> list ? list : List.of()));
        return "draft";
    }

    @PostMapping("/utkast/{id}/narvaro")
    String attendance(@PathVariable String id, @RequestParam String version, @RequestParam String attendance,
            @RequestParam String status, Principal editor, RedirectAttributes flash) {
        return correct(id, version, () -> reviewed(id, attendance, replace(attendance, DraftService.SG + "attendanceStatus",
                concept(status, ATTENDANCE_SCHEME))), "Närvarostatusen är ändrad.", editor, flash);
    }

    @PostMapping("/utkast/{id}/beslutstyp")
    String decisionKind(@PathVariable String id, @RequestParam String version, @RequestParam String decision,
            @RequestParam String kind, Principal editor, RedirectAttributes flash) {
        return correct(id, version, () -> reviewed(id, decision, replace(decision, DraftService.SG + "decisionKind",
                concept(kind, DECISION_KIND_SCHEME))), "Beslutstypen är ändrad.", editor, flash);
    }

    /** Links an attendance to a person already in the graph, named by id (slug) or IRI. */
    @PostMapping("/utkast/{id}/person")
    String person(@PathVariable String id, @RequestParam String version, @RequestParam String attendance,
            @RequestParam String person, Principal editor, RedirectAttributes flash) {
        Optional<String> slug = knownEntity(person, KnownEntity.PERSON, flash);
        if (slug.isEmpty()) {
            return "redirect:/utkast/" + id;
        }
        return correct(id, version, () -> {
                    Graph draft = drafts.snapshot(id).graph();
                    return reviewed(draft, attendance, relink(draft, attendance, PERSON_BASE + slug.get()));
                },
                "Deltagaren är kopplad till " + slug.get() + ".", editor, flash);
    }

    /**
     * A correction plus what it says about the fact: an editor has read it, so its confidence
     * is 1 and it is no longer uncertain (its raw text and the note on why stay, as provenance).
     */
    private List<DraftPatch.Operation> reviewed(Graph draft, String fact, List<DraftPatch.Operation> correction) {
        List<DraftPatch.Operation> operations = new ArrayList<>(correction);
        operations.add(new DraftPatch.Operation("set", iri(fact), iri(DraftService.SG + "confidence"), null,
                "\"1.0\"^^<http://www.w3.org/2001/XMLSchema#decimal>"));
        if (draft.contains(NodeFactory.createURI(fact.strip()), NodeFactory.createURI(DraftService.SG + "uncertain"), Node.ANY)) {
            operations.add(new DraftPatch.Operation("set", iri(fact), iri(DraftService.SG + "uncertain"), null,
                    "\"false\"^^<http://www.w3.org/2001/XMLSchema#boolean>"));
        }
        return operations;
    }

    private List<DraftPatch.Operation> reviewed(String id, String fact, DraftPatch.Operation correction) {
        return reviewed(drafts.snapshot(id).graph(), fact, List.of(correction));
    }

    /**
     * The participant is the given person everywhere the draft names the person read for
     * them (attendance, chair, secretary, presenter...). A person the draft itself declared
     * for that name goes, with the identity candidates about them, so no phantom is accepted.
     */
    private List<DraftPatch.Operation> relink(Graph draft, String attendance, String person) {
        Node attendanceNode = NodeFactory.createURI(attendance.strip());
        Node read = draft.find(attendanceNode, NodeFactory.createURI(DraftService.SG + "attendee"), Node.ANY)
                .mapWith(Triple::getObject).nextOptional().orElse(null);
        if (read == null || !read.isURI()) {
            return List.of(replace(attendance, DraftService.SG + "attendee", iri(person)));
        }
        Node candidateType = NodeFactory.createURI(DraftService.SG + "IdentityCandidate");
        List<DraftPatch.Operation> operations = new ArrayList<>();
        Set<Node> candidates = new LinkedHashSet<>();
        draft.find(Node.ANY, Node.ANY, read).forEachRemaining(mention -> {
            if (draft.contains(mention.getSubject(), RDF.type.asNode(), candidateType)) {
                candidates.add(mention.getSubject());
            } else {
                operations.add(new DraftPatch.Operation("replace", iri(mention.getSubject().getURI()),
                        iri(mention.getPredicate().getURI()), iri(read.getURI()), iri(person)));
            }
        });
        if (draft.contains(read, RDF.type.asNode(), FOAF.Person.asNode())) {
            candidates.add(read);
        }
        for (Node gone : candidates) {
            draft.find(gone, Node.ANY, Node.ANY).mapWith(Triple::getPredicate).toSet().forEach(predicate ->
                    operations.add(new DraftPatch.Operation("remove", iri(gone.getURI()), iri(predicate.getURI()), null, null)));
        }
        return operations;
    }

    /** Sets the organisation an attendance is on behalf of to one already in the graph, named by id (slug) or IRI. */
    @PostMapping("/utkast/{id}/organisation")
    String organisation(@PathVariable String id, @RequestParam String version, @RequestParam String attendance,
            @RequestParam String organisation, Principal editor, RedirectAttributes flash) {
        Optional<String> slug = knownEntity(organisation, KnownEntity.ORGANISATION, flash);
        if (slug.isEmpty()) {
            return "redirect:/utkast/" + id;
        }
        return correct(id, version, () -> reviewed(id, attendance, new DraftPatch.Operation("set", iri(attendance),
                iri(DraftService.SG + "onBehalfOf"), null, iri(ORGANISATION_BASE + slug.get()))),
                "Organisationen är ändrad till " + slug.get() + ".", editor, flash);
    }

    /** What a correction form may link to: an entity already in the graph, named by id or IRI. */
    private enum KnownEntity {
        PERSON(PERSON_BASE, "person", "name", "personen", "person", "/people/<id>"),
        ORGANISATION(ORGANISATION_BASE, "organisation", "label", "organisationen", "organisation", "/organisations/<id>");

        final String base;
        final String query;
        final String column;
        final String definite;
        final String noun;
        final String page;

        KnownEntity(String base, String query, String column, String definite, String noun, String page) {
            this.base = base;
            this.query = query;
            this.column = column;
            this.definite = definite;
            this.noun = noun;
            this.page = page;
        }
    }

    /** The slug of the entity a form names, or empty with a message saying why not. */
    private Optional<String> knownEntity(String given, KnownEntity kind, RedirectAttributes flash) {
        String written = given.strip();
        String slug = written.startsWith(kind.base) ? written.substring(kind.base.length()) : written;
        try {
            if (queries.select(kind.query, Map.of(kind.query, slug)).entity(kind.column).isEmpty()) {
                flash.addFlashAttribute("error", "Det finns ingen " + kind.noun + " med id " + written + " i grafen. "
                        + "Sök " + kind.definite + " och ange id:t ur adressen " + kind.page + ".");
                return Optional.empty();
            }
        } catch (InvalidParameterException e) {
            flash.addFlashAttribute("error", "Ogiltigt id för en " + kind.noun + ": " + written + " (" + e.getMessage() + ")");
            return Optional.empty();
        }
        return Optional.of(slug);
    }

    /** Rejects one fact: every triple with it as subject goes. */
    @PostMapping("/utkast/{id}/ta-bort")
    String remove(@PathVariable String id, @RequestParam String version, @RequestParam String fact, Principal editor,
            RedirectAttributes flash) {
        Node subject = NodeFactory.createURI(fact);
        List<DraftPatch.Operation> operations = drafts.snapshot(id).graph().find(subject, Node.ANY, Node.ANY)
                .mapWith(Triple::getPredicate).toSet().stream()
                .map(p -> new DraftPatch.Operation("remove", "<" + fact + ">", "<" + p.getURI() + ">", null, null))
                .toList();
        if (operations.isEmpty()) {
            flash.addFlashAttribute("error", "Uppgiften finns inte (längre) i utkastet.");
            return "redirect:/utkast/" + id;
        }
        return correct(id, version, () -> operations, "Uppgiften är borttagen ur utkastet.", editor, flash);
    }

    @PostMapping("/utkast/{id}/godkann")
    String accept(@PathVariable String id, @RequestParam String version, Principal editor, RedirectAttributes flash) {
        try {
            DraftService.Accepted accepted = drafts.accept(id, version, editor.getName());
            return "redirect:/meetings/" + accepted.meetingId();
        } catch (ValidationException e) {
            flash.addFlashAttribute("error", "Utkastet bryter mot grafens regler (SHACL) och har inte förts in; "
                    + "ingenting har skrivits. Rätta uppgifterna nedan och försök igen.");
            flash.addFlashAttribute("violations", e.violations());
        } catch (HistoryException e) {
            flash.addFlashAttribute("error", refusal(e));
        } catch (DraftExtractionException e) {
            flash.addFlashAttribute("error", "Utkastet kan inte föras in: " + e.getMessage());
        }
        return "redirect:/utkast/" + id;
    }

    @PostMapping("/utkast/{id}/kasta")
    String reject(@PathVariable String id, @RequestParam String version, Principal editor, RedirectAttributes flash) {
        try {
            drafts.delete(id, version, editor.getName());
        } catch (HistoryException e) {
            flash.addFlashAttribute("error", refusal(e));
            return "redirect:/utkast/" + id;
        }
        flash.addFlashAttribute("message", "Utkastet är kastat.");
        return "redirect:/utkast";
    }

    private String correct(String id, String version, Supplier<List<DraftPatch.Operation>> operations, String done,
            Principal editor, RedirectAttributes flash) {
        try {
            drafts.patch(id, version, new DraftPatch(operations.get()), editor.getName());
            flash.addFlashAttribute("message", done);
        } catch (HistoryException e) {
            flash.addFlashAttribute("error", refusal(e));
        } catch (DraftUploads.BadPatch e) {
            flash.addFlashAttribute("error", "Ändringen kunde inte göras: " + e.getMessage());
        }
        return "redirect:/utkast/" + id;
    }

    private static String refusal(HistoryException e) {
        return switch (e.kind()) {
            case PRECONDITION_FAILED, PRECONDITION_REQUIRED -> STALE;
            case DISABLED -> "Redigering är avstängd i den här tjänsten (samverkan.history.enabled).";
            case CONFLICT -> "Det går inte: " + e.getMessage();
            default -> "Det gick inte: " + e.getMessage();
        };
    }

    private static DraftPatch.Operation replace(String subject, String predicate, String value) {
        return new DraftPatch.Operation("replace", iri(subject), iri(predicate), null, value);
    }

    /** An IRI from a form as a patch term; anything but a plain http(s) IRI is refused. */
    private static String iri(String iri) {
        if (iri == null || !IRI.matcher(iri.strip()).matches()) {
            throw new DraftUploads.BadPatch("'" + iri + "' is not an IRI");
        }
        return "<" + iri.strip() + ">";
    }

    /** A concept of the scheme, as a patch term; any other value is refused. */
    private String concept(String iri, String scheme) {
        boolean known = inScheme(queries.select("concepts", Map.of()).rows(), scheme).stream()
                .anyMatch(c -> c.get("concept").equals(iri));
        if (!known) {
            throw new DraftUploads.BadPatch("'" + iri + "' is not a concept of " + scheme);
        }
        return iri(iri);
    }

    private static List<Map<String, Object>> inScheme(List<Map<String, Object>> concepts, String scheme) {
        return concepts.stream().filter(c -> scheme.equals(c.get("scheme"))).toList();
    }

    /** Rows by the value of one column, every key present (in the given order) even without rows. */
    private static Map<String, List<Map<String, Object>>> grouped(List<Map<String, Object>> rows, String column,
            List<String> keys) {
        Map<String, List<Map<String, Object>>> groups = new LinkedHashMap<>();
        keys.forEach(k -> groups.put(k, new ArrayList<>()));
        rows.forEach(r -> groups.computeIfAbsent(String.valueOf(r.get(column)), k -> new ArrayList<>()).add(r));
        return groups;
    }

    /** Violations by the fact they concern (a violation names its focus node first). */
    private static Map<String, List<String>> byFact(List<?> violations) {
        Map<String, List<String>> byFact = new LinkedHashMap<>();
        for (Object v : violations) {
            String text = String.valueOf(v);
            int space = text.indexOf(' ');
            String focus = space > 0 ? text.substring(0, space).replaceAll(":$", "") : text;
            byFact.computeIfAbsent(focus, f -> new ArrayList<>()).add(text);
        }
        return byFact;
    }

    private static boolean isEditor(Authentication user) {
        return user != null && user.isAuthenticated()
                && user.getAuthorities().stream().anyMatch(a -> "ROLE_EDITOR".equals(a.getAuthority()));
    }
}
