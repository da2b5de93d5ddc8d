package se.samverkansgrafen.linkeddata;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import org.apache.jena.atlas.web.AcceptList;
import org.apache.jena.atlas.web.MediaType;
import org.apache.jena.riot.Lang;

/** The representations of a resource: four RDF syntaxes and, for browsers, HTML. */
enum RdfFormat {

    TURTLE("text/turtle", "ttl", Lang.TURTLE),
    N_TRIPLES("application/n-triples", "nt", Lang.NTRIPLES),
    JSON_LD("application/ld+json", "jsonld", Lang.JSONLD),
    RDF_XML("application/rdf+xml", "rdf", Lang.RDFXML),
    HTML("text/html", "html", null);

    /** RDF only: Turtle first, so that a client that accepts anything gets Turtle. */
    static final List<RdfFormat> RDF = List.of(TURTLE, N_TRIPLES, JSON_LD, RDF_XML);
    static final List<RdfFormat> ALL = List.of(TURTLE, N_TRIPLES, JSON_LD, RDF_XML, HTML);

    private final String mediaType;
    private final String extension;
    private final Lang lang;

    RdfFormat(String mediaType, String extension, Lang lang) {
        this.mediaType = mediaType;
        this.extension = extension;
        this.lang = lang;
    }

    public String mediaType() {
        return mediaType;
    }

    /** The Content-Type header: text types say their charset. */
    String contentType() {
        return this == JSON_LD || this == RDF_XML ? mediaType : mediaType + ";charset=utf-8";
    }

    public String extension() {
        return extension;
    }

    Lang lang() {
        return lang;
    }

    static Optional<RdfFormat> byExtension(String extension) {
        return Arrays.stream(values()).filter(f -> f.extension.equals(extension)).findFirst();
    }

    /**
     * The best of {@code offered} for an Accept header (absent or empty: the first offered),
     * by Jena's content negotiation (quality values, then the more specific range); empty
     * when the header accepts none of them.
     */
    static Optional<RdfFormat> negotiate(String accept, List<RdfFormat> offered) {
        if (accept == null || accept.isBlank()) {
            return Optional.of(offered.getFirst());
        }
        AcceptList offers = AcceptList.create(offered.stream().map(RdfFormat::mediaType).toArray(String[]::new));
        MediaType chosen;
        try {
            chosen = AcceptList.match(new AcceptList(accept), offers);
        } catch (RuntimeException unreadable) {
            return Optional.empty();
        }
        if (chosen == null) {
            return Optional.empty();
        }
        return offered.stream().filter(f -> f.mediaType.equals(chosen.getContentTypeStr())).findFirst();
    }
}
