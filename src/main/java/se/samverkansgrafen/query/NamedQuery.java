package se.samverkansgrafen.query;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.jena.graph.Node;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.QueryParseException;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.engine.binding.BindingBuilder;

/**
 * One query from queries/NAME.rq: its documented header and the query parsed once.
 * Values are bound by substitution into the parsed query, never spliced into its text.
 *
 * <pre>
 * # title: One line
 * # description: What it answers (may continue on following "#   " lines)
 * # param: person id:person - the person
 * # param: at date optional - the day
 * # example: person=ingmar-angman&amp;at=2022-11-11
 * </pre>
 */
public record NamedQuery(String name, String title, String description, List<QueryParameter> parameters,
        String example, String text, Query query) {

    private static final Pattern HEADER = Pattern.compile("^#\\s*(title|description|param|example):\\s*(.*)$");
    private static final Pattern CONTINUATION = Pattern.compile("^#\\s{2,}(.*)$");
    private static final Pattern PARAM = Pattern.compile("^(\\w+)\\s+(\\S+)(\\s+optional)?\\s*(?:-\\s*)?(.*)$");

    /** Parses a query file's text; throws {@link IllegalArgumentException} naming what is wrong. */
    public static NamedQuery parse(String name, String text) {
        Map<String, String> fields = new LinkedHashMap<>();
        List<QueryParameter> parameters = new ArrayList<>();
        String last = null;
        for (String line : text.lines().toList()) {
            if (!line.startsWith("#")) {
                if (!line.isBlank()) {
                    break;
                }
                continue;
            }
            Matcher header = HEADER.matcher(line);
            Matcher continuation = CONTINUATION.matcher(line);
            if (header.matches()) {
                last = header.group(1);
                if (last.equals("param")) {
                    parameters.add(parameter(name, header.group(2).strip()));
                } else {
                    fields.merge(last, header.group(2).strip(), (a, b) -> a + " " + b);
                }
            } else if (continuation.matches() && last != null && !last.equals("param")) {
                fields.merge(last, continuation.group(1).strip(), (a, b) -> a + " " + b);
            }
        }
        for (String required : List.of("title", "description", "example")) {
            if (!fields.containsKey(required)) {
                throw new IllegalArgumentException(name + ".rq: header lacks '# " + required + ":'");
            }
        }
        Query query;
        try {
            query = QueryFactory.create(text);
        } catch (QueryParseException e) {
            throw new IllegalArgumentException(name + ".rq: " + e.getMessage(), e);
        }
        for (QueryParameter p : parameters) {
            if (!text.contains("?" + p.name())) {
                throw new IllegalArgumentException(name + ".rq: parameter " + p.name() + " is not used as ?" + p.name());
            }
        }
        return new NamedQuery(name, fields.get("title"), fields.get("description"), List.copyOf(parameters),
                fields.get("example"), text, query);
    }

    private static QueryParameter parameter(String query, String declaration) {
        Matcher m = PARAM.matcher(declaration);
        if (!m.matches()) {
            throw new IllegalArgumentException(query + ".rq: cannot read parameter declaration '" + declaration + "'");
        }
        return new QueryParameter(m.group(1), m.group(2), m.group(3) != null, m.group(4).strip());
    }

    /**
     * The binding for the given request values: every required parameter present and
     * valid, optional ones bound when given, anything else refused.
     */
    public Binding bind(Map<String, String> values) {
        for (String given : values.keySet()) {
            if (parameters.stream().noneMatch(p -> p.name().equals(given))) {
                throw new InvalidParameterException(given, "is not a parameter of query '" + name + "'");
            }
        }
        BindingBuilder binding = Binding.builder();
        for (QueryParameter p : parameters) {
            String value = values.get(p.name());
            if (value == null) {
                if (!p.optional()) {
                    throw new InvalidParameterException(p.name(), "is required");
                }
                continue;
            }
            Node node = p.toNode(value);
            binding.add(Var.alloc(p.name()), node);
        }
        return binding.build();
    }
}
