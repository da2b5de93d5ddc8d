package se.samverkansgrafen.drafts;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.Principal;
import java.util.List;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;

import se.samverkansgrafen.history.EntityTags;

/**
 * Drafts of new minutes: upload, read, correct, accept into the graph, reject. Reading
 * is open; every write needs an editor (HTTP Basic). A draft's ETag is its version; a
 * change must send it in If-Match (428 without, 412 when the draft changed meanwhile).
 */
@RestController
@RequestMapping("/api/drafts")
@Tag(name = "drafts", description = "Drafts of new minutes: upload, review, correct, accept into the graph, reject")
class DraftController {

    private static final String TURTLE = "text/turtle";

    private final DraftService drafts;

    DraftController(DraftService drafts) {
        this.drafts = drafts;
    }

    @PostMapping(consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @Operation(summary = "Upload a document (PDF, DOCX, ODT, text; a .ttl is a hand-made draft) as a new draft (editor)",
            description = "The type is checked by content; the size by samverkan.drafts.max-upload-size (413 beyond). "
                    + "201 with the draft's id, version (ETag) and summary.",
            security = @SecurityRequirement(name = "basic"))
    ResponseEntity<DraftService.DraftView> upload(@RequestPart("file") MultipartFile file, Principal editor) {
        byte[] content;
        try {
            content = file.getBytes();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the upload", e);
        }
        DraftService.DraftView draft = drafts.create(file.getOriginalFilename(), content, editor.getName());
        return ResponseEntity.created(URI.create("/api/drafts/" + draft.id())).eTag(EntityTags.tag(draft.version()))
                .body(draft);
    }

    @GetMapping
    @Operation(summary = "Every draft with its state and summary")
    List<DraftService.DraftView> list() {
        return drafts.list();
    }

    @GetMapping(value = "/{id}", produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "One draft: status, summary and its Turtle; ETag = its version")
    ResponseEntity<DraftService.DraftView> draft(@PathVariable String id) {
        DraftService.DraftView draft = drafts.get(id, true);
        return ResponseEntity.ok().eTag(EntityTags.tag(draft.version())).body(draft);
    }

    @GetMapping(value = "/{id}", produces = TURTLE)
    @Operation(summary = "One draft as Turtle; ETag = its version")
    ResponseEntity<String> draftTurtle(@PathVariable String id) {
        DraftService.DraftView draft = drafts.get(id, true);
        return ResponseEntity.ok().contentType(MediaType.parseMediaType("text/turtle;charset=UTF-8"))
                .eTag(EntityTags.tag(draft.version())).body(draft.turtle());
    }

    @GetMapping("/{id}/original")
    @Operation(summary = "The uploaded document as it came, as an attachment")
    ResponseEntity<byte[]> original(@PathVariable String id) {
        DraftService.DraftView draft = drafts.get(id, false);
        return ResponseEntity.ok().contentType(MediaType.parseMediaType(draft.mediaType()))
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename(draft.originalName(), StandardCharsets.UTF_8).build().toString())
                .body(drafts.original(id));
    }

    @PatchMapping(value = "/{id}", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Correct facts (editor; If-Match): {\"operations\":[{\"op\":\"replace\",\"subject\":\"att:x\","
            + "\"predicate\":\"sg:attendanceStatus\",\"object\":\"as:present\",\"value\":\"as:absent\"}, "
            + "{\"op\":\"remove\",...}, {\"op\":\"add\",...}]}; terms as in Turtle with the draft's prefixes",
            security = @SecurityRequirement(name = "basic"))
    ResponseEntity<DraftService.DraftView> patch(@PathVariable String id, @RequestBody DraftPatch patch,
            @RequestHeader(value = HttpHeaders.IF_MATCH, required = false) String ifMatch, Principal editor) {
        DraftService.DraftView draft = drafts.patch(id, ifMatch, patch, editor.getName());
        return ResponseEntity.ok().eTag(EntityTags.tag(draft.version())).body(draft);
    }

    @PutMapping(value = "/{id}", consumes = TURTLE)
    @Operation(summary = "Replace the draft's Turtle as a whole (editor; If-Match)",
            security = @SecurityRequirement(name = "basic"))
    ResponseEntity<DraftService.DraftView> replace(@PathVariable String id, @RequestBody String turtle,
            @RequestHeader(value = HttpHeaders.IF_MATCH, required = false) String ifMatch, Principal editor) {
        DraftService.DraftView draft = drafts.replace(id, ifMatch, turtle, editor.getName());
        return ResponseEntity.ok().eTag(EntityTags.tag(draft.version())).body(draft);
    }

    @PostMapping("/{id}/accept")
    @Operation(summary = "Accept the draft into the graph (editor; If-Match)",
            description = "Checked against the SHACL shapes with all other data (422 listing the violations, nothing "
                    + "written); written as data/sources/NNN-slug.ttl, committed with the editor as author, loaded; "
                    + "the draft is removed. 201 with Location of the new meeting.",
            security = @SecurityRequirement(name = "basic"))
    ResponseEntity<DraftService.Accepted> accept(@PathVariable String id,
            @RequestHeader(value = HttpHeaders.IF_MATCH, required = false) String ifMatch, Principal editor) {
        DraftService.Accepted accepted = drafts.accept(id, ifMatch, editor.getName());
        return ResponseEntity.created(URI.create("/api/meetings/" + accepted.meetingId())).body(accepted);
    }

    @DeleteMapping("/{id}")
    @Operation(summary = "Reject (remove) the draft (editor; If-Match is checked when sent)",
            security = @SecurityRequirement(name = "basic"))
    ResponseEntity<Void> reject(@PathVariable String id,
            @RequestHeader(value = HttpHeaders.IF_MATCH, required = false) String ifMatch, Principal editor) {
        drafts.delete(id, ifMatch, editor.getName());
        return ResponseEntity.noContent().build();
    }
}
