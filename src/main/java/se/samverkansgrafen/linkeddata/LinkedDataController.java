package se.samverkansgrafen.linkeddata;

import java.io.IOException;
import java.io.OutputStream;
import java.net.URI;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Statement;
import org.apache.jena.riot.RDFDataMgr;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.stereotype.Controller;
import org.springframework.web.ErrorResponseException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.servlet.ModelAndView;

import se.samverkansgrafen.linkeddata.Descriptions.Description;
import se.samverkansgrafen.web.NotFoundException;

/**
 * Dereferenceable IRIs. An IRI under the configured base ({@code /id/...}, {@code /def},
 * {@code /def/...}, {@code /shapes}) names a thing, not a document, so it answers
 * 303 See Other (W3C "Cool URIs for the Semantic Web") by Accept: a browser to the entity's
 * page, an RDF client to the document in the syntax it asked for
 * ({@code /data/id/person/x.ttl}). The documents ({@code /data/...}) answer 200: with an
 * extension in that syntax, without one by content negotiation with {@code Vary: Accept}.
 */
@Controller
class LinkedDataController {

    /** Kinds of entity with a page of their own, by the IRI's kind segment. */
    private static final Map<String, String> PAGES = Map.of(
            "person", "/people/", "group", "/groups/", "org", "/organisations/",
            "meeting", "/meetings/", "matter", "/agreements/");
    private static final String SG = "def#";
    /** Path segments as the data's slugs and the ontology's terms spell them. */
    private static final Pattern PATH = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._~-]*(/[A-Za-z0-9][A-Za-z0-9._~-]*)*");

    private final Descriptions descriptions;

    LinkedDataController(Descriptions descriptions) {
        this.descriptions = descriptions;
    }

    @GetMapping({"/id/**", "/def", "/def/**", "/shapes"})
    void resolve(HttpServletRequest request, @RequestHeader(value = HttpHeaders.ACCEPT, required = false) String accept,
            HttpServletResponse response) {
        String path = relativePath(request, "/");
        Description description = describe(path);
        RdfFormat format = RdfFormat.negotiate(accept, RdfFormat.ALL).orElseThrow(() -> notAcceptable(accept));
        String location = format == RdfFormat.HTML
                ? page(description).orElse("/data/" + path + ".html")
                : "/data/" + path + "." + format.extension();
        response.setStatus(HttpStatus.SEE_OTHER.value());
        response.setHeader(HttpHeaders.LOCATION, request.getContextPath() + location);
        response.setHeader(HttpHeaders.VARY, HttpHeaders.ACCEPT);
    }

    @GetMapping("/data/**")
    ModelAndView document(HttpServletRequest request,
            @RequestHeader(value = HttpHeaders.ACCEPT, required = false) String accept, HttpServletResponse response)
            throws IOException {
        String path = relativePath(request, "/data/");
        RdfFormat format;
        int dot = path.lastIndexOf('.');
        Optional<RdfFormat> byExtension = dot > path.lastIndexOf('/') ? RdfFormat.byExtension(path.substring(dot + 1))
                : Optional.empty();
        if (byExtension.isPresent()) {
            format = byExtension.get();
            path = path.substring(0, dot);
        } else {
            format = RdfFormat.negotiate(accept, RdfFormat.ALL).orElseThrow(() -> notAcceptable(accept));
            response.setHeader(HttpHeaders.VARY, HttpHeaders.ACCEPT);
            response.setHeader(HttpHeaders.CONTENT_LOCATION,
                    request.getContextPath() + "/data/" + path + "." + format.extension());
        }
        Description description = describe(path);
        if (format == RdfFormat.HTML) {
            ModelAndView page = new ModelAndView("resource");
            page.addObject("page", ResourcePage.of(description, descriptions.base()));
            page.addObject("formats", RdfFormat.RDF);
            return page;
        }
        response.setContentType(format.contentType());
        response.setHeader(HttpHeaders.LINK, "<" + description.iri() + ">; rel=\"describes\"");
        Model model = ModelFactory.createDefaultModel().add(description.model());
        model.setNsPrefixes(Prefixes.of(descriptions.base()));
        try (OutputStream out = response.getOutputStream()) {
            RDFDataMgr.write(out, model, format.lang());
        }
        return null;
    }

    private Description describe(String path) {
        if (!PATH.matcher(path).matches()) {
            throw new NotFoundException("resource", path);
        }
        return descriptions.resolve(path).orElseThrow(() -> new NotFoundException("resource",
                descriptions.base() + path));
    }

    /** The entity's own page, for kinds that have one (a source document: its text). */
    private static Optional<String> page(Description description) {
        String[] segments = description.path().split("/");
        if (segments.length != 3 || !segments[0].equals("id")) {
            return Optional.empty();
        }
        if (PAGES.containsKey(segments[1])) {
            return Optional.of(PAGES.get(segments[1]) + segments[2]);
        }
        if (segments[1].equals("source")) {
            return description.model().listStatements().toList().stream()
                    .filter(s -> s.getSubject().isURIResource() && s.getSubject().getURI().equals(description.iri()))
                    .filter(s -> s.getPredicate().getURI().endsWith(SG + "fileName"))
                    .map(Statement::getString).findFirst().map(file -> "/sources/" + file);
        }
        return Optional.empty();
    }

    private static String relativePath(HttpServletRequest request, String prefix) {
        String uri = request.getRequestURI().substring(request.getContextPath().length());
        return uri.substring(prefix.length());
    }

    private static ErrorResponseException notAcceptable(String accept) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.NOT_ACCEPTABLE,
                "Cannot answer as " + accept + "; available: " + RdfFormat.ALL.stream().map(RdfFormat::mediaType)
                        .collect(Collectors.joining(", ")));
        problem.setType(URI.create("https://w3id.org/samverkan/problem/not-acceptable"));
        return new ErrorResponseException(HttpStatus.NOT_ACCEPTABLE, problem, null);
    }
}
