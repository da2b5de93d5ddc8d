package se.samverkansgrafen.ingest;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Dates as Swedish minutes write them: "2022-11-11", "Fredag den 4 juni 2021",
 * "3 oktober 2025", "17 maj" (no year), "250613" (yymmdd), "4/6 2021".
 */
final class SwedishDates {

    /** A date found in text; {@code year} is null when the text gives none. */
    record Found(Integer year, int month, int day) {
        LocalDate date() {
            return LocalDate.of(year, month, day);
        }
    }

    private static final Map<String, Integer> MONTHS = Map.ofEntries(
            Map.entry("januari", 1), Map.entry("februari", 2), Map.entry("mars", 3), Map.entry("april", 4),
            Map.entry("maj", 5), Map.entry("juni", 6), Map.entry("juli", 7), Map.entry("augusti", 8),
            Map.entry("september", 9), Map.entry("oktober", 10), Map.entry("november", 11), Map.entry("december", 12),
            Map.entry("jan", 1), Map.entry("feb", 2), Map.entry("apr", 4), Map.entry("jun", 6), Map.entry("jul", 7),
            Map.entry("aug", 8), Map.entry("sep", 9), Map.entry("sept", 9), Map.entry("okt", 10), Map.entry("nov", 11),
            Map.entry("dec", 12));
    private static final Pattern ISO = Pattern.compile("\\b(\\d{4})-(\\d{2})-(\\d{2})\\b");
    private static final Pattern WRITTEN = Pattern.compile("\\b(\\d{1,2})(?:\\s*:e|\\s*:a)?\\s+([a-zåäö]+)\\.?(?:\\s+(\\d{4}))?\\b");
    private static final Pattern SHORT = Pattern.compile("(?<![\\d-])(\\d{2})(\\d{2})(\\d{2})(?![\\d-])");
    private static final Pattern SLASH = Pattern.compile("\\b(\\d{1,2})/(\\d{1,2})(?:\\s+|-)(\\d{4})\\b");

    private SwedishDates() {
    }

    /** The first date in the text; {@code minYear} rejects implausible yymmdd readings when given. */
    static Optional<Found> find(String text, Integer minYear) {
        String folded = Names.fold(text);
        Matcher iso = ISO.matcher(folded);
        if (iso.find()) {
            return valid(Integer.parseInt(iso.group(1)), Integer.parseInt(iso.group(2)), Integer.parseInt(iso.group(3)));
        }
        Matcher written = WRITTEN.matcher(folded);
        while (written.find()) {
            Integer month = MONTHS.get(written.group(2));
            if (month == null) {
                continue;
            }
            Integer year = written.group(3) == null ? null : Integer.parseInt(written.group(3));
            int day = Integer.parseInt(written.group(1));
            if (year == null) {
                if (day >= 1 && day <= 31) {
                    return Optional.of(new Found(null, month, day));
                }
                continue;
            }
            return valid(year, month, day);
        }
        Matcher slash = SLASH.matcher(folded);
        if (slash.find()) {
            return valid(Integer.parseInt(slash.group(3)), Integer.parseInt(slash.group(2)), Integer.parseInt(slash.group(1)));
        }
        Matcher shortDate = SHORT.matcher(folded);
        if (shortDate.find()) {
            Optional<Found> found = valid(2000 + Integer.parseInt(shortDate.group(1)), Integer.parseInt(shortDate.group(2)),
                    Integer.parseInt(shortDate.group(3)));
            if (found.isPresent() && (minYear == null || found.get().year() >= minYear)) {
                return found;
            }
        }
        return Optional.empty();
    }

    private static Optional<Found> valid(int year, int month, int day) {
        try {
            LocalDate.of(year, month, day);
            return Optional.of(new Found(year, month, day));
        } catch (DateTimeException e) {
            return Optional.empty();
        }
    }

    /** "för 2023", "under 2024": the calendar year a membership is stated for, as start and end (or nulls). */
    static LocalDate[] yearIn(String text) {
        Matcher m = Pattern.compile("(?i)\\b(?:för|under|år)\\s+(20\\d{2})\\b").matcher(text);
        if (m.find()) {
            int year = Integer.parseInt(m.group(1));
            return new LocalDate[] {LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31)};
        }
        return new LocalDate[] {null, null};
    }
}
