package se.samverkansgrafen.agreements;

import java.util.List;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Parameter;

/** Agreements and other matters (assignments, projects), and each one's path across groups. */
@RestController
@RequestMapping("/api/agreements")
class AgreementController {

    private final AgreementTraces traces;

    AgreementController(AgreementTraces traces) {
        this.traces = traces;
    }

    @GetMapping
    List<AgreementSummary> agreements() {
        return traces.agreements();
    }

    /**
     * One matter with what the list says of it (step count, last done and next planned step)
     * and its steps as the trace gives them.
     */
    @GetMapping("/{id}")
    AgreementView agreement(@Parameter(description = "The matter's id", example = "orebro-overenskommelse-hsv-i-hemmet") @PathVariable String id) {
        return traces.agreement(id);
    }

    /** Every handling step in time order, done steps apart from planned ones, each with its source (as {@link #agreement}). */
    @GetMapping("/{id}/trace")
    AgreementView trace(@Parameter(description = "The matter's id", example = "orebro-overenskommelse-hsv-i-hemmet") @PathVariable String id) {
        return traces.agreement(id);
    }
}
