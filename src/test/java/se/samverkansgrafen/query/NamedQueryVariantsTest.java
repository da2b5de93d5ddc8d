package se.samverkansgrafen.query;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.engine.binding.Binding;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

import se.samverkansgrafen.store.StoreFlavour;

/** The forms of the named queries for other stores (queries/VARIANT/NAME.rq) and how the catalogue picks them. */
class NamedQueryVariantsTest {

    private static final Path QUERIES = Path.of("queries");

    /** Files in the variant folders the flavours name (other subfolders, such as exports/, hold queries of their own). */
    static Stream<Path> variantFiles() throws IOException {
        Set<Path> variantFolders = Arrays.stream(StoreFlavour.values()).flatMap(f -> f.queryVariants().stream())
                .map(QUERIES::resolve).collect(Collectors.toSet());
        try (Stream<Path> files = Files.walk(QUERIES, 2)) {
            List<Path> variants = files.filter(f -> variantFolders.contains(f.getParent()))
                    .filter(f -> f.toString().endsWith(".rq")).sorted().toList();
            assertThat(variants).isNotEmpty();
            return variants.stream();
        }
    }

    @ParameterizedTest
    @MethodSource("variantFiles")
    void everyVariantParsesAndTakesItsQuerysParameters(Path file) throws IOException {
        String name = file.getFileName().toString().replaceFirst("\\.rq$", "");
        NamedQuery base = NamedQuery.parse(name, Files.readString(QUERIES.resolve(file.getFileName())));
        NamedQuery variant = NamedQuery.parse(name, Files.readString(file));
        assertThat(variant.parameters()).extracting(QueryParameter::name)
                .containsExactlyElementsOf(base.parameters().stream().map(QueryParameter::name).toList());
        assertThat(variant.text()).doesNotContain("jena.apache.org/text#");
    }

    @Test
    void eachFlavourGetsItsForms() {
        NamedQueryCatalog fuseki = NamedQueryCatalog.load(QUERIES, StoreFlavour.FUSEKI.queryVariants());
        NamedQueryCatalog virtuoso = NamedQueryCatalog.load(QUERIES, StoreFlavour.VIRTUOSO.queryVariants());
        assertThat(fuseki.get("name-search").text()).contains("text:query");
        assertThat(virtuoso.get("name-search").text()).doesNotContain("text:query");
        assertThat(virtuoso.get("name-search").name()).isEqualTo("name-search");
        assertThat(virtuoso.all()).extracting(NamedQuery::name)
                .containsExactlyElementsOf(fuseki.all().stream().map(NamedQuery::name).toList());
        // A query without a variant is the same text for every flavour.
        assertThat(virtuoso.get("concepts").text()).isEqualTo(fuseki.get("concepts").text());
    }

    @Test
    void aVariantOfNoQueryOrWithOtherParametersStopsTheStart(@TempDir Path dir) throws IOException {
        String query = """
                # title: T
                # description: D
                # param: person id:person - the person
                # example: person=x
                SELECT ?person WHERE { ?person a ?type }
                """;
        Files.writeString(dir.resolve("q.rq"), query);
        Files.createDirectories(dir.resolve("portable"));
        Files.writeString(dir.resolve("portable/q.rq"), query.replace("# param: person id:person - the person\n", ""));
        assertThatThrownBy(() -> NamedQueryCatalog.load(dir, List.of("portable")))
                .hasMessageContaining("portable/q.rq").hasMessageContaining("[person]");
        Files.writeString(dir.resolve("portable/q.rq"), query);
        Files.writeString(dir.resolve("portable/other.rq"), query);
        assertThatThrownBy(() -> NamedQueryCatalog.load(dir, List.of("portable")))
                .hasMessageContaining("portable/other.rq is a variant of no query");
        // Without variants asked for, the directory is not read.
        assertThat(NamedQueryCatalog.load(dir).all()).hasSize(1);
    }

    @Test
    void aBoundGroupingKeyKeepsItsValueWithoutASecondAlias() {
        NamedQuery person = NamedQuery.parse("person", """
                # title: T
                # description: D
                # param: person id:person - the person
                # example: person=x
                PREFIX foaf: <http://xmlns.com/foaf/0.1/>
                SELECT ?person ?name (COUNT(*) AS ?n) WHERE { ?person foaf:name ?name } GROUP BY ?person ?name
                """);
        Binding binding = Binding.builder()
                .add(Var.alloc("person"), NodeFactory.createURI(QueryParameter.ID_BASE + "person/x")).build();
        String bound = BoundQuery.substitute(person.query(), binding).toString().replaceAll("\\s+", " ");
        assertThat(bound).contains("GROUP BY (<https://w3id.org/samverkan/id/person/x>) ?name")
                .contains("(<https://w3id.org/samverkan/id/person/x> AS ?person)")
                .contains("<https://w3id.org/samverkan/id/person/x> foaf:name ?name");
        // The parsed query the catalogue holds is not changed.
        assertThat(person.query().toString()).contains("GROUP BY ?person ?name");
    }

    @Test
    void aBoundGroupingKeyOfASubqueryKeepsItsValueWithoutASecondAliasToo() {
        NamedQuery count = NamedQuery.parse("count", """
                # title: T
                # description: D
                # param: person id:person optional - the person
                # example: person=x
                PREFIX foaf: <http://xmlns.com/foaf/0.1/>
                SELECT ?person ?n ?name WHERE {
                  { SELECT ?person (COUNT(*) AS ?n) WHERE { ?person foaf:knows ?other } GROUP BY ?person }
                  OPTIONAL { ?person foaf:name ?name }
                }""");
        Binding binding = Binding.builder()
                .add(Var.alloc("person"), NodeFactory.createURI(QueryParameter.ID_BASE + "person/x")).build();
        String bound = BoundQuery.substitute(count.query(), binding).toString().replaceAll("\\s+", " ");
        assertThat(bound).contains("GROUP BY (<https://w3id.org/samverkan/id/person/x>)")
                .doesNotContain("GROUP BY (<https://w3id.org/samverkan/id/person/x> AS ?person)")
                .contains("<https://w3id.org/samverkan/id/person/x> foaf:knows ?other");
    }

    /**
     * Other stores get each query as text with its values put in: for every flavour's form of
     * every named query, the text with the header's example values parses again.
     */
    @ParameterizedTest
    @EnumSource(StoreFlavour.class)
    void everyQueryWithItsExampleValuesPutInParsesAsText(StoreFlavour flavour) {
        NamedQueryCatalog catalog = NamedQueryCatalog.load(QUERIES, flavour.queryVariants());
        for (NamedQuery query : catalog.all()) {
            Map<String, String> example = new LinkedHashMap<>();
            for (String pair : query.example().split("&")) {
                String[] kv = pair.split("=", 2);
                if (kv.length == 2) {
                    example.put(kv[0], URLDecoder.decode(kv[1], StandardCharsets.UTF_8));
                }
            }
            Binding binding = query.bind(example);
            assertThat(binding.isEmpty()).as("%s binds its example", query.name())
                    .isEqualTo(query.parameters().isEmpty());
            String text = BoundQuery.forStore(query.query(), binding, flavour).serialize();
            assertThatCode(() -> QueryFactory.create(text)).as("%s with %s, as %s", query.name(), example, flavour)
                    .doesNotThrowAnyException();
        }
    }
}
