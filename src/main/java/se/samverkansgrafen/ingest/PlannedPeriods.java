package se.samverkansgrafen.ingest;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Times to come as minutes state them, read relative to the meeting: "2023-06-30",
 * "16 december", "i mars 2023", "2023-03", "under våren 2024", "hösten". Each as precisely
 * as the text gives it (a day, a month or, for a season, the year with a note), with the
 * year inferred from the meeting date when the text leaves it out.
 */
final class PlannedPeriods {

    /**
     * A period: {@code value} is the lexical form of an xsd:date ("2023-03-16"), xsd:gYearMonth
     * ("2023-03") or xsd:gYear ("2024"); {@code note} says how it was read when not stated in full.
     */
    record Period(String value, LocalDate sortDate, String note, String asWritten) {
        boolean isDate() {
            return value.length() == 10;
        }

        boolean isYearMonth() {
            return value.length() == 7;
        }
    }

    private static final Map<String, Integer> MONTHS = Map.ofEntries(
            Map.entry("januari", 1), Map.entry("februari", 2), Map.entry("mars", 3), Map.entry("april", 4),
            Map.entry("maj", 5), Map.entry("juni", 6), Map.entry("juli", 7), Map.entry("augusti", 8),
            Map.entry("september", 9), Map.entry("oktober", 10), Map.entry("november", 11), Map.entry("december", 12));
    /** A season's first and last month; winter runs into the next year. */
    private static final Map<String, int[]> SEASONS = Map.of("var", new int[] {3, 5}, "sommar", new int[] {6, 8},
            "host", new int[] {9, 11}, "vinter", new int[] {12, 14});
    private static final String MONTH = "(januari|februari|mars|april|maj|juni|juli|augusti|september|oktober|november|december)";
    private static final Pattern ISO_DATE = Pattern.compile("\\b(20\\d{2})-(\\d{2})-(\\d{2})\\b");
    private static final Pattern ISO_MONTH = Pattern.compile("\\b(20\\d{2})-(\\d{2})\\b(?!-\\d)");
    private static final Pattern DAY_MONTH = Pattern.compile("\\b(\\d{1,2})(?::e|:a)?\\s+" + MONTH + "\\b(?:\\s+(20\\d{2})\\b)?");
    private static final Pattern MONTH_ONLY = Pattern.compile("(?<!\\d\\s)\\b" + MONTH + "\\b(?:\\s+(?:manad\\s+)?(20\\d{2})\\b)?");
    private static final Pattern SEASON = Pattern.compile(
            "\\b(varen|sommaren|hosten|vintern|(?:var|sommar|host|vinter)(?=\\s+20\\d{2}))\\b(?:\\s+(20\\d{2})\\b)?");

    private PlannedPeriods() {
    }

