package se.samverkansgrafen.history;

import java.nio.charset.StandardCharsets;
import java.security.Principal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;

/**
 * The data files and their history: read a file with its version, correct it (one commit
 * by the editor), see who changed what and when, revert a commit, pick up other replicas'
 * commits. Reading is open; writing needs an editor (HTTP Basic) and If-Match.
 */
@RestController
@RequestMapping("/api/data")
@Tag(name = "data", description = "The curated data files, their git history, corrections and reverts")
class DataController {

    private static final MediaType TURTLE = MediaType.parseMediaType("text/turtle;charset=UTF-8");

    private final DataHistory history;

    DataController(DataHistory history) {
        this.history = history;
    }

    @GetMapping("/history")
    @Operation(summary = "Commits of the data repository, newest first (of one file with ?path=data/sources/...); ETag = head commit")
    ResponseEntity<Map<String, Object>> history(@RequestParam(required = false) String path,
            @RequestParam(defaultValue = "100") int max) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("head", history.head());
        if (path != null) {
            body.put("path", path);
        }
        body.put("commits", history.history(path, Math.clamp(max, 1, 1000)));
        return ResponseEntity.ok().eTag(EntityTags.tag(history.head())).body(body);
    }

    @GetMapping("/commits/{commit}")
    @Operation(summary = "One commit: author, time, message and the files it changed")
    HistoryEntry commit(@PathVariable String commit) {
        return history.find(commit).orElseThrow(() -> new HistoryException(HistoryException.Kind.NOT_FOUND,
                "No commit " + commit + " in the data repository"));
    }

    @GetMapping(value = "/files/{*path}", produces = "text/turtle")
    @Operation(summary = "A data file as Turtle; ETag = SHA-256 of its content")
    ResponseEntity<String> file(@PathVariable String path) {
        String relative = relative(path);
        DataHistory.checkWritable(relative);
        byte[] content = history.read(relative).orElseThrow(() -> new HistoryException(HistoryException.Kind.NOT_FOUND,
                "No data file " + relative));
        return ResponseEntity.ok().contentType(TURTLE).eTag(EntityTags.tag(DataHistory.sha256(content)))
                .body(new String(content, StandardCharsets.UTF_8));
    }

    @PutMapping(value = "/files/{*path}", consumes = "text/turtle")
    @Operation(summary = "Correct an existing data file (editor; If-Match: its ETag). Checked against the shapes, "
            + "written atomically, committed with the editor as author, reloaded",
            security = @SecurityRequirement(name = "basic"))
    ResponseEntity<DataHistory.WriteResult> correct(@PathVariable String path, @RequestBody String turtle,
            @RequestHeader(value = HttpHeaders.IF_MATCH, required = false) String ifMatch, Principal editor) {
        String relative = relative(path);
        DataHistory.checkWritable(relative);
        String seen = EntityTags.required(ifMatch, "file");
        String current = history.fileVersion(relative).orElseThrow(() -> new HistoryException(
                HistoryException.Kind.NOT_FOUND, "No data file " + relative + "; new files come through /api/drafts"));
        EntityTags.check(seen, current, "file " + relative);
        byte[] content = turtle.getBytes(StandardCharsets.UTF_8);
        DataHistory.WriteResult result = history.write(Map.of(relative, Optional.of(content)), Map.of(relative, seen),
                editor.getName(), CommitMessages.correction(relative, content));
        return ResponseEntity.ok().eTag(EntityTags.tag(DataHistory.sha256(content))).body(result);
    }

    @PostMapping("/commits/{commit}/revert")
    @Operation(summary = "Revert a commit as a new commit by the editor (If-Match: the head's ETag from /api/data/history)",
            security = @SecurityRequirement(name = "basic"))
    ResponseEntity<DataHistory.WriteResult> revert(@PathVariable String commit,
            @RequestHeader(value = HttpHeaders.IF_MATCH, required = false) String ifMatch, Principal editor) {
        String seen = EntityTags.required(ifMatch, "data repository (its head commit)");
        EntityTags.check(seen, history.head(), "data repository");
        DataHistory.WriteResult result = history.revert(commit, seen, editor.getName());
        return ResponseEntity.ok().eTag(EntityTags.tag(history.head())).body(result);
    }

    @PostMapping("/reload")
    @Operation(summary = "Pick up commits other replicas pushed to the shared repository and load what changed (editor)",
            security = @SecurityRequirement(name = "basic"))
    DataHistory.ReloadResult reload(Principal editor) {
        return history.reload(editor.getName());
    }

    /** {*path} captures with its leading slash. */
    private static String relative(String path) {
        return path.startsWith("/") ? path.substring(1) : path;
    }

}
