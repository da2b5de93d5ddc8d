package se.samverkansgrafen.exports;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.zip.GZIPInputStream;

import javax.xml.parsers.DocumentBuilderFactory;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.jgrapht.Graph;
import org.jgrapht.graph.DefaultDirectedGraph;
import org.jgrapht.graph.DefaultEdge;
import org.jgrapht.nio.graphml.GraphMLImporter;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;

import tools.jackson.databind.JsonNode;

import se.samverkansgrafen.store.GraphNames;
import se.samverkansgrafen.web.ApiTest;

/**
 * Every export read back with the library its users' tools stand for: Jena for the RDF
 * dumps, JGraphT for GraphML, the JDK's XML parser for GEXF, commons-csv for CSV, Jackson
 * for Popolo. Counts are checked against SPARQL and the API, not against the exports' own queries.
 */
class ExportsTest extends ApiTest {

    private static final String LOAD_RECORD = "https://w3id.org/samverkan/graph/_load";
    private static final String DAY = "2023-03-01";

    @Test
    void dumpsHoldEveryQuadOfEveryGraph() throws IOException {
        // The files' graphs: not the load record, nor the facts derived from the files at load time.
        String filesGraphs = "FILTER(?g NOT IN (<" + LOAD_RECORD + ">, <" + GraphNames.DERIVED_GRAPH + ">))";
        long quads = count("SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } " + filesGraphs + " }");
        long graphs = count("SELECT (COUNT(DISTINCT ?g) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } " + filesGraphs + " }");
        DatasetGraph trig = dump("/dumps/samverkan.trig.gz", Lang.TRIG);
        DatasetGraph nquads = dump("/dumps/samverkan.nq.gz", Lang.NQUADS);
        for (DatasetGraph dataset : List.of(trig, nquads)) {
            assertThat(dataset.stream().count()).isEqualTo(quads);
            assertThat(dataset.listGraphNodes()).toIterable().hasSize((int) graphs);
        }
        assertThat(trig.stream().filter(q -> !q.getSubject().isBlank() && !q.getObject().isBlank()).toList())
                .containsExactlyInAnyOrderElementsOf(
                        nquads.stream().filter(q -> !q.getSubject().isBlank() && !q.getObject().isBlank()).toList());
        assertThat(get("/dumps/samverkan.rdf.gz", "*/*").statusCode()).isEqualTo(404);
    }