    /** Every period in the text that ends on or after the meeting date, in the order they stand. */
    static List<Period> after(String text, LocalDate meeting) {
        String folded = Names.fold(text);
        List<int[]> taken = new ArrayList<>();
        List<Object[]> found = new ArrayList<>();
        Matcher m = ISO_DATE.matcher(folded);
        while (m.find()) {
            LocalDate date = date(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)));
            if (date != null) {
                add(found, taken, m, new Period(date.toString(), date, null, m.group()));
            }
        }
        m = ISO_MONTH.matcher(folded);
        while (m.find()) {
            int month = Integer.parseInt(m.group(2));
            if (month >= 1 && month <= 12 && free(taken, m)) {
                YearMonth ym = YearMonth.of(Integer.parseInt(m.group(1)), month);
                add(found, taken, m, new Period(ym.toString(), ym.atDay(1), null, m.group()));
            }
        }
        m = DAY_MONTH.matcher(folded);
        while (m.find()) {
            if (!free(taken, m)) {
                continue;
            }
            int day = Integer.parseInt(m.group(1));
            int month = MONTHS.get(m.group(2));
            Integer year = m.group(3) == null ? null : Integer.parseInt(m.group(3));
            String note = null;
            if (year == null) {
                year = meeting.getYear();
                LocalDate probe = date(year, month, day);
                if (probe != null && probe.isBefore(meeting)) {
                    year++;
                }
                note = inferred(m.group(), year, meeting);
            }
            LocalDate date = date(year, month, day);
            if (date != null) {
                add(found, taken, m, new Period(date.toString(), date, note, m.group()));
            }
        }
        m = MONTH_ONLY.matcher(folded);
        while (m.find()) {
            if (!free(taken, m) || past(folded, m)) {
                continue;
            }
            int month = MONTHS.get(m.group(1));
            Integer year = m.group(2) == null ? null : Integer.parseInt(m.group(2));
            String note = null;
            if (year == null) {
                year = month < meeting.getMonthValue() ? meeting.getYear() + 1 : meeting.getYear();
                note = inferred(m.group(), year, meeting);
            }
            YearMonth ym = YearMonth.of(year, month);
            add(found, taken, m, new Period(ym.toString(), ym.atDay(1), note, m.group()));
        }
        m = SEASON.matcher(folded);
        while (m.find()) {
            if (!free(taken, m) || past(folded, m)) {
                continue;
            }
            String season = m.group(1).replaceFirst("(en|n)$", "");
            int[] months = SEASONS.get(season);
            Integer year = m.group(2) == null ? null : Integer.parseInt(m.group(2));
            boolean stated = year != null;
            if (year == null) {
                year = meeting.getYear();
                if (YearMonth.of(year, 1).plusMonths(months[1] - 1).atEndOfMonth().isBefore(meeting)) {
                    year++;
                }
            }
            LocalDate start = YearMonth.of(year, 1).plusMonths(months[0] - 1).atDay(1);
            String note = "\"" + m.group() + "\": en årstid, inte en månad; året " + year + " anges"
                    + (stated ? "" : " (härlett ur mötesdatumet " + meeting + ")")
                    + " och sorteringsdatumet är årstidens första dag";
            add(found, taken, m, new Period(String.valueOf(year), start, note, m.group()));
        }
        found.sort((a, b) -> Integer.compare((int) a[0], (int) b[0]));
        List<Period> periods = new ArrayList<>();
        for (Object[] f : found) {
            Period p = (Period) f[1];
            if (!end(p).isBefore(meeting)) {
                periods.add(p);
            }
        }
        return periods;
    }

    private static String inferred(String asWritten, int year, LocalDate meeting) {
        return "\"" + asWritten + "\" anger inget år; " + year + " härlett som första sådan tid efter mötet " + meeting;
    }

    private static LocalDate end(Period p) {
        if (p.isDate()) {
            return p.sortDate();
        }
        if (p.isYearMonth()) {
            return YearMonth.from(p.sortDate()).atEndOfMonth();
        }
        return p.note() != null && p.note().contains("årstid") ? p.sortDate().plusMonths(3).minusDays(1)
                : LocalDate.of(p.sortDate().getYear(), 12, 31);
    }

    private static void add(List<Object[]> found, List<int[]> taken, Matcher m, Period p) {
        found.add(new Object[] {m.start(), p});
        taken.add(new int[] {m.start(), m.end()});
    }

    /** "förra våren", "i fjol": a time already past. */
    private static boolean past(String folded, Matcher m) {
        String before = folded.substring(Math.max(0, m.start() - 10), m.start());
        return before.matches(".*\\b(forra|senaste|sista)\\s+$");
    }

    private static boolean free(List<int[]> taken, Matcher m) {
        return taken.stream().noneMatch(t -> m.start() < t[1] && m.end() > t[0]);
    }

    private static LocalDate date(int year, int month, int day) {
        try {
            return LocalDate.of(year, month, day);
        } catch (java.time.DateTimeException e) {
            return null;
        }
    }
}
