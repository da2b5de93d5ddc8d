package se.samverkansgrafen.linkeddata;

import java.io.IOException;
import java.io.OutputStream;
import java.util.Optional;
import java.util.stream.Collectors;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.apache.jena.rdf.model.Model;
import org.apache.jena.riot.RDFDataMgr;
import org.springframework.http.HttpHeaders;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/** Writing a description in the syntax the client asked for; shared by VoID and the service description. */
public final class RdfResponses {

    private RdfResponses() {
    }

    /** The RDF syntax an Accept header asks for (none given: Turtle); empty when it accepts no RDF syntax. */
    public static Optional<String> acceptedRdf(String accept) {
        return RdfFormat.negotiate(accept, RdfFormat.RDF).map(RdfFormat::mediaType);
    }

    /** True when a browser asks: HTML is the best match of the header among RDF and HTML. */
    public static boolean prefersHtml(String accept) {
        return RdfFormat.negotiate(accept, RdfFormat.ALL).filter(f -> f == RdfFormat.HTML).isPresent();
    }

    /** Writes the model in the syntax {@link #acceptedRdf} chose, with Vary: Accept. */
    public static void write(Model model, String mediaType, HttpServletResponse response) throws IOException {
        RdfFormat format = RdfFormat.RDF.stream().filter(f -> f.mediaType().equals(mediaType)).findFirst().orElseThrow();
        response.setContentType(format.contentType());
        response.setHeader(HttpHeaders.VARY, HttpHeaders.ACCEPT);
        try (OutputStream out = response.getOutputStream()) {
            RDFDataMgr.write(out, model, format.lang());
        }
    }

    /** The syntaxes on offer, for a 406 message. */
    public static String offered() {
        return RdfFormat.RDF.stream().map(RdfFormat::mediaType).collect(Collectors.joining(", "));
    }

    /** Scheme, host, port and context path of the request, without a trailing slash. */
    public static String root(HttpServletRequest request) {
        return ServletUriComponentsBuilder.fromContextPath(request).build().toUriString();
    }
}