    @Test
    void networkAsGraphMlGexfAndCsvHasOneEdgePerPersonAndGroupOfThatDay() throws Exception {
        // The expected network from the API's who-sits-where, group by group.
        Set<String> people = new HashSet<>();
        Set<String> groups = new HashSet<>();
        int edges = 0;
        for (JsonNode group : json("/api/groups")) {
            String id = group.get("groupId").asString();
            Set<String> inGroup = new HashSet<>();
            for (JsonNode row : json("/api/queries/group-members-on-date?group=" + id + "&at=" + DAY).get("results")) {
                inGroup.add(row.get("person").asString());
            }
            if (!inGroup.isEmpty()) {
                groups.add(id);
                people.addAll(inGroup);
                edges += inGroup.size();
            }
        }
        assertThat(edges).isPositive();

        HttpResponse<String> graphMl = get("/exports/network.graphml?at=" + DAY, "*/*");
        assertThat(graphMl.statusCode()).isEqualTo(200);
        assertThat(graphMl.headers().firstValue("Content-Disposition").orElseThrow()).contains("attachment");
        Graph<String, DefaultEdge> graph = new DefaultDirectedGraph<>(DefaultEdge.class);
        GraphMLImporter<String, DefaultEdge> importer = new GraphMLImporter<>();
        importer.setSchemaValidation(true);
        importer.setVertexFactory(id -> id);
        importer.importGraph(graph, new StringReader(graphMl.body()));
        assertThat(graph.vertexSet()).hasSize(people.size() + groups.size());
        assertThat(graph.edgeSet()).hasSize(edges);
        assertThat(graph.vertexSet()).contains("person:ingmar-angman", "group:orebro-chefsgrupp-svvo");

        HttpResponse<String> gexf = get("/exports/network.gexf?at=" + DAY, "*/*");
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        Document document = factory.newDocumentBuilder()
                .parse(new ByteArrayInputStream(gexf.body().getBytes(StandardCharsets.UTF_8)));
        assertThat(document.getDocumentElement().getLocalName()).isEqualTo("gexf");
        String namespace = document.getDocumentElement().getNamespaceURI();
        assertThat(namespace).matches("http://(www\\.)?gexf\\.net/1\\.\\d(draft)?");
        assertThat(document.getElementsByTagNameNS(namespace, "node").getLength()).isEqualTo(people.size() + groups.size());
        assertThat(document.getElementsByTagNameNS(namespace, "edge").getLength()).isEqualTo(edges);

        List<CSVRecord> edgeList = csv(get("/exports/network-edges.csv?at=" + DAY, "*/*"));
        assertThat(edgeList).hasSize(edges);
        assertThat(edgeList.getFirst().toMap()).containsKeys("Source", "Target", "Kinds", "Roles");
        List<CSVRecord> nodeList = csv(get("/exports/network-nodes.csv?at=" + DAY, "*/*"));
        assertThat(nodeList).hasSize(people.size() + groups.size());
        assertThat(nodeList).anySatisfy(r -> assertThat(r.get("Label")).isEqualTo("Ingmar Ångman"));

        HttpResponse<String> badDay = get("/exports/network.gexf?at=2023-02-30", "application/json");
        assertThat(badDay.statusCode()).isEqualTo(400);
        assertThat(parse(badDay.body()).get("parameter").asString()).isEqualTo("at");
    }

    @Test
    void membershipsAttendanceAndDecisionsAsCsv() throws IOException {
        List<CSVRecord> memberships = csv(get("/exports/memberships.csv", "*/*"));
        assertThat(memberships.stream().map(r -> r.get("membership")).distinct().count()).isEqualTo(
                count("PREFIX org: <http://www.w3.org/ns/org#> SELECT (COUNT(DISTINCT ?m) AS ?n) { ?m a org:Membership }"));
        List<CSVRecord> au = csv(get("/exports/memberships.csv?group=orebro-chefsgrupp-svvo-au", "*/*"));
        assertThat(au).isNotEmpty().allSatisfy(r ->
                assertThat(r.get("group")).isEqualTo("https://w3id.org/samverkan/id/group/orebro-chefsgrupp-svvo-au"));

        String meeting = "orebro-chefsgrupp-svvo-2022-11-11";
        String meetingIri = "https://w3id.org/samverkan/id/meeting/" + meeting;
        List<CSVRecord> attendance = csv(get("/exports/attendance.csv?meeting=" + meeting, "*/*"));
        assertThat(attendance).hasSize((int) count("PREFIX sg: <https://w3id.org/samverkan/def#> "
                + "SELECT (COUNT(DISTINCT ?a) AS ?n) { ?a a sg:Attendance ; sg:meeting <" + meetingIri + "> }"));
        assertThat(attendance).anySatisfy(r -> {
            assertThat(r.get("name")).isEqualTo("Lena Adolfsson");
            assertThat(r.get("jobTitle")).isEqualTo("områdeschef Nära vård, biträdande hs-direktör");
            assertThat(r.get("quote")).contains("|");
        });
        List<CSVRecord> decisions = csv(get("/exports/decisions.csv", "*/*"));
        assertThat(decisions).hasSize((int) count("PREFIX sg: <https://w3id.org/samverkan/def#> "
                + "SELECT (COUNT(DISTINCT ?d) AS ?n) { ?d a sg:Decision }"));
        assertThat(decisions).anySatisfy(r -> assertThat(r.get("text")).isEqualTo("Agendan godkändes."));

        assertThat(get("/exports/attendance.csv?meeting=no%20such", "application/json").statusCode()).isEqualTo(400);
    }

