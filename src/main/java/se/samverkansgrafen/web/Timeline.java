package se.samverkansgrafen.web;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A timeline drawn on the server: one lane per group (or other key), marks placed on a
 * shared axis of whole years as percentages, so the page renders it with CSS alone.
 * A mark with an end date is a bar (a membership period); without, a point (a meeting, a step).
 */
public final class Timeline {

    /** A year on the axis, at {@code left} percent. */
    public record Tick(String label, double left) {
    }

    /** A point or bar on a lane. */
    public record Mark(double left, double width, String date, String label, String href, String style) {
        public boolean bar() {
            return width > 0;
        }
    }

    public record Lane(String label, String href, List<Mark> marks) {
    }

    private record Entry(String lane, String laneHref, LocalDate start, LocalDate end, String date, String label,
            String href, String style) {
    }

    private final Map<String, String> laneHrefs = new LinkedHashMap<>();
    private final List<Entry> entries = new ArrayList<>();

    /**
     * Adds a mark. {@code start} and {@code end} are dates as YYYY-MM-DD (a longer literal is
     * cut to its date; a value that is not a date leaves the mark out); {@code end} may be null.
     */
    public Timeline add(String lane, String laneHref, String start, String end, String label, String href, String style) {
        LocalDate from = date(start);
        if (from == null) {
            return this;
        }
        LocalDate to = date(end);
        laneHrefs.putIfAbsent(lane, laneHref);
        entries.add(new Entry(lane, laneHref, from, to, to == null ? start : start + " – " + end, label, href, style));
        return this;
    }

    /**
     * Adds a point placed by {@code sortDate} (YYYY-MM-DD) but labelled {@code shown}, the date
     * as the source gives it (a month such as "2021-05" stays a month).
     */
    public Timeline addShownAs(String lane, String laneHref, String sortDate, String shown, String label, String href,
            String style) {
        LocalDate at = date(sortDate);
        if (at == null) {
            return this;
        }
        laneHrefs.putIfAbsent(lane, laneHref);
        entries.add(new Entry(lane, laneHref, at, null, shown != null ? shown : sortDate, label, href, style));
        return this;
    }

    public boolean isEmpty() {
        return entries.isEmpty();
    }

    public List<Tick> ticks() {
        if (entries.isEmpty()) {
            return List.of();
        }
        LocalDate from = from();
        LocalDate to = to();
        List<Tick> ticks = new ArrayList<>();
        for (LocalDate year = from; year.isBefore(to); year = year.plusYears(1)) {
            ticks.add(new Tick(Integer.toString(year.getYear()), percent(from, to, year)));
        }
        return ticks;
    }

    public List<Lane> lanes() {
        if (entries.isEmpty()) {
            return List.of();
        }
        LocalDate from = from();
        LocalDate to = to();
        Map<String, List<Mark>> marks = new LinkedHashMap<>();
        laneHrefs.keySet().forEach(lane -> marks.put(lane, new ArrayList<>()));
        for (Entry e : entries) {
            double left = percent(from, to, e.start());
            double width = e.end() == null ? 0 : Math.max(0.8, percent(from, to, e.end()) - left);
            marks.get(e.lane()).add(new Mark(round(left), round(width), e.date(), e.label(), e.href(), e.style()));
        }
        return marks.entrySet().stream().map(m -> new Lane(m.getKey(), laneHrefs.get(m.getKey()), m.getValue())).toList();
    }

    private LocalDate from() {
        LocalDate min = entries.stream().map(Entry::start).min(LocalDate::compareTo).orElseThrow();
        return LocalDate.of(min.getYear(), 1, 1);
    }

    private LocalDate to() {
        LocalDate max = entries.stream()
                .map(e -> e.end() != null && e.end().isAfter(e.start()) ? e.end() : e.start())
                .max(LocalDate::compareTo).orElseThrow();
        return LocalDate.of(max.getYear() + 1, 1, 1);
    }

    private static double percent(LocalDate from, LocalDate to, LocalDate day) {
        return 100.0 * ChronoUnit.DAYS.between(from, day) / ChronoUnit.DAYS.between(from, to);
    }

    private static double round(double value) {
        return Math.round(value * 100) / 100.0;
    }

    private static LocalDate date(String value) {
        if (value == null || value.length() < 10) {
            return null;
        }
        try {
            return LocalDate.parse(value.substring(0, 10));
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}
