package se.samverkansgrafen.agreements;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.stereotype.Service;

import se.samverkansgrafen.query.QueryRunner;
import se.samverkansgrafen.web.CoveredDates;
import se.samverkansgrafen.web.NotFoundException;

/**
 * One matter's trace as the API and the page both show it (named queries matter.rq and
 * agreement-trace.rq): done steps apart from planned ones, and for each planned step whether
 * its time has passed with no outcome recorded ({@code noOutcomeInSources}: the planned
 * period ended before the latest date the minutes cover, and no step records what came of it).
 */
@Service
class AgreementTraces {

    private static final String PLANNED = "https://w3id.org/samverkan/def/step-status/planned";

    private final QueryRunner queries;
    private final CoveredDates coveredDates;

    AgreementTraces(QueryRunner queries, CoveredDates coveredDates) {
        this.queries = queries;
        this.coveredDates = coveredDates;
    }

    List<AgreementSummary> agreements() {
        return queries.select("agreements", Map.of()).as(AgreementSummary.class);
    }

    AgreementView agreement(String id) {
        AgreementView.Matter matter = queries.select("matter", Map.of("matter", id))
                .entityAs("label", AgreementView.Matter.class)
                .orElseThrow(() -> new NotFoundException("agreement or matter", id));
        AgreementView.Progress progress = queries.select("agreements", Map.of("matter", id))
                .entityAs("matter", AgreementView.Progress.class)
                .orElse(new AgreementView.Progress(null, null, null, null, null, null));
        List<AgreementView.TraceStep> steps = queries.select("agreement-trace", Map.of("matter", id))
                .as(AgreementView.TraceStep.class);
        LocalDate latestCovered = LocalDate.parse(coveredDates.atOrLatest(null));
        List<AgreementView.TraceStep> done = steps.stream().filter(s -> !PLANNED.equals(s.status())).toList();
        List<AgreementView.TraceStep> planned = steps.stream().filter(s -> PLANNED.equals(s.status()))
                .map(step -> step.withNoOutcomeInSources(step.outcome() == null
                        && periodEnd(step.plannedPeriod(), step.sortDate()).map(end -> end.isBefore(latestCovered)).orElse(false)))
                .toList();
        return new AgreementView(matter, progress, done, planned);
    }

    /** The last day of a step's planned period ("2023-03" ends 2023-03-31), else of its sort date. */
    static Optional<LocalDate> periodEnd(String plannedPeriod, String sortDate) {
        String value = plannedPeriod != null ? plannedPeriod : sortDate;
        if (value == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(switch (value.length()) {
                case 4 -> LocalDate.of(Integer.parseInt(value), 12, 31);
                case 7 -> YearMonth.parse(value).atEndOfMonth();
                default -> LocalDate.parse(value.substring(0, 10));
            });
        } catch (DateTimeParseException | NumberFormatException | StringIndexOutOfBoundsException e) {
            return Optional.empty();
        }
    }
}