    @Test
    void oneMeetingsDownloadsJoinSeveralRolesAndSeveralDecidingGroups() throws IOException {
        // 004: Pia-Maria Johansson sat as ersättare and justerare, Johanna Ek as sekreterare and
        // tjänsteperson; each is one row with both roles.
        List<CSVRecord> attendance = csv(get("/exports/attendance.csv?meeting=orebro-samverkansrad-folkhalsa-2024-05-17", "*/*"));
        assertThat(attendance).filteredOn(r -> r.get("name").equals("Pia-Maria Johansson")).singleElement()
                .satisfies(r -> assertThat(r.get("roleLabel").split("; ")).containsExactlyInAnyOrder("ersättare", "justerare"));
        assertThat(attendance).filteredOn(r -> r.get("name").equals("Johanna Ek")).singleElement()
                .satisfies(r -> assertThat(r.get("roleLabel").split("; ")).hasSize(2).contains("sekreterare"));
        // 002 is a joint meeting: §2's decision was taken by both chefsgrupper, one row naming both.
        List<CSVRecord> decisions = csv(get("/exports/decisions.csv?meeting=orebro-gemensam-chefsgrupp-2022-06-03", "*/*"));
        assertThat(decisions).filteredOn(r -> r.get("decision").endsWith("/orebro-gemensam-chefsgrupp-2022-06-03-2"))
                .singleElement().satisfies(r -> assertThat(r.get("groupLabel").split("; ")).containsExactlyInAnyOrder(
                        "Chefsgrupp folkhälsa", "Chefsgrupp för samverkan social välfärd samt vård och omsorg"));
        assertThat(decisions).isNotEmpty().allSatisfy(r ->
                assertThat(r.get("meeting")).isEqualTo("https://w3id.org/samverkan/id/meeting/orebro-gemensam-chefsgrupp-2022-06-03"));
        // The same rows as in the whole download.
        List<CSVRecord> all = csv(get("/exports/decisions.csv", "*/*"));
        assertThat(all.stream().filter(r -> r.get("meeting").endsWith("/orebro-gemensam-chefsgrupp-2022-06-03"))
                .map(CSVRecord::toMap).toList()).containsExactlyInAnyOrderElementsOf(decisions.stream().map(CSVRecord::toMap).toList());
    }

    @Test
    void popoloHasTheSpecificationsFieldsAndLinksThatResolve() {
        JsonNode popolo = json("/exports/popolo.json");
        assertThat(popolo.get("persons").size()).isEqualTo(
                (int) count("PREFIX foaf: <http://xmlns.com/foaf/0.1/> SELECT (COUNT(DISTINCT ?p) AS ?n) { ?p a foaf:Person }"));
        Set<String> persons = new HashSet<>();
        popolo.get("persons").forEach(p -> persons.add(p.get("id").asString()));
        Set<String> organizations = new HashSet<>();
        popolo.get("organizations").forEach(o -> organizations.add(o.get("id").asString()));
        Set<String> posts = new HashSet<>();
        popolo.get("posts").forEach(p -> {
            posts.add(p.get("id").asString());
            assertThat(organizations).contains(p.get("organization_id").asString());
        });
        assertThat(popolo.get("memberships").size()).isEqualTo(
                (int) count("PREFIX org: <http://www.w3.org/ns/org#> SELECT (COUNT(DISTINCT ?m) AS ?n) { ?m a org:Membership }"));
        for (JsonNode membership : popolo.get("memberships")) {
            assertThat(persons).contains(membership.get("person_id").asString());
            assertThat(organizations).contains(membership.get("organization_id").asString());
            if (membership.has("post_id")) {
                assertThat(posts).contains(membership.get("post_id").asString());
            }
            if (membership.has("on_behalf_of_id")) {
                assertThat(organizations).contains(membership.get("on_behalf_of_id").asString());
            }
        }
        JsonNode angman = null;
        for (JsonNode person : popolo.get("persons")) {
            if (person.get("id").asString().endsWith("/ingmar-angman")) {
                angman = person;
            }
        }
        assertThat(angman.get("name").asString()).isEqualTo("Ingmar Ångman");
        assertThat(angman.get("other_names").get(0).get("name").asString()).isEqualTo("Ingmar Angman");
        assertThat(angman.get("sources").get(0).get("url").asString()).startsWith("https://w3id.org/samverkan/id/source/");
        assertThat(popolo.get("memberships")).anySatisfy(m -> assertThat(m.has("start_date")).isTrue());
        assertThat(popolo.get("organizations")).anySatisfy(o -> {
            assertThat(o.get("id").asString()).endsWith("/group/orebro-chefsgrupp-svvo-au");
            assertThat(o.get("classification").asString()).startsWith("arbetsutskott");
            assertThat(o.get("parent_id").asString()).endsWith("/group/orebro-chefsgrupp-svvo");
        });
    }

