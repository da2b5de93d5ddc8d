package se.samverkansgrafen.ingest;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import se.samverkansgrafen.ingest.MinutesText.Line;

/**
 * Finds and drops page furniture: page numbers, and the repeats of running headers and
 * footers that recur at the top or bottom of most pages (their first occurrence stays). In
 * a text without pages, only lines that are plainly page numbers ("Sida 3 av 7", "3 (7)"),
 * the repeats of a block of lines copied verbatim (a letterhead on every page of a scan) and
 * of a line recurring at regular intervals go. A line that occurs once is never dropped
 * unless it is a page number.
 */
final class PageFurniture {

    /** How many lines at the top and at the bottom of a page may be furniture. */
    private static final int ZONE = 3;

    private static final Pattern PAGE_NUMBER = Pattern.compile(
            "(?iu)[-–—\\s]*(?:(?:sida|sid\\.?|s\\.|page|p\\.)\\s*)?(\\d{1,4})"
                    + "(?:\\s*(?:av|of|/|\\(|\\s)\\s*(\\d{1,4})\\s*\\)?)?[-–—\\s]*");
    /** Page numbers that say so in a text without pages: "Sida 3 av 7", "Sida 3", "3 (7)", "Page 3 of 7". */
    private static final Pattern EXPLICIT_PAGE_NUMBER = Pattern.compile(
            "(?iu)(?:sida|page)\\s+\\d{1,4}(?:\\s*(?:av|of|/)\\s*\\d{1,4})?|\\d{1,4}\\s*\\(\\d{1,4}\\)");
    private static final Pattern NUMBER = Pattern.compile("\\d+");
    /** A page number inside a longer line: "sida 3", "page 3", "3 (7)", "3 av 7", "3 of 7", "3/7". */
    private static final Pattern PAGE_NUMBER_IN_LINE = Pattern.compile(
            "(?u)(?:sida|sid\\.|page|s\\.) ?(\\d{1,4})(?: ?(?:av|of|/) ?\\d{1,4})?"
                    + "|(?<![\\d.,:/-])(\\d{1,4}) ?(?:\\( ?\\d{1,4} ?\\)|(?:av|of|/) ?\\d{1,4})(?![\\d.,:/-])");

    /** A single repeated line in a text without pages must recur at least this often ... */
    private static final int MIN_REPEATS = 4;
    /** ... at least this many lines apart ... */
    private static final int MIN_INTERVAL = 10;
    /** ... with the longest interval at most this many times the shortest. */
    private static final double MAX_INTERVAL_SPREAD = 1.25;
    /**
     * A repeated block of lines in a text without pages is at least this long when it occurs
     * three times or more, one line longer when twice: content repeats too ("Föredragande: X /
     * Beslut: / Informationen noteras." after every item), but rarely four lines verbatim.
     */
    private static final int MIN_BLOCK = 4;
    /** Lines that recur more often than this are content ("Beslut:"), not a page's letterhead. */
    private static final int MAX_BLOCK_REPEATS = 500;

    private PageFurniture() {
    }

    static List<Line> drop(ReadText text) {
        return text.paged() ? dropFromPages(text.lines(), text.pageCount()) : dropFromText(text.lines());
    }

    private static List<Line> dropFromPages(List<Line> lines, int pageCount) {
        Map<Integer, List<Line>> pages = new LinkedHashMap<>();
        for (Line line : lines) {
            pages.computeIfAbsent(line.page(), p -> new ArrayList<>()).add(line);
        }
        Set<Line> furniture = new HashSet<>();
        for (List<Line> page : pages.values()) {
            for (Line line : zone(page)) {
                if (isPageNumber(line.text(), line.page(), pageCount)) {
                    furniture.add(line);
                }
            }
        }
        if (pages.size() >= 2) {
            furniture.addAll(repeatedInZones(pages, true));
            furniture.addAll(repeatedInZones(pages, false));
        }
        return lines.stream().filter(line -> !furniture.contains(line)).toList();
    }

    /**
     * Lines among the first (or last) lines of a page whose key recurs there on most pages,
     * except the first occurrence: a letterhead on page one often names the body, the date
     * or the secretary, which the extractor needs once.
     */
    private static List<Line> repeatedInZones(Map<Integer, List<Line>> pages, boolean top) {
        Map<String, List<Line>> byKey = new HashMap<>();
        for (List<Line> page : pages.values()) {
            List<Line> zone = top ? page.subList(0, Math.min(ZONE, page.size()))
                    : page.subList(Math.max(0, page.size() - ZONE), page.size());
            Set<String> seenOnPage = new HashSet<>();
            for (Line line : zone) {
                String key = key(line);
                if (seenOnPage.add(key)) {
                    byKey.computeIfAbsent(key, k -> new ArrayList<>()).add(line);
                }
            }
        }
        int needed = Math.max(2, pages.size() / 2 + 1);
        List<Line> repeated = new ArrayList<>();
        byKey.values().stream().filter(occurrences -> occurrences.size() >= needed)
                .forEach(occurrences -> repeated.addAll(occurrences.subList(1, occurrences.size())));
        return repeated;
    }

    /**
     * A line's text with its own page number written as "#" where the line says it is a page
     * number ("Sida 3", "3 (7)", "3 av 7", "3/7", "Page 3 of 7"), so that "Protokoll 2024-05-17
     * 3 (7)" on page 3 and "... 4 (7)" on page 4 are one header, while "§ 3" and "§ 4" at the
     * tops of pages 3 and 4 stay different lines.
     */
    private static String key(Line line) {
        String text = line.text().toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
        Matcher number = PAGE_NUMBER_IN_LINE.matcher(text);
        StringBuilder key = new StringBuilder();
        while (number.find()) {
            String found = number.group(1) != null ? number.group(1) : number.group(2);
            number.appendReplacement(key, found.equals(Integer.toString(line.page())) ? "#" : Matcher.quoteReplacement(number.group()));
        }
        number.appendTail(key);
        return key.toString();
    }

