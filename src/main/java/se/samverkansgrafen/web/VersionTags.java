package se.samverkansgrafen.web;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

import se.samverkansgrafen.SamverkansgrafenApplication;
import se.samverkansgrafen.query.NamedQuery;
import se.samverkansgrafen.query.NamedQueryCatalog;
import se.samverkansgrafen.store.DataVersion;
import se.samverkansgrafen.store.LoadStatus;

/**
 * Answers read from the graph are the same as long as the data is: GETs of the API and of
 * the pages that read the graph carry the data version as their ETag (weak, with
 * {@code Vary: Accept}), and a request whose If-None-Match names it gets 304 without
 * running a query. The tag also hashes the service's version and its named queries, so a
 * new release answers afresh. Only successful answers keep the tag. Drafts, history,
 * sources, /sparql and the actuator answer from other state and carry none of it.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 10)
class VersionTags extends OncePerRequestFilter {

    /** Paths whose answers depend on nothing but the loaded graph (and the request). */
    private static final List<String> PREFIXES = List.of("/api/search", "/api/people", "/api/groups",
            "/api/organisations", "/api/meetings", "/api/agreements", "/api/queries", "/people/", "/groups",
            "/organisations/", "/meetings/", "/agreements", "/structure");

    private final DataVersion version;
    private final LoadStatus status;
    private final String release;

    VersionTags(DataVersion version, LoadStatus status, NamedQueryCatalog catalog) {
        this.version = version;
        this.status = status;
        MessageDigest digest = sha256();
        String implementation = SamverkansgrafenApplication.class.getPackage().getImplementationVersion();
        digest.update(String.valueOf(implementation).getBytes(StandardCharsets.UTF_8));
        for (NamedQuery query : catalog.all()) {
            digest.update(query.text().getBytes(StandardCharsets.UTF_8));
        }
        this.release = HexFormat.of().formatHex(digest.digest(), 0, 4);
    }

    static boolean applies(HttpServletRequest request) {
        if (!"GET".equals(request.getMethod()) && !"HEAD".equals(request.getMethod())) {
            return false;
        }
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return path.equals("/") || PREFIXES.stream().anyMatch(path::startsWith);
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Optional<String> current = applies(request) && status.servesCompleteLoad() ? version.current() : Optional.empty();
        if (current.isEmpty()) {
            chain.doFilter(request, response);
            return;
        }
        String tag = "W/\"" + current.get() + "-" + release + "\"";
        response.setHeader(HttpHeaders.VARY, HttpHeaders.ACCEPT);
        if (matches(request.getHeader(HttpHeaders.IF_NONE_MATCH), tag)) {
            response.setHeader(HttpHeaders.ETAG, tag);
            response.setHeader(HttpHeaders.CACHE_CONTROL, "no-cache");
            response.setStatus(HttpServletResponse.SC_NOT_MODIFIED);
            return;
        }
        response.setHeader(HttpHeaders.ETAG, tag);
        // Keep it, but ask again every time: the data may change at any moment.
        response.setHeader(HttpHeaders.CACHE_CONTROL, "no-cache");
        SuccessOnlyTags tagged = new SuccessOnlyTags(response);
        try {
            chain.doFilter(request, tagged);
        } catch (IOException | ServletException | RuntimeException e) {
            // The container answers this with an error page or problem details: untagged.
            tagged.untagUnlessSuccess(HttpServletResponse.SC_INTERNAL_SERVER_ERROR);
            throw e;
        }
    }

    /** Weak comparison (RFC 9110 13.1.2): any listed tag, or *, with or without W/. */
    static boolean matches(String ifNoneMatch, String tag) {
        if (ifNoneMatch == null || ifNoneMatch.isBlank()) {
            return false;
        }
        String opaque = opaque(tag);
        return Arrays.stream(ifNoneMatch.split(",")).map(String::strip)
                .anyMatch(given -> given.equals("*") || opaque(given).equals(opaque));
    }

    private static String opaque(String tag) {
        return tag.startsWith("W/") ? tag.substring(2) : tag;
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is always available", e);
        }
    }

    /** Drops the tag and the caching advice when the answer is an error: errors are not answers to keep. */
    private static final class SuccessOnlyTags extends HttpServletResponseWrapper {

        SuccessOnlyTags(HttpServletResponse response) {
            super(response);
        }

        @Override
        public void setStatus(int status) {
            untagUnlessSuccess(status);
            super.setStatus(status);
        }

        @Override
        public void sendError(int status) throws IOException {
            untagUnlessSuccess(status);
            super.sendError(status);
        }

        @Override
        public void sendError(int status, String message) throws IOException {
            untagUnlessSuccess(status);
            super.sendError(status, message);
        }

        @Override
        public void sendRedirect(String location) throws IOException {
            untagUnlessSuccess(HttpServletResponse.SC_FOUND);
            super.sendRedirect(location);
        }

        void untagUnlessSuccess(int status) {
            if ((status < 200 || status >= 300) && !isCommitted()) {
                setHeader(HttpHeaders.ETAG, null);
                setHeader(HttpHeaders.CACHE_CONTROL, null);
            }
        }
    }
}