    @Test
    void pagesLinkTheirDownloads() {
        String html = "text/html";
        assertThat(get("/groups/orebro-chefsgrupp-svvo-au?at=" + DAY, html).body())
                .contains("Ladda ner")
                .contains("href=\"/exports/network.graphml?at=" + DAY + "\"")
                .contains("href=\"/exports/memberships.csv?group=orebro-chefsgrupp-svvo-au\"");
        assertThat(get("/meetings/orebro-chefsgrupp-svvo-2022-11-11", html).body())
                .contains("href=\"/exports/attendance.csv?meeting=orebro-chefsgrupp-svvo-2022-11-11\"")
                .contains("href=\"/exports/decisions.csv?meeting=orebro-chefsgrupp-svvo-2022-11-11\"");
        assertThat(get("/people/ingmar-angman", html).body())
                .contains("href=\"/data/id/person/ingmar-angman.ttl\"").contains("href=\"/exports/popolo.json\"");
        HttpResponse<String> downloads = get("/ladda-ner?at=" + DAY, html);
        assertThat(downloads.statusCode()).isEqualTo(200);
        assertThat(downloads.body()).contains("href=\"/dumps/samverkan.trig.gz\"", "href=\"/dumps/samverkan.nq.gz\"",
                "href=\"/.well-known/void\"", "href=\"/exports/network.gexf?at=" + DAY + "\"");
    }

    private DatasetGraph dump(String path, Lang lang) throws IOException {
        HttpResponse<InputStream> response = send(request(path).GET().build(), HttpResponse.BodyHandlers.ofInputStream());
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).hasValue("application/gzip");
        DatasetGraph dataset = DatasetGraphFactory.createTxnMem();
        try (InputStream in = new GZIPInputStream(response.body())) {
            RDFParser.source(in).lang(lang).parse(dataset);
        }
        return dataset;
    }

    private static List<CSVRecord> csv(HttpResponse<String> response) throws IOException {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type").orElseThrow()).startsWith("text/csv");
        assertThat(response.body()).contains("\r\n");
        try (CSVParser parser = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()
                .parse(new StringReader(response.body()))) {
            return parser.getRecords();
        }
    }

    private long count(String query) {
        HttpResponse<String> response = get("/sparql?query=" + URLEncoder.encode(query, StandardCharsets.UTF_8),
                "application/sparql-results+json");
        assertThat(response.statusCode()).isEqualTo(200);
        return parse(response.body()).at("/results/bindings/0/n/value").asLong();
    }

    private static <T> HttpResponse<T> send(java.net.http.HttpRequest request, HttpResponse.BodyHandler<T> handler) {
        try {
            return java.net.http.HttpClient.newHttpClient().send(request, handler);
        } catch (IOException | InterruptedException e) {
            throw new IllegalStateException(e);
        }
    }
}
