package se.samverkansgrafen.web;

import java.util.List;
import java.util.function.Supplier;

import se.samverkansgrafen.query.InvalidParameterException;

/**
 * One page of a long list on an HTML page ({@code ?sida=} from 1, {@code ?antal=} rows a
 * page). A national graph has thousands of matters and tens of thousands of source documents;
 * a page of them all is megabytes of HTML that takes seconds to render, each row's source
 * titles looked up one by one. Only the rows shown are rendered.
 *
 * @param rows   the rows of this page
 * @param number this page's number, from 1
 * @param size   rows a page
 * @param total  rows in the whole list
 */
public record ListPage<T>(List<T> rows, int number, int size, int total) {

    /** The request parameter naming the page, from 1. */
    public static final String PAGE = "sida";
    /** The request parameter giving the rows a page. */
    public static final String SIZE = "antal";
    public static final int DEFAULT_SIZE = 100;
    public static final int MAX_SIZE = 1000;

    /**
     * The page asked for of the whole list, from the request's text: no number is the first
     * page, no size the default. A number or size that is not a whole number in range is the
     * request's error ({@link InvalidParameterException}, a 400 page naming the parameter),
     * found before the list is read; a page past the end of the list is not found (404),
     * except the first, which an empty list has too.
     */
    public static <T> ListPage<T> of(Supplier<List<T>> list, String number, String size) {
        int rowsPerPage = size == null || size.isBlank() ? DEFAULT_SIZE : whole(SIZE, size, 1, MAX_SIZE);
        int page = number == null || number.isBlank() ? 1 : whole(PAGE, number, 1, Integer.MAX_VALUE);
        List<T> all = list.get();
        long from = (long) (page - 1) * rowsPerPage;
        if (page > 1 && from >= all.size()) {
            throw new NotFoundException("page", String.valueOf(page));
        }
        int to = (int) Math.min(from + rowsPerPage, all.size());
        return new ListPage<>(List.copyOf(all.subList((int) from, to)), page, rowsPerPage, all.size());
    }

    private static int whole(String parameter, String text, int min, int max) {
        try {
            int value = Integer.parseInt(text.strip());
            if (value >= min && value <= max) {
                return value;
            }
        } catch (NumberFormatException notAWholeNumber) {
            // said below, with the range
        }
        throw new InvalidParameterException(parameter, "must be a whole number from " + min
                + (max == Integer.MAX_VALUE ? " up" : " to " + max) + ", was '" + text + "'");
    }

    /** Pages the whole list takes; an empty list still has its first page. */
    public int pages() {
        return pages(total, size);
    }

    /** The position in the whole list of this page's first row, from 1 (0 when the list is empty). */
    public int firstRow() {
        return rows.isEmpty() ? 0 : (number - 1) * size + 1;
    }

    /** The position in the whole list of this page's last row. */
    public int lastRow() {
        return rows.isEmpty() ? 0 : firstRow() + rows.size() - 1;
    }

    public boolean hasPrevious() {
        return number > 1;
    }

    public boolean hasNext() {
        return number < pages();
    }

    /** The query string of another page of the same list, keeping a size other than the default. */
    public String linkTo(int page) {
        return "?" + PAGE + "=" + page + (size == DEFAULT_SIZE ? "" : "&" + SIZE + "=" + size);
    }

    private static int pages(int total, int size) {
        return Math.max(1, (total + size - 1) / size);
    }
}