    private static List<Line> zone(List<Line> page) {
        if (page.size() <= 2 * ZONE) {
            return page;
        }
        List<Line> zone = new ArrayList<>(page.subList(0, ZONE));
        zone.addAll(page.subList(page.size() - ZONE, page.size()));
        return zone;
    }

    /**
     * "3", "- 3 -", "Sida 3", "Sida 3 av 7", "3 (7)", "3/7", "Page 3 of 7": the page's own number
     * (and no more than the page count when one is given). A bare number only counts when the
     * document has more than one page.
     */
    static boolean isPageNumber(String text, int page, int pageCount) {
        Matcher matcher = PAGE_NUMBER.matcher(text);
        if (!matcher.matches()) {
            return false;
        }
        int number = Integer.parseInt(matcher.group(1));
        boolean bare = matcher.group(2) == null && text.strip().matches("[-–—\\s]*\\d+[-–—\\s]*");
        if (bare && pageCount < 2) {
            return false;
        }
        if (matcher.group(2) != null && Integer.parseInt(matcher.group(2)) < number) {
            return false;
        }
        return number == page;
    }

    private static List<Line> dropFromText(List<Line> lines) {
        Set<Line> furniture = new HashSet<>(repeatedBlocks(lines));
        Map<String, List<Line>> byText = new LinkedHashMap<>();
        for (Line line : lines) {
            byText.computeIfAbsent(normalized(line), t -> new ArrayList<>()).add(line);
        }
        for (Map.Entry<String, List<Line>> entry : byText.entrySet()) {
            if (isRunningHeading(entry.getKey(), entry.getValue())) {
                furniture.addAll(entry.getValue().subList(1, entry.getValue().size()));
            }
        }
        for (Line line : lines) {
            if (isExplicitPageNumber(line.text())) {
                furniture.add(line);
            }
        }
        return lines.stream().filter(line -> !furniture.contains(line)).toList();
    }

    /**
     * The repeats of a block of consecutive lines that recurs verbatim: a letterhead copied to
     * every page of a converted or scanned document ("Tjänsteställe / Förvaltningen för ... /
     * Sekreterare / ..."). A block of four lines must occur three times, a longer one twice.
     * The first occurrence stays: on page one it is where the document states those facts.
     */
    private static List<Line> repeatedBlocks(List<Line> lines) {
        List<String> keys = lines.stream().map(PageFurniture::normalized).toList();
        Map<String, List<Integer>> positions = new HashMap<>();
        for (int i = 0; i < keys.size(); i++) {
            positions.computeIfAbsent(keys.get(i), k -> new ArrayList<>()).add(i);
        }
        // For each line, the longest verbatim run it shares with the same line's next occurrence.
        int[] runLength = new int[keys.size()];
        int[] occurrences = new int[keys.size()];
        boolean[] repeat = new boolean[keys.size()];
        for (List<Integer> at : positions.values()) {
            if (at.size() < 2 || at.size() > MAX_BLOCK_REPEATS) {
                continue;
            }
            for (int a = 0; a + 1 < at.size(); a++) {
                int first = at.get(a);
                int second = at.get(a + 1);
                int start = 0;
                while (first - start - 1 >= 0 && second - start - 1 > first
                        && keys.get(first - start - 1).equals(keys.get(second - start - 1))) {
                    start++;
                }
                int length = start;
                while (second + length - start < keys.size() && first + length - start < second
                        && keys.get(first + length - start).equals(keys.get(second + length - start))) {
                    length++;
                }
                runLength[second] = Math.max(runLength[second], length);
                runLength[first] = Math.max(runLength[first], length);
                repeat[second] = true;
            }
            for (int position : at) {
                occurrences[position] = at.size();
            }
        }
        List<Line> furniture = new ArrayList<>();
        for (int i = 0; i < keys.size(); i++) {
            boolean block = runLength[i] >= MIN_BLOCK + 1 || (runLength[i] >= MIN_BLOCK && occurrences[i] >= 3);
            if (repeat[i] && block) {
                furniture.add(lines.get(i));
            }
        }
        return furniture;
    }

    private static String normalized(Line line) {
        return line.text().replaceAll("\\s+", " ");
    }

    static boolean isExplicitPageNumber(String text) {
        Matcher matcher = EXPLICIT_PAGE_NUMBER.matcher(text.strip());
        if (!matcher.matches()) {
            return false;
        }
        List<Integer> numbers = NUMBER.matcher(text).results().map(m -> Integer.parseInt(m.group())).toList();
        return numbers.size() < 2 || numbers.get(0) <= numbers.get(1);
    }

    /**
     * A line of at least two words, without a label's colon ("Föredragande: X" recurs as
     * content), that recurs at least four times at nearly regular intervals of ten lines or
     * more: a heading printed on every page. Its first occurrence stays.
     */
    private static boolean isRunningHeading(String text, List<Line> occurrences) {
        if (occurrences.size() < MIN_REPEATS || text.contains(":") || text.split("\\s+").length < 2
                || text.codePoints().filter(Character::isLetter).count() < 5) {
            return false;
        }
        int shortest = Integer.MAX_VALUE;
        int longest = 0;
        for (int i = 1; i < occurrences.size(); i++) {
            int interval = occurrences.get(i).number() - occurrences.get(i - 1).number();
            shortest = Math.min(shortest, interval);
            longest = Math.max(longest, interval);
        }
        return shortest >= MIN_INTERVAL && longest <= MAX_INTERVAL_SPREAD * shortest;
    }
}
