package se.samverkansgrafen.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;

import org.apache.jena.graph.Graph;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.graph.GraphFactory;
import org.junit.jupiter.api.Test;

/** What a change names: IRIs as subject or object, IRIs as subject, and whether a blank node occurs. */
class ChangedIrisTest {

    private static Graph turtle(String text) {
        Graph graph = GraphFactory.createDefaultGraph();
        RDFParser.create().source(new StringReader("@prefix ex: <http://example.org/> .\n" + text)).lang(Lang.TURTLE)
                .parse(graph);
        return graph;
    }

    @Test
    void namesSubjectsAndObjectsFromOldAndNewContent() {
        ChangedIris changed = new ChangedIris();
        changed.add(turtle("ex:meeting ex:heldBy ex:group ; ex:label \"a literal is no IRI\" ."));
        changed.add(turtle("ex:person ex:attended ex:meeting ."));
        LoadReport.Change change = changed.change("v1");
        assertThat(change.versionBefore()).isEqualTo("v1");
        assertThat(change.namedIris()).containsExactlyInAnyOrder("http://example.org/meeting",
                "http://example.org/group", "http://example.org/person");
        assertThat(change.describedIris()).containsExactlyInAnyOrder("http://example.org/meeting",
                "http://example.org/person");
        assertThat(change.namesBlankNodes()).isFalse();
    }

    @Test
    void aBlankNodeAnywhereIsFlagged() {
        ChangedIris changed = new ChangedIris();
        changed.add(turtle("ex:meeting ex:item [ ex:number 4 ] ."));
        LoadReport.Change change = changed.change("v1");
        assertThat(change.namesBlankNodes()).isTrue();
        assertThat(change.namedIris()).containsExactly("http://example.org/meeting");
    }

    @Test
    void noChangeWithoutAVersionBefore() {
        ChangedIris changed = new ChangedIris();
        changed.add(turtle("ex:a ex:b ex:c ."));
        assertThat(changed.change(null)).isNull();
    }
}
