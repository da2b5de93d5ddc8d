package se.samverkansgrafen.query;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.riot.RDFDataMgr;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import se.samverkansgrafen.store.InMemoryStore;

/**
 * The rule for when a stated-only seat stops counting (ontology: sg:membershipStatus), on a
 * small graph of its own: the seeds have no group that met again without a stated member, so
 * "last confirmed" is shown here on two meetings of an invented group.
 */
class MembershipRuleTest {

    private static final String DATA = """
            @prefix sg: <https://w3id.org/samverkan/def#> .
            @prefix org: <http://www.w3.org/ns/org#> .
            @prefix foaf: <http://xmlns.com/foaf/0.1/> .
            @prefix skos: <http://www.w3.org/2004/02/skos/core#> .
            @prefix xsd: <http://www.w3.org/2001/XMLSchema#> .
            @prefix grp: <https://w3id.org/samverkan/id/group/> .
            @prefix person: <https://w3id.org/samverkan/id/person/> .
            @prefix mship: <https://w3id.org/samverkan/id/membership/> .
            @prefix meeting: <https://w3id.org/samverkan/id/meeting/> .
            @prefix att: <https://w3id.org/samverkan/id/attendance/> .
            @prefix role: <https://w3id.org/samverkan/def/role/> .
            @prefix as: <https://w3id.org/samverkan/def/attendance/> .
            grp:g a sg:CollaborationGroup ; skos:prefLabel "G"@sv .
            person:anna a foaf:Person ; foaf:name "Anna" .
            person:bo a foaf:Person ; foaf:name "Bo" .
            mship:anna a org:Membership ; org:member person:anna ; org:organization grp:g ;
                org:role role:ledamot ; sg:statedOn "2020-01-10"^^xsd:date .
            mship:bo a org:Membership ; org:member person:bo ; org:organization grp:g ;
                org:role role:ledamot ; sg:statedOn "2020-01-10"^^xsd:date .
            meeting:m1 a sg:Meeting ; sg:heldBy grp:g ; sg:date "2020-01-10"^^xsd:date .
            meeting:m2 a sg:Meeting ; sg:heldBy grp:g ; sg:date "2020-05-10"^^xsd:date .
            att:m2-bo a sg:Attendance ; sg:meeting meeting:m2 ; sg:attendee person:bo ;
                sg:attendanceStatus as:absent .
            """;

    private static InMemoryStore store;
    private static QueryRunner runner;

    @BeforeAll
    static void load() {
        store = new InMemoryStore(Duration.ofSeconds(30));
        Model concepts = RDFDataMgr.loadModel("ontology/concepts.ttl");
        Model data = ModelFactory.createDefaultModel().read(new StringReader(DATA), null, "TTL");
        try (var connection = store.connect()) {
            connection.load("urn:test:concepts", concepts);
            connection.load("urn:test:data", data);
        }
        runner = new QueryRunner(store, NamedQueryCatalog.load(Path.of("queries")), Duration.ofSeconds(30));
    }

    @AfterAll
    static void close() {
        store.close();
    }

    private static String standingOf(List<Map<String, Object>> rows, String person) {
        return rows.stream().filter(r -> String.valueOf(r.get("person")).endsWith("/" + person))
                .map(r -> String.valueOf(r.get("standing"))).findFirst().orElseThrow();
    }

    @Test
    void aSeatIsLastConfirmedOnceTheGroupMetWithoutThePerson() {
        var before = runner.select("group-members-on-date", Map.of("group", "g", "at", "2020-03-01")).rows();
        assertThat(standingOf(before, "anna")).endsWith("/held");

        var after = runner.select("group-members-on-date", Map.of("group", "g", "at", "2020-06-01")).rows().stream()
                .filter(r -> "member".equals(r.get("kind"))).toList();
        assertThat(standingOf(after, "anna")).endsWith("/last-confirmed");
        assertThat(after).filteredOn(r -> String.valueOf(r.get("person")).endsWith("/anna"))
                .singleElement().satisfies(r -> assertThat(String.valueOf(r.get("lastConfirmed"))).isEqualTo("2020-01-10"));
        // Bo is on the list of the later meeting (absent, but listed): his seat is confirmed then.
        assertThat(standingOf(after, "bo")).endsWith("/held");
        assertThat(after).filteredOn(r -> String.valueOf(r.get("person")).endsWith("/bo"))
                .singleElement().satisfies(r -> assertThat(String.valueOf(r.get("lastConfirmed"))).isEqualTo("2020-05-10"));
    }

    @Test
    void thePersonAnswerSaysTheSame() {
        var rows = runner.select("person-memberships", Map.of("person", "anna")).rows().stream()
                .filter(r -> "membership".equals(r.get("kind"))).toList();
        assertThat(rows).singleElement().satisfies(r -> {
            assertThat(String.valueOf(r.get("standing"))).endsWith("/last-confirmed");
            assertThat(String.valueOf(r.get("lastConfirmed"))).isEqualTo("2020-01-10");
        });
    }
}
