package se.samverkansgrafen.history;

import java.security.Principal;
import java.time.ZoneId;
import java.util.List;

import org.springframework.security.core.Authentication;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import se.samverkansgrafen.web.PageController;

/**
 * The data repository's history as a page: every commit, or those touching one data file
 * ({@code ?fil=data/sources/….ttl}), with author, time and message; an editor can revert a
 * commit (POST with the session's CSRF token and the head as read, so a repository that
 * moved on meanwhile refuses and nothing changes).
 */
@PageController
class HistoryPageController {

    private static final int MAX = 200;
    private static final ZoneId ZONE = ZoneId.of("Europe/Stockholm");

    private final DataHistory history;

    HistoryPageController(DataHistory history) {
        this.history = history;
    }

    @GetMapping("/historik")
    String history(@RequestParam(name = "fil", required = false) String file, Model model, Authentication user) {
        model.addAttribute("enabled", history.enabled());
        model.addAttribute("file", file);
        model.addAttribute("zone", ZONE);
        model.addAttribute("editor", user != null && user.getAuthorities().stream()
                .anyMatch(a -> "ROLE_EDITOR".equals(a.getAuthority())));
        if (history.enabled()) {
            List<HistoryEntry> commits = history.history(file == null || file.isBlank() ? null : file, MAX);
            model.addAttribute("commits", commits);
            model.addAttribute("head", history.head());
        } else {
            model.addAttribute("commits", List.of());
        }
        return "history";
    }

    @PostMapping("/historik/{commit}/aterstall")
    String revert(@PathVariable String commit, @RequestParam String head,
            @RequestParam(name = "fil", required = false) String file, Principal editor, RedirectAttributes flash) {
        try {
            DataHistory.WriteResult result = history.revert(commit, head, editor.getName());
            flash.addFlashAttribute("message", "Ändringen är återställd i en ny commit " + result.commit() + ".");
        } catch (HistoryException e) {
            flash.addFlashAttribute("error", switch (e.kind()) {
                case PRECONDITION_FAILED -> "Datahistoriken har ändrats av någon annan sedan du öppnade sidan. "
                        + "Ingenting har återställts; se efter och försök igen.";
                case CONFLICT -> "Går inte att återställa: en senare ändring rör samma fil. Återställ den först.";
                case DISABLED -> "Redigering är avstängd i den här tjänsten.";
                default -> "Det gick inte att återställa: " + e.getMessage();
            });
        } catch (ValidationException e) {
            flash.addFlashAttribute("error", "Återställningen skulle bryta mot grafens regler (SHACL); ingenting har skrivits.");
            flash.addFlashAttribute("violations", e.violations());
        }
        flash.addAttribute("fil", file);
        return "redirect:/historik";
    }
}
