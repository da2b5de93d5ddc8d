package se.samverkansgrafen.history;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;

import org.eclipse.jgit.api.Git;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;

/**
 * What the editing tests share: a copy of the project's ontology/ and data/ to write into
 * (never the checkout), accounts with bcrypt hashes made here, hand-made drafts of new
 * meetings, and HTTP requests with Basic credentials and multipart uploads.
 */
public final class EditingFixture {

    public static final String EDITOR = "redaktor";
    public static final String EDITOR_PASSWORD = "korrekt-hast-batteri-1";
    public static final String READER = "lasare";
    public static final String READER_PASSWORD = "bara-lasa-losenord-2";
    private static final Path PROJECT = Path.of("").toAbsolutePath();
    private static final HttpClient CLIENT = HttpClient.newHttpClient();
    private static String users;

    private EditingFixture() {
    }

    /** The accounts as samverkan.security.users: an editor and a reader, with hashes made now. */
    public static synchronized String users() {
        if (users == null) {
            var encoder = PasswordEncoderFactories.createDelegatingPasswordEncoder();
            users = EDITOR + ":" + encoder.encode(EDITOR_PASSWORD) + ":EDITOR " + READER + ":"
                    + encoder.encode(READER_PASSWORD) + ":READER";
        }
        return users;
    }

    /** A new directory holding a copy of ontology/ and data/. */
    public static Path copyOfProject(String name) {
        try {
            Path root = Files.createTempDirectory(name);
            for (String dir : List.of("ontology", "data")) {
                try (Stream<Path> files = Files.walk(PROJECT.resolve(dir))) {
                    for (Path f : files.toList()) {
                        Path dest = root.resolve(PROJECT.relativize(f).toString());
                        if (Files.isDirectory(f)) {
                            Files.createDirectories(dest);
                        } else {
                            Files.copy(f, dest);
                        }
                    }
                }
            }
            return root;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A new empty bare repository, the remote replicas share. */
    public static Path bareRepository(String name) {
        try {
            Path dir = Files.createTempDirectory(name).resolve("data.git");
            Git.init().setBare(true).setDirectory(dir.toFile()).setInitialBranch("main").call().close();
            return dir;
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    public static String meetingId(String date) {
        return "orebro-chefsgrupp-svvo-" + date;
    }

    /**
     * A hand-made draft of a meeting of the Örebro chefsgrupp on {@code date}: its source
     * document, two attendances, an item and its decision. Without {@code cited} the
     * attendances lack sg:citedIn, which the shapes refuse.
     */
    public static String draft(String date, boolean cited) {
        String m = "meeting:" + meetingId(date);
        String src = "src:test-" + date;
        String item = "item:" + meetingId(date) + "-1";
        String citation = cited ? " sg:citedIn " + src + " ;" : "";
        return """
                @prefix sg:      <https://w3id.org/samverkan/def#> .
                @prefix person:  <https://w3id.org/samverkan/id/person/> .
                @prefix grp:     <https://w3id.org/samverkan/id/group/> .
                @prefix meeting: <https://w3id.org/samverkan/id/meeting/> .
                @prefix item:    <https://w3id.org/samverkan/id/item/> .
                @prefix dec:     <https://w3id.org/samverkan/id/decision/> .
                @prefix att:     <https://w3id.org/samverkan/id/attendance/> .
                @prefix src:     <https://w3id.org/samverkan/id/source/> .
                @prefix as:      <https://w3id.org/samverkan/def/attendance/> .
                @prefix ik:      <https://w3id.org/samverkan/def/item-kind/> .
                @prefix dk:      <https://w3id.org/samverkan/def/decision-kind/> .
                @prefix skos:    <http://www.w3.org/2004/02/skos/core#> .
                @prefix dcterms: <http://purl.org/dc/terms/> .
                @prefix xsd:     <http://www.w3.org/2001/XMLSchema#> .

                SRC a sg:SourceDocument ; sg:fileName "test-DATE.txt" ;
                    dcterms:title "Protokoll chefsgruppen DATE"@sv ; sg:ocr false ; sg:recordsMeeting M .

                M a sg:Meeting ; skos:prefLabel "Chefsgrupp för samverkan social välfärd samt vård och omsorg DATE"@sv ;
                    sg:heldBy grp:orebro-chefsgrupp-svvo ; sg:date "DATE"^^xsd:date ; sg:citedIn SRC .

                att:ID-ingmar-angman a sg:Attendance ; sg:meeting M ; sg:attendee person:ingmar-angman ;
                    sg:attendanceStatus as:present ; sg:nameAsWritten "Ingmar Ångman" ;CITATION sg:citedSection "Närvarande" .

                att:ID-fredrik-bergstrom a sg:Attendance ; sg:meeting M ; sg:attendee person:fredrik-bergstrom ;
                    sg:attendanceStatus as:present ; sg:nameAsWritten "Fredrik Bergström" ;CITATION sg:citedSection "Närvarande" .

                ITEM a sg:AgendaItem ; sg:meeting M ; sg:itemNumber "1" ; sg:itemOrder 1 ;
                    dcterms:title "Dagordning"@sv ; sg:itemKind ik:beslutsarende ; sg:citedIn SRC .

                dec:ID-1 a sg:Decision ; sg:decidedBy grp:orebro-chefsgrupp-svvo ; sg:meeting M ; sg:agendaItem ITEM ;
                    sg:decisionKind dk:inriktningsbeslut ; sg:decisionText "Dagordningen godkändes."@sv ;
                    sg:citedIn SRC ; sg:citedItem ITEM .
                """.replace("SRC", src).replace("ITEM", item).replace("CITATION", citation).replace("M ", m + " ")
                .replace("ID", meetingId(date)).replace("DATE", date);
    }

    public static String basic(String user, String password) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    }

    public static String editor() {
        return basic(EDITOR, EDITOR_PASSWORD);
    }

    /** A multipart/form-data body with one part "file". */
    public static HttpRequest.Builder upload(String url, String fileName, byte[] content) {
        String boundary = "----samverkan" + UUID.randomUUID();
        byte[] head = ("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + fileName
                + "\"\r\nContent-Type: application/octet-stream\r\n\r\n").getBytes(StandardCharsets.UTF_8);
        byte[] tail = ("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8);
        byte[] body = new byte[head.length + content.length + tail.length];
        System.arraycopy(head, 0, body, 0, head.length);
        System.arraycopy(content, 0, body, head.length, content.length);
        System.arraycopy(tail, 0, body, head.length + content.length, tail.length);
        return HttpRequest.newBuilder(URI.create(url)).header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body));
    }

    public static HttpResponse<String> send(HttpRequest request) {
        try {
            return CLIENT.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** The author and message of the newest commit of a repository (a working copy or a bare one). */
    public static String[] lastCommit(Path repository) {
        try (Git git = Git.open(repository.toFile())) {
            var c = git.log().setMaxCount(1).call().iterator().next();
            return new String[] {c.getAuthorIdent().getName(), c.getFullMessage(), c.name()};
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
