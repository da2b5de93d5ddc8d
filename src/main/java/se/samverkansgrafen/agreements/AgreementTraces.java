package se.samverkansgrafen.agreements;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import org.springframework.stereotype.Component;

import se.samverkansgrafen.query.QueryResult;
import se.samverkansgrafen.query.QueryRunner;
import se.samverkansgrafen.web.CoveredDates;
import se.samverkansgrafen.web.NotFoundException;

/**
 * One matter's trace as the API and the page both show it (named queries matter.rq and
 * agreement-trace.rq): done steps apart from planned ones, and for each planned step whether
 * its time has passed with no outcome recorded ({@code noOutcomeInSources}: the planned
 * period ended before the latest date the minutes cover, and no step records what came of it).
 */
@Component
class AgreementTraces {

    private static final String PLANNED = "https://w3id.org/samverkan/def/step-status/planned";

    record Trace(Map<String, Object> matter, List<Map<String, Object>> done, List<Map<String, Object>> planned) {
    }

    private final QueryRunner queries;
    private final CoveredDates coveredDates;

    AgreementTraces(QueryRunner queries, CoveredDates coveredDates) {
        this.queries = queries;
        this.coveredDates = coveredDates;
    }

    Map<String, Object> matter(String id) {
        return new LinkedHashMap<>(queries.select("matter", Map.of("matter", id)).entity("label")
                .orElseThrow(() -> new NotFoundException("agreement or matter", id)));
    }

    /** The row of the agreements list for this matter (step count, last done and next planned step). */
    Map<String, Object> summary(Map<String, Object> matter) {
        return queries.select("agreements", Map.of()).withIds().stream()
                .filter(row -> Objects.equals(row.get("matter"), matter.get("matter"))).findFirst().orElse(Map.of());
    }

    Trace trace(String id) {
        Map<String, Object> matter = matter(id);
        QueryResult steps = queries.select("agreement-trace", Map.of("matter", id));
        LocalDate latestCovered = LocalDate.parse(coveredDates.atOrLatest(null));
        List<Map<String, Object>> all = steps.withIds();
        List<Map<String, Object>> done = all.stream().filter(s -> !PLANNED.equals(s.get("status"))).toList();
        List<Map<String, Object>> planned = all.stream().filter(s -> PLANNED.equals(s.get("status")))
                .map(step -> {
                    Map<String, Object> withOutcome = new LinkedHashMap<>(step);
                    withOutcome.put("noOutcomeInSources", step.get("outcome") == null
                            && periodEnd(step).map(end -> end.isBefore(latestCovered)).orElse(false));
                    return (Map<String, Object>) withOutcome;
                }).toList();
        return new Trace(matter, done, planned);
    }

    /** The last day of a step's planned period ("2023-03" ends 2023-03-31), else of its date. */
    static Optional<LocalDate> periodEnd(Map<String, Object> step) {
        Object when = step.get("plannedPeriod") != null ? step.get("plannedPeriod") : step.get("sortDate");
        if (when == null) {
            return Optional.empty();
        }
        String value = when.toString();
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
