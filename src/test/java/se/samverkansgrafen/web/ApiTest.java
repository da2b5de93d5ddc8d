package se.samverkansgrafen.web;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.TestPropertySource;


/**
 * Base of the API tests: the whole service on a random port with embedded Fuseki on a
 * free port over its own TDB2 database, loaded from the project's ontology/ and data/.
 * All subclasses share one Spring context. Requests go over real HTTP. The source texts
 * the pages show come from a temporary directory the tests write ({@link #SOURCE_TEXTS}),
 * so no test needs a folder outside the repository.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
// A plain property, not a dynamic one, so that a subclass with a context of its own can put its
// store elsewhere with @DynamicPropertySource (which takes precedence); one store per context.
@TestPropertySource(properties = "samverkan.store.location=" + ApiTest.STORE)
public abstract class ApiTest extends HttpTest {

    static final String STORE = "target/test-stores/api/db";

    static {
        // A fresh store for each test run.
        deleteRecursively(Path.of(STORE).getParent());
    }

    private static Path sources;

    /**
     * The source texts the tests bring, by the file name the graph gives the document
     * (sg:fileName): the opening lines of the minutes 000 and 004, enough for the pages to show.
     */
    protected static final Map<String, String> SOURCE_TEXTS = Map.of(
            "000_dcf7ba001d6ee689.txt", """
                    Protokoll Chefsgrupp för samverkan social välfärd samt vård och omsorg
                    Tid: 11 november 2022
                    (Text written by the tests in place of the source minutes.)
                    """,
            "004_77f2909e1ce3d84a.txt", """
                    Minnesanteckningar Specifika samverkansrådet för folkhälsa
                    Tid: 17 maj 2024
                    (Text written by the tests in place of the source minutes.)
                    """);

    /** One source whose whole text the tests serve, from the minutes kept in the repository (minutes/). */
    protected static final String SOURCE_IN_FULL = "002_cd87559c2b5c8f44.txt";

    @DynamicPropertySource
    static void embeddedStore(DynamicPropertyRegistry registry) {
        registry.add("samverkan.fuseki.port", () -> "0");
        registry.add("samverkan.sources.directory", ApiTest::sourcesDirectory);
    }

    private static synchronized String sourcesDirectory() {
        if (sources == null) {
            try {
                sources = Files.createTempDirectory("api-sources");
                for (Map.Entry<String, String> text : SOURCE_TEXTS.entrySet()) {
                    Files.writeString(sources.resolve(text.getKey()), text.getValue(), StandardCharsets.UTF_8);
                }
                Files.copy(Path.of("minutes", SOURCE_IN_FULL), sources.resolve(SOURCE_IN_FULL));
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
        }
        return sources.toString();
    }
}
