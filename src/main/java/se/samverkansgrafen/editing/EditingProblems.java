package se.samverkansgrafen.editing;

import java.net.URI;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

import se.samverkansgrafen.drafts.DraftExtractionException;
import se.samverkansgrafen.drafts.DraftUploads;
import se.samverkansgrafen.history.HistoryException;
import se.samverkansgrafen.history.ValidationException;

/**
 * Problem details for the editing API (drafts, data files, history): refusals name what
 * was wrong and say that nothing was written. Ahead of the general advice, whose catch-all
 * would otherwise answer these with 500.
 */
@RestControllerAdvice(basePackages = {"se.samverkansgrafen.history", "se.samverkansgrafen.drafts"})
@Order(Ordered.HIGHEST_PRECEDENCE + 10)
class EditingProblems {

    static final String TYPE_BASE = "https://w3id.org/samverkan/problem/";

    @ExceptionHandler(HistoryException.class)
    ProblemDetail history(HistoryException e) {
        return switch (e.kind()) {
            case DISABLED -> problem(HttpStatus.SERVICE_UNAVAILABLE, "editing-disabled", "Editing is off", e.getMessage());
            case NOT_FOUND -> problem(HttpStatus.NOT_FOUND, "not-found", "Not found", e.getMessage());
            case CONFLICT -> problem(HttpStatus.CONFLICT, "conflict", "Conflict", e.getMessage());
            case INVALID -> problem(HttpStatus.BAD_REQUEST, "invalid-path", "Invalid request", e.getMessage());
            case PRECONDITION_FAILED -> problem(HttpStatus.PRECONDITION_FAILED, "stale-version",
                    "Changed since it was read", e.getMessage());
            case PRECONDITION_REQUIRED -> problem(HttpStatus.PRECONDITION_REQUIRED, "if-match-required",
                    "If-Match required", e.getMessage());
        };
    }

    @ExceptionHandler(ValidationException.class)
    ProblemDetail validation(ValidationException e) {
        ProblemDetail problem = problem(HttpStatus.UNPROCESSABLE_CONTENT, "shape-violation",
                "The change breaks the data's rules; nothing was written", e.getMessage());
        problem.setProperty("violations", e.violations());
        return problem;
    }

    @ExceptionHandler(DraftExtractionException.class)
    ProblemDetail unreadable(DraftExtractionException e) {
        return problem(HttpStatus.UNPROCESSABLE_CONTENT, "unreadable-draft", "Cannot make a draft of this; nothing was kept",
                e.getMessage());
    }

    @ExceptionHandler(DraftUploads.Unsupported.class)
    ProblemDetail unsupported(DraftUploads.Unsupported e) {
        return problem(HttpStatus.UNSUPPORTED_MEDIA_TYPE, "unsupported-upload", "Not a document minutes come in",
                e.getMessage());
    }

    @ExceptionHandler(DraftUploads.TooLarge.class)
    ProblemDetail tooLarge(DraftUploads.TooLarge e) {
        return problem(HttpStatus.CONTENT_TOO_LARGE, "upload-too-large", "Upload too large", e.getMessage());
    }

    @ExceptionHandler(DraftUploads.BadName.class)
    ProblemDetail badName(DraftUploads.BadName e) {
        return problem(HttpStatus.BAD_REQUEST, "invalid-file-name", "Invalid file name", e.getMessage());
    }

    @ExceptionHandler(DraftUploads.BadPatch.class)
    ProblemDetail badPatch(DraftUploads.BadPatch e) {
        return problem(HttpStatus.UNPROCESSABLE_CONTENT, "invalid-patch", "The correction cannot be applied; nothing changed",
                e.getMessage());
    }

    static ProblemDetail problem(HttpStatus status, String type, String title, String detail) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setType(URI.create(TYPE_BASE + type));
        problem.setTitle(title);
        return problem;
    }
}
