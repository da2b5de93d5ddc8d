package se.samverkansgrafen.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.rdfconnection.RDFConnection;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;

import se.samverkansgrafen.query.NamedQuery;
import se.samverkansgrafen.query.NamedQueryCatalog;
import se.samverkansgrafen.query.QueryParameter;
import se.samverkansgrafen.store.TripleStore;
import tools.jackson.databind.JsonNode;

/**
 * A corpus of hostile values sent to every path and query parameter of every API endpoint
 * and page (and every parameter of every named query in the catalogue): each answer is a
 * 4xx with problem details (the HTML error page for pages asked for as text/html), or,
 * for free-text parameters (search words, a SPARQL text), an ordinary answer that does not
 * echo markup unescaped; never a 5xx, never a stack trace; and the store is the same
 * afterwards, graph by graph.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class HostileInputTest extends ApiTest {

    /**
     * How a parameter is checked: every hostile value refused (an entity's id, a date, a
     * listed value); refused unless it has the form of an id (a named query's id parameter,
     * where an id that names nothing is an empty result); or free text that is searched for.
     */
    enum Kind { STRICT, ID_FORM, FREE_TEXT }

    private static final Pattern MARKUP = Pattern.compile("<[a-zA-Z!/]");
    private static final Pattern SLUG = Pattern.compile("[a-z0-9][a-z0-9_-]*");

    record Target(String name, boolean page, Kind kind, Function<String, String> uri) {
        @Override
        public String toString() {
            return name;
        }
    }

    static final List<String> HOSTILE = hostile();

    @Autowired
    TripleStore store;

    @Autowired
    NamedQueryCatalog catalog;

    private Map<String, String> before;

    private static List<String> hostile() {
        List<String> values = new ArrayList<>(List.of(
                // quotes and escapes
                "'", "\"", "''", "'; --", "\" OR \"1\"=\"1", "`", "\\", "\\\"", "\\u0022", "%27",
                // angle brackets and markup
                "<", ">", "<script>alert(1)</script>", "\"><img src=x onerror=alert(1)>", "<https://evil.example/>",
                "</textarea><script>alert(1)</script>", "<!--", "]]>", "&lt;script&gt;", "&#x3C;",
                // braces and template syntax
                "{", "}", "{}", "${7*7}", "#{7*7}", "[[${7*7}]]", "__${T(java.lang.Runtime).getRuntime().exec('id')}__::x",
                "{{7*7}}", "*{7*7}", "@{/}",
                // NUL, control characters and odd whitespace
                "%00", "\u0000", "a\u0000b", "\u0001", "\t", "\n", "\r\n", "x\r\nSet-Cookie: a=b", "\u007f", "\u001b[31m",
                "\u0085", "\u2028", " ", "  ingmar-angman", "ingmar-angman ", "\u00a0",
                // path traversal
                "../", "../../etc/passwd", "..\\..\\windows\\win.ini", "%2e%2e%2f", "....//", "/etc/passwd",
                "file:///etc/passwd", "C:\\Windows", ".", "..", "//", "ingmar-angman/../../pom.xml", "pom.xml",
                // unicode confusables and oddities
                "\u0456ngmar-angman", "ingmar\u2010angman", "\uff49\uff4e\uff47\uff4d\uff41\uff52", "ingmar-angman\u200b",
                "\u202eingmar", "\uff29\uff2e\uff27", "ingmar-angman\ufeff", "a\u0301", "A\u030angman", "\ud83d\ude00",
                "\ufffd", "\u0130ngmar", "ingmar-angman\u0000",
                // SPARQL fragments
                "> } ; DROP ALL ; #", "x> } INSERT DATA { <a> <b> <c> } #", "\"; DROP GRAPH <x> ; #", "?s ?p ?o",
                "} UNION { ?s ?p ?o", "SERVICE <http://127.0.0.1:1/sparql> { ?s ?p ?o }", "CLEAR ALL", "LOAD <http://evil/>",
                "\" . ?s ?p ?o . \"", "ingmar-angman> . ?x ?y ?z . <x", "https://w3id.org/samverkan/id/person/ingmar-angman> } #",
                "FILTER(REGEX(?s, \"^(a+)+$\"))", "DELETE WHERE { ?s ?p ?o }", "PREFIX x: <y> SELECT * {}",
                // Lucene query syntax
                "*", "?", "a~", "a^100", "title:x", "AND", "OR NOT", "(((", "\"unterminated", "/regex/", "[a TO z]",
                "a*b?c~2",
                // impossible and malformed dates
                "2023-02-30", "-999999-01-01", "+999999999-12-31", "2023-13-01", "2023-00-10", "0000-00-00", "2023-02-29",
                "9999-99-99", "2023-1-1", "2023-03-01T00:00:00Z", "2023/03/01", "1.1.2023", "yesterday", "now()",
                "2023-03-01\"^^<x>",
                // numbers
                "-1", "0", "9223372036854775808", "1e309", "NaN", "Infinity", "0x10",
                // shell, format strings, misc
                "$(id)", "`id`", "; ls", "| cat /etc/passwd", "%s%s%s%n", "{0}", "%x", "%", "%%", "%ZZ", "+", "&", "=",
                "&x=y", "#frag", ";jsessionid=x", "a;b", "~", "|", "@", ":", "null", "undefined", "true", "[]",
                "INGMAR-ANGMAN", "-ingmar", "a".repeat(300), "x".repeat(5_000),
                // too long for any URI
                "a".repeat(100_000), "å".repeat(50_000)));
        return List.copyOf(values);
    }

    /** Percent-encodes every byte but the unreserved characters, as a browser or client library would send a value. */
    static String encode(String value) {
        StringBuilder out = new StringBuilder();
        for (byte b : value.getBytes(StandardCharsets.UTF_8)) {
            int c = b & 0xff;
            if (Character.isLetterOrDigit(c) && c < 128 || c == '-' || c == '_' || c == '.' || c == '~') {
                out.append((char) c);
            } else {
                out.append('%').append(String.format("%02X", c));
            }
        }
        return out.toString();
    }

    /**
     * A value as one path segment. "." and ".." are sent encoded: unencoded they are relative
     * references (RFC 3986 dot segments) that every client resolves before sending.
     */
    static String segment(String value) {
        return value.matches("\\.+") ? value.replace(".", "%2E") : encode(value);
    }

    Stream<Target> targets() {
        List<Target> targets = new ArrayList<>();
        // API
        api(targets, "/api/people/{id}", Kind.STRICT, v -> "/api/people/" + v);
        api(targets, "/api/people?q", Kind.FREE_TEXT, v -> "/api/people?q=" + v);
        api(targets, "/api/search?q", Kind.FREE_TEXT, v -> "/api/search?q=" + v);
        api(targets, "/api/search?only", Kind.STRICT, v -> "/api/search?q=Angman&only=" + v);
        api(targets, "/api/groups/{id}", Kind.STRICT, v -> "/api/groups/" + v);
        api(targets, "/api/groups/{id}?at", Kind.STRICT, v -> "/api/groups/orebro-chefsgrupp-svvo-au?at=" + v);
        api(targets, "/api/organisations/{id}", Kind.STRICT, v -> "/api/organisations/" + v);
        api(targets, "/api/organisations/{id}?at", Kind.STRICT, v -> "/api/organisations/kommun-nora?at=" + v);
        api(targets, "/api/meetings/{id}", Kind.STRICT, v -> "/api/meetings/" + v);
        api(targets, "/api/agreements/{id}", Kind.STRICT, v -> "/api/agreements/" + v);
        api(targets, "/api/agreements/{id}/trace", Kind.STRICT, v -> "/api/agreements/" + v + "/trace");
        api(targets, "/api/queries/{name}", Kind.STRICT, v -> "/api/queries/" + v);
        api(targets, "/api/queries/groups?{unknown parameter}", Kind.STRICT, v -> "/api/queries/groups?" + v + "=1");
        for (NamedQuery query : catalog.all()) {
            Map<String, String> example = example(query);
            for (QueryParameter parameter : query.parameters()) {
                Kind kind = parameter.type().equals("search") || parameter.type().equals("string") ? Kind.FREE_TEXT
                        : parameter.type().startsWith("id:") ? Kind.ID_FORM : Kind.STRICT;
                api(targets, "/api/queries/" + query.name() + "?" + parameter.name(), kind, v -> {
                    Map<String, String> values = new LinkedHashMap<>(example);
                    values.put(parameter.name(), null);
                    StringBuilder uri = new StringBuilder("/api/queries/" + query.name() + "?");
                    values.forEach((name, value) -> uri.append(name).append('=').append(value == null ? v : encode(value)).append('&'));
                    return uri.substring(0, uri.length() - 1);
                });
            }
        }
        api(targets, "/sparql?query", Kind.FREE_TEXT, v -> "/sparql?query=" + v);
        api(targets, "/sparql?format", Kind.STRICT, v -> "/sparql?query=ASK%7B%7D&format=" + v);
        // Pages
        page(targets, "/people/{id}", Kind.STRICT, v -> "/people/" + v);
        page(targets, "/?q", Kind.FREE_TEXT, v -> "/?q=" + v);
        page(targets, "/?only", Kind.STRICT, v -> "/?q=Angman&only=" + v);
        page(targets, "/groups?group", Kind.STRICT, v -> "/groups?group=" + v);
        page(targets, "/groups?at", Kind.STRICT, v -> "/groups?group=orebro-chefsgrupp-svvo-au&at=" + v);
        page(targets, "/groups/{id}", Kind.STRICT, v -> "/groups/" + v);
        page(targets, "/groups/{id}?at", Kind.STRICT, v -> "/groups/orebro-chefsgrupp-svvo-au?at=" + v);
        page(targets, "/organisations/{id}", Kind.STRICT, v -> "/organisations/" + v);
        page(targets, "/organisations/{id}?at", Kind.STRICT, v -> "/organisations/kommun-nora?at=" + v);
        page(targets, "/meetings/{id}", Kind.STRICT, v -> "/meetings/" + v);
        page(targets, "/agreements/{id}", Kind.STRICT, v -> "/agreements/" + v);
        page(targets, "/sources/{file}", Kind.STRICT, v -> "/sources/" + v);
        page(targets, "/sparql-editor?example", Kind.STRICT, v -> "/sparql-editor?example=" + v);
        page(targets, "/sparql-editor?query", Kind.FREE_TEXT, v -> "/sparql-editor?query=" + v);
        page(targets, "/analys?example", Kind.STRICT, v -> "/analys?example=" + v);
        page(targets, "/finns/inte/{unknown}", Kind.STRICT, v -> "/finns/inte/" + v);
        return targets.stream();
    }

    private static void api(List<Target> targets, String name, Kind kind, Function<String, String> uri) {
        targets.add(new Target(name, false, kind, v -> uri.apply(name.contains("{") ? segment(v) : encode(v))));
    }

    private static void page(List<Target> targets, String name, Kind kind, Function<String, String> uri) {
        targets.add(new Target(name, true, kind, v -> uri.apply(name.contains("{") ? segment(v) : encode(v))));
    }

    /** A query's example values (its header's example line), for the parameters not under test. */
    private static Map<String, String> example(NamedQuery query) {
        Map<String, String> values = new LinkedHashMap<>();
        String line = query.example() == null ? "" : query.example().strip();
        for (String pair : line.startsWith("(") ? new String[0] : line.split("&")) {
            int eq = pair.indexOf('=');
            if (eq > 0) {
                values.put(pair.substring(0, eq).strip(), pair.substring(eq + 1).strip());
            }
        }
        for (QueryParameter p : query.parameters()) {
            if (!p.optional() && !values.containsKey(p.name())) {
                throw new IllegalStateException(query.name() + ": no example value for " + p.name());
            }
        }
        values.keySet().retainAll(query.parameters().stream().map(QueryParameter::name).toList());
        return values;
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("targets")
    void hostileValuesAreRefusedCleanly(Target target) {
        assertThat(HOSTILE).hasSizeGreaterThanOrEqualTo(100);
        List<String> failures = new ArrayList<>();
        for (String value : HOSTILE) {
            String uri = target.uri().apply(value);
            String what = target.name() + " = " + abbreviate(value) + " -> ";
            RawHttp.Response response = uri.length() > 8_000
                    ? RawHttp.get(port, uri, "Accept: " + (target.page() ? "text/html" : "application/json"))
                    : fromClient(get(uri, target.page() ? "text/html" : "application/json"));
            String problem = check(target, value, response);
            if (problem != null) {
                failures.add(what + response.status() + ": " + problem + " | " + abbreviate(response.body()));
            }
        }
        assertThat(failures).as(target.name()).isEmpty();
    }

    private static RawHttp.Response fromClient(HttpResponse<String> response) {
        Map<String, String> headers = new TreeMap<>();
        response.headers().map().forEach((name, values) -> headers.put(name.toLowerCase(), String.join(", ", values)));
        return new RawHttp.Response(response.statusCode(), headers, response.body());
    }

    /** What is wrong with the answer, or null when it is as it should be. */
    private static String check(Target target, String value, RawHttp.Response response) {
        int status = response.status();
        String body = response.body();
        String type = response.header("Content-Type") == null ? "" : response.header("Content-Type");
        if (status >= 500) {
            return "server error";
        }
        if (body.contains("Exception") || body.contains("at se.") || body.contains("\tat ") || body.contains("org.eclipse")
                || body.contains("org.apache.jena")) {
            return "internals in the body";
        }
        if (status < 400) {
            if (target.kind() == Kind.STRICT || target.kind() == Kind.ID_FORM && !SLUG.matcher(value).matches()) {
                return "accepted a hostile value of a checked parameter";
            }
            if (type.startsWith("text/html") && MARKUP.matcher(value).find() && body.contains(value)) {
                return "markup echoed unescaped";
            }
            return null;
        }
        // Refused before the headers were read (a URI over the limit): problem details whatever the client asked.
        boolean headersUnread = status == 414 || status == 431;
        if (target.page() && !headersUnread && !status400Undecodable(response)) {
            if (!type.startsWith("text/html") || !body.contains("class=\"error-message\"")) {
                return "not the HTML error page (" + type + ")";
            }
            return null;
        }
        if (!type.startsWith("application/problem+json")) {
            return "not problem details (" + type + ")";
        }
        JsonNode problem = parse(body);
        if (problem.path("status").asInt() != status || !problem.path("type").asString().startsWith(ErrorFormat.TYPE_BASE)) {
            return "problem details without status or type";
        }
        return null;
    }

    /** A path Jetty cannot decode at all is refused before its headers are read: problem details, no instance. */
    private static boolean status400Undecodable(RawHttp.Response response) {
        String type = response.header("Content-Type");
        return response.status() == 400 && type != null && type.startsWith("application/problem+json")
                && !parse(response.body()).has("instance");
    }

    private static String abbreviate(String text) {
        String oneLine = text.replaceAll("\\p{Cntrl}", "·");
        return oneLine.length() > 120 ? oneLine.substring(0, 120) + "…(" + text.length() + ")" : oneLine;
    }

    @BeforeAll
    void rememberTheStore() {
        before = snapshot();
        assertThat(before).isNotEmpty();
    }

    @AfterAll
    void theStoreIsUnchanged() {
        assertThat(snapshot()).isEqualTo(before);
    }

    /**
     * Each graph's triple count and an order-independent digest of its triples (blank nodes
     * counted as blank, whatever their labels).
     */
    private Map<String, String> snapshot() {
        Map<String, String> graphs = new TreeMap<>();
        try (RDFConnection connection = store.connect()) {
            Txn.executeRead(connection, () -> {
                List<String> names = new ArrayList<>();
                connection.querySelect("SELECT DISTINCT ?g { GRAPH ?g { } }",
                        (QuerySolution row) -> names.add(row.getResource("g").getURI()));
                for (String name : names) {
                    long count = 0;
                    long digest = 0;
                    var graph = connection.fetch(name).getGraph();
                    for (var it = graph.find(); it.hasNext();) {
                        Triple t = it.next();
                        count++;
                        digest += (term(t.getSubject()) + " " + term(t.getPredicate()) + " " + term(t.getObject())).hashCode() * 31L + 7;
                    }
                    graphs.put(name, count + " triples, digest " + Long.toHexString(digest));
                }
            });
        }
        return graphs;
    }

    private static String term(Node node) {
        return node.isBlank() ? "_:" : node.toString();
    }
}
