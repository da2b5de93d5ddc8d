package se.samverkansgrafen.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.Statement;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFLanguages;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.SKOS;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The regions and municipalities in data/ are SCB's: 21 regions, 290 municipalities, the
 * right number in each län, codes unique, every kommunkod beginning with its länskod and
 * every municipality linked to the region of its län. Read straight from the data files.
 */
class ScbReferenceTest {

    private static final String SG = "https://w3id.org/samverkan/def#";
    private static final String ORG = "https://w3id.org/samverkan/id/org/";

    /** Municipalities per län, from SCB's "Kommuner i län". */
    private static final Map<String, Integer> MUNICIPALITIES_PER_LAN = new TreeMap<>(Map.ofEntries(
            entry("01", 26), entry("03", 8), entry("04", 9), entry("05", 13), entry("06", 13),
            entry("07", 8), entry("08", 12), entry("09", 1), entry("10", 5), entry("12", 33),
            entry("13", 6), entry("14", 49), entry("17", 16), entry("18", 12), entry("19", 10),
            entry("20", 15), entry("21", 10), entry("22", 7), entry("23", 8), entry("24", 15),
            entry("25", 14)));

    private static Model data;
    private static Property kommunkod;
    private static Property lanskod;
    private static Property inCountyOf;

    @BeforeAll
    static void readDataFiles() throws IOException {
        data = ModelFactory.createDefaultModel();
        try (Stream<Path> files = Files.walk(Path.of("data"))) {
            files.filter(Files::isRegularFile)
                    .filter(f -> RDFLanguages.filenameToLang(f.toString()) != null)
                    .forEach(f -> RDFDataMgr.read(data, f.toString()));
        }
        kommunkod = data.createProperty(SG + "kommunkod");
        lanskod = data.createProperty(SG + "lanskod");
        inCountyOf = data.createProperty(SG + "inCountyOf");
    }

    private static List<Resource> instances(String sgClass) {
        return data.listResourcesWithProperty(RDF.type, data.createResource(SG + sgClass)).toList();
    }

    private static String code(Resource r, Property p) {
        List<Statement> codes = r.listProperties(p).toList();
        assertThat(codes).as(r + " " + p.getLocalName()).hasSize(1);
        return codes.getFirst().getString();
    }

    private static String swedishLabel(Resource r) {
        return r.listProperties(SKOS.prefLabel).toList().stream()
                .filter(s -> "sv".equals(s.getLanguage())).map(Statement::getString)
                .collect(Collectors.collectingAndThen(Collectors.toList(), labels -> {
                    assertThat(labels).as(r + " prefLabel@sv").hasSize(1);
                    return labels.getFirst();
                }));
    }

    @Test
    void twentyOneRegionsOnePerLan() {
        List<Resource> regions = instances("Region");
        assertThat(regions).hasSize(21);
        assertThat(regions.stream().map(r -> code(r, lanskod)))
                .doesNotHaveDuplicates()
                .containsExactlyInAnyOrderElementsOf(MUNICIPALITIES_PER_LAN.keySet());
        assertThat(regions.stream().map(ScbReferenceTest::swedishLabel)).doesNotHaveDuplicates();
    }

    @Test
    void twoHundredNinetyMunicipalitiesWithTheRightCountPerLan() {
        List<Resource> municipalities = instances("Municipality");
        assertThat(municipalities).hasSize(290);
        Map<String, Integer> perLan = municipalities.stream().collect(Collectors.groupingBy(
                m -> code(m, lanskod), TreeMap::new, Collectors.summingInt(m -> 1)));
        assertThat(perLan).isEqualTo(MUNICIPALITIES_PER_LAN);
        assertThat(MUNICIPALITIES_PER_LAN.values().stream().mapToInt(Integer::intValue).sum()).isEqualTo(290);
    }

    @Test
    void codesAreUniqueAndEveryKommunkodBeginsWithItsLanskod() {
        List<Resource> municipalities = instances("Municipality");
        assertThat(municipalities.stream().map(m -> code(m, kommunkod))).doesNotHaveDuplicates()
                .allSatisfy(c -> assertThat(c).matches("[0-9]{4}"));
        assertThat(municipalities).allSatisfy(m -> assertThat(code(m, kommunkod)).as(m.getURI())
                .startsWith(code(m, lanskod)));
        assertThat(municipalities.stream().map(ScbReferenceTest::swedishLabel)).doesNotHaveDuplicates();
    }

    @Test
    void everyMunicipalityIsLinkedToTheRegionOfItsLan() {
        assertThat(instances("Municipality")).allSatisfy(m -> {
            List<Statement> links = m.listProperties(inCountyOf).toList();
            assertThat(links).as(m.getURI() + " sg:inCountyOf").hasSize(1);
            Resource region = links.getFirst().getResource();
            assertThat(region.hasProperty(RDF.type, data.createResource(SG + "Region"))).as(region.getURI()).isTrue();
            assertThat(code(region, lanskod)).as(m.getURI()).isEqualTo(code(m, lanskod));
        });
    }

    @Test
    void knownRegionsAndMunicipalitiesByCode() {
        assertThat(regionLabel("01")).isEqualTo("Region Stockholm");
        assertThat(regionLabel("09")).isEqualTo("Region Gotland");
        assertThat(regionLabel("12")).isEqualTo("Region Skåne");
        assertThat(regionLabel("14")).isEqualTo("Västra Götalandsregionen");
        assertThat(regionLabel("18")).isEqualTo("Region Örebro län");
        assertThat(regionLabel("23")).isEqualTo("Region Jämtland Härjedalen");

        Resource gotland = municipality("0980");
        assertThat(swedishLabel(gotland)).isEqualTo("Gotlands kommun");
        assertThat(code(gotland, lanskod)).isEqualTo("09");
        assertThat(gotland.getPropertyResourceValue(inCountyOf).getURI()).isEqualTo(ORG + "region-gotland");
        assertThat(swedishLabel(municipality("0180"))).isEqualTo("Stockholms kommun");
        assertThat(swedishLabel(municipality("1480"))).isEqualTo("Göteborgs kommun");
        assertThat(swedishLabel(municipality("2080"))).isEqualTo("Falu kommun");
        assertThat(swedishLabel(municipality("2584"))).isEqualTo("Kiruna kommun");
        assertThat(swedishLabel(municipality("0305"))).isEqualTo("Håbo kommun");
        assertThat(swedishLabel(municipality("0643"))).isEqualTo("Habo kommun");

        // The IRIs the seeds' data already used stay as they were.
        assertThat(municipality("1880").getURI()).isEqualTo(ORG + "kommun-orebro");
        assertThat(municipality("0780").getURI()).isEqualTo(ORG + "kommun-vaxjo");
        assertThat(municipality("1814").getURI()).isEqualTo(ORG + "kommun-lekeberg");
        assertThat(region("18").getURI()).isEqualTo(ORG + "region-orebro-lan");
        assertThat(region("07").getURI()).isEqualTo(ORG + "region-kronoberg");
    }

    private static Resource municipality(String code) {
        return data.listResourcesWithProperty(kommunkod, code).toList().stream().collect(single(code));
    }

    private static Resource region(String code) {
        return instances("Region").stream().filter(r -> code(r, lanskod).equals(code)).collect(single(code));
    }

    private static String regionLabel(String code) {
        return swedishLabel(region(code));
    }

    private static java.util.stream.Collector<Resource, ?, Resource> single(String code) {
        return Collectors.collectingAndThen(Collectors.toList(), found -> {
            assertThat(found).as("code " + code).hasSize(1);
            return found.getFirst();
        });
    }
}
