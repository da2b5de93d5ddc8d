package se.samverkansgrafen.linkeddata;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

import org.apache.jena.rdf.model.Literal;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.Statement;
import org.apache.jena.shared.PrefixMapping;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;

import se.samverkansgrafen.linkeddata.Descriptions.Description;

/**
 * A description as a page for browsers, for resources without a page of their own (agenda
 * items, decisions, memberships, concepts, the ontology): one table per described resource,
 * each value linked; IRIs under the base link to this service's resolver.
 */
record ResourcePage(String title, String iri, String path, List<Subject> subjects) {

    record Subject(String iri, String label, String href, List<Row> rows) {
    }

    record Row(String property, String propertyHref, List<Value> values) {
    }

    /** A value: text, and a link when it is an IRI. */
    record Value(String text, String href, String language) {
    }

    private static final List<Property> LABELS = List.of(SKOS.prefLabel, RDFS.label,
            org.apache.jena.sparql.vocabulary.FOAF.name, DCTerms.title);

    static ResourcePage of(Description description, String base) {
        Model model = description.model();
        PrefixMapping prefixes = Prefixes.of(base);
        List<Resource> described = description.namespace()
                ? model.listSubjects().filterKeep(Resource::isURIResource)
                        .filterKeep(r -> r.getURI().startsWith(description.iri())).toList().stream()
                        .sorted(Comparator.comparing(Resource::getURI)).toList()
                : List.of(model.createResource(description.iri()));
        List<Subject> subjects = described.stream()
                .map(r -> new Subject(r.getURI(), label(r).orElse(prefixes.shortForm(r.getURI())), href(r.getURI(), base),
                        rows(r, prefixes, base)))
                .toList();
        String title = label(model.createResource(description.iri())).orElse(prefixes.shortForm(description.iri()));
        return new ResourcePage(title, description.iri(), description.path(), subjects);
    }

    private static List<Row> rows(Resource subject, PrefixMapping prefixes, String base) {
        return subject.listProperties().toList().stream()
                .collect(Collectors.groupingBy(Statement::getPredicate)).entrySet().stream()
                .sorted(Comparator.comparing(e -> prefixes.shortForm(e.getKey().getURI())))
                .map(e -> new Row(prefixes.shortForm(e.getKey().getURI()), href(e.getKey().getURI(), base),
                        e.getValue().stream().map(s -> value(s.getObject(), prefixes, base))
                                .sorted(Comparator.comparing(Value::text)).toList()))
                .toList();
    }

    private static Value value(RDFNode node, PrefixMapping prefixes, String base) {
        if (node.isLiteral()) {
            Literal literal = node.asLiteral();
            return new Value(literal.getLexicalForm(), null, literal.getLanguage().isEmpty() ? null : literal.getLanguage());
        }
        Resource resource = node.asResource();
        if (resource.isAnon()) {
            String nested = resource.listProperties().toList().stream()
                    .map(s -> prefixes.shortForm(s.getPredicate().getURI()) + " "
                            + value(s.getObject(), prefixes, base).text())
                    .sorted().collect(Collectors.joining("; "));
            return new Value("[" + nested + "]", null, null);
        }
        String text = label(resource).map(l -> l + " (" + prefixes.shortForm(resource.getURI()) + ")")
                .orElse(prefixes.shortForm(resource.getURI()));
        return new Value(text, href(resource.getURI(), base), null);
    }

    /** The Swedish label, else any label. */
    private static Optional<String> label(Resource resource) {
        for (Property property : LABELS) {
            List<Literal> labels = resource.listProperties(property).toList().stream()
                    .filter(s -> s.getObject().isLiteral()).map(s -> s.getObject().asLiteral()).toList();
            Optional<Literal> swedish = labels.stream().filter(l -> l.getLanguage().equals("sv")).findFirst();
            Optional<Literal> any = swedish.or(() -> labels.stream().findFirst());
            if (any.isPresent()) {
                return any.map(Literal::getLexicalForm);
            }
        }
        return Optional.empty();
    }

    /** IRIs under the base resolve on this service; others are left as they are. */
    static String href(String iri, String base) {
        return iri.startsWith(base) ? "/" + iri.substring(base.length()) : iri;
    }
}
