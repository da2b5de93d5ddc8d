package se.samverkansgrafen.web;

import java.net.URI;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.eclipse.jetty.http.HttpException;
import org.springframework.http.HttpStatus;
import org.springframework.http.InvalidMediaTypeException;
import org.springframework.http.MediaType;

import tools.jackson.databind.json.JsonMapper;

/**
 * How an error is answered, in one place for Spring and for Jetty's own refusals: RFC 9457
 * problem details for API clients, the HTML error page for browsers (a request for a page,
 * not an API path, whose Accept header names text/html). Texts never carry internals
 * (class names, stack traces): only the status, a title and a detail meant for the client.
 */
final class ErrorFormat {

    static final String TYPE_BASE = "https://w3id.org/samverkan/problem/";
    static final String PROBLEM_JSON = "application/problem+json";

    /** Paths of the API and the machine endpoints: always problem details, whatever Accept says. */
    private static final List<String> API_PATHS = List.of("/api", "/sparql", "/v3/api-docs", "/actuator");

    private static final JsonMapper JSON = JsonMapper.builder().build();

    /** The Swedish title and message of the HTML error page for a status. */
    record PageText(String title, String message) {
    }

    private ErrorFormat() {
    }

    static boolean isApiPath(String path) {
        if (path == null) {
            return true;
        }
        return API_PATHS.stream().anyMatch(api -> path.equals(api) || path.startsWith(api + "/"));
    }

    /** True when the client is a browser asking for a page: the error page, not problem details. */
    static boolean wantsHtml(String path, String accept) {
        if (isApiPath(path) || accept == null || accept.isBlank()) {
            return false;
        }
        try {
            return MediaType.parseMediaTypes(accept).stream()
                    .anyMatch(type -> type.getQualityValue() > 0 && "text".equals(type.getType())
                            && "html".equals(type.getSubtype()));
        } catch (InvalidMediaTypeException e) {
            return false;
        }
    }

    /** The problem type of a status, e.g. .../problem/not-found for 404. */
    static URI type(int status) {
        return URI.create(TYPE_BASE + reason(status).toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-"));
    }

    static String reason(int status) {
        HttpStatus known = HttpStatus.resolve(status);
        return known == null ? "Error " + status : known.getReasonPhrase();
    }

    /** A problem detail as JSON, for responses written outside Spring MVC's message converters. */
    static byte[] problemJson(int status, String detail, String instance) {
        Map<String, Object> problem = new LinkedHashMap<>();
        problem.put("type", type(status).toString());
        problem.put("title", reason(status));
        problem.put("status", status);
        problem.put("detail", detail);
        if (instance != null) {
            problem.put("instance", instance);
        }
        return JSON.writeValueAsBytes(problem);
    }

    /**
     * The status a request error from Jetty (a form over the size limit, a query string that
     * is not valid percent-encoding...) stands for: the innermost {@link HttpException} in the
     * cause chain, so "form too large" (413) wins over the "unable to parse form" (400)
     * wrapping it; 0 when there is none.
     */
    static int jettyStatus(Throwable error) {
        int status = 0;
        for (Throwable t = error; t != null && t.getCause() != t; t = t.getCause()) {
            if (t instanceof HttpException http && http.getCode() >= 400) {
                status = http.getCode();
            }
        }
        return status;
    }

    /** The reason of the innermost Jetty {@link HttpException}, or a generic text for the status. */
    static String jettyDetail(Throwable error, int status) {
        String reason = null;
        for (Throwable t = error; t != null && t.getCause() != t; t = t.getCause()) {
            if (t instanceof HttpException http && http.getReason() != null) {
                reason = http.getReason();
            }
        }
        return reason != null ? reason : detail(status);
    }

    /** A generic English detail for a status when there is nothing more specific to say. */
    static String detail(int status) {
        return switch (status) {
            case 400 -> "The request is malformed (its path, query string, headers or body)";
            case 404 -> "There is nothing at this address";
            case 405 -> "This address does not answer this method";
            case 413 -> "The request body is larger than the service accepts";
            case 414 -> "The address (path and query string) is longer than the service accepts";
            case 431 -> "The request headers are larger than the service accepts";
            case 503 -> "The service cannot answer at the moment; try again later";
            default -> status >= 500 ? "The request could not be answered because of an internal error; it has been logged"
                    : reason(status);
        };
    }

    static PageText pageText(int status) {
        return switch (status) {
            case 400 -> new PageText("Felaktig förfrågan", "Adressen eller dess parametrar går inte att använda.");
            case 404 -> new PageText("Sidan finns inte", "Det finns ingenting med den adressen i grafen.");
            case 405 -> new PageText("Metoden stöds inte", "Adressen svarar inte på den sortens förfrågan.");
            case 406 -> new PageText("Formatet kan inte levereras", "Sidan finns inte i det format som begärdes.");
            case 413 -> new PageText("För stor förfrågan", "Förfrågan är större än tjänsten tar emot.");
            case 414 -> new PageText("För lång adress", "Adressen är längre än tjänsten tar emot.");
            case 415 -> new PageText("Formatet stöds inte", "Innehållet i förfrågan har ett format som inte stöds.");
            case 429 -> new PageText("För många förfrågningar", "Försök igen om en stund.");
            case 431 -> new PageText("För stora huvuden", "Förfrågans huvuden är större än tjänsten tar emot.");
            case 503 -> new PageText("Tjänsten är inte tillgänglig", "Försök igen om en stund.");
            default -> status >= 500
                    ? new PageText("Något gick fel", "Sidan kunde inte visas på grund av ett internt fel. Felet har loggats.")
                    : new PageText("Felaktig förfrågan", "Förfrågan kunde inte besvaras.");
        };
    }
}
