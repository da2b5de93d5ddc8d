package se.samverkansgrafen.web;

import org.springframework.stereotype.Component;

import se.samverkansgrafen.query.QueryRunner;

/** The default "on date" of who-sits-where questions: the latest meeting date in the graph. */
@Component
public class CoveredDates {

    private final QueryRunner queries;

    CoveredDates(QueryRunner queries) {
        this.queries = queries;
    }

    /**
     * {@code at} when given (validated by the query: spaces included, " " is refused),
     * otherwise (absent, or empty as an unfilled date field sends it) the latest date the
     * minutes cover.
     */
    public String atOrLatest(String at) {
        if (at != null && !at.isEmpty()) {
            return at;
        }
        return queries.select("covered-dates", java.util.Map.of()).first()
                .map(row -> (String) row.get("latest"))
                .orElseThrow(() -> new NotFoundException("meeting", "(any)"));
    }
}
