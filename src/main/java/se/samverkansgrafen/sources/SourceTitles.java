package se.samverkansgrafen.sources;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

import org.springframework.stereotype.Component;

import se.samverkansgrafen.query.QueryRunner;
import se.samverkansgrafen.store.LoadReport;
import se.samverkansgrafen.store.LoadStatus;

/**
 * The title a page shows for a source document instead of its file name ("Chefsgrupp ...,
 * protokoll 2022-11-11"), from the named query source-title.rq. Pages name the same few
 * documents over and over, so titles are kept until the next load; a load replaces the
 * {@link LoadReport}, which empties the cache.
 */
@Component("sourceTitles")
public class SourceTitles {

    private static final int MAX_CACHED = 10_000;

    private final QueryRunner queries;
    private final LoadStatus loadStatus;
    private final Map<String, String> titles = new ConcurrentHashMap<>();
    private volatile LoadReport cachedFor;

    SourceTitles(QueryRunner queries, LoadStatus loadStatus) {
        this.queries = queries;
        this.loadStatus = loadStatus;
    }

    /** The document's title for pages; its file name when the graph knows no better. */
    public String of(String fileName) {
        if (fileName == null || fileName.isBlank()) {
            return fileName;
        }
        LoadReport current = loadStatus.latest().orElse(null);
        if (current != cachedFor || titles.size() > MAX_CACHED) {
            titles.clear();
            cachedFor = current;
        }
        return titles.computeIfAbsent(fileName, this::lookUp);
    }

    private String lookUp(String fileName) {
        List<Map<String, Object>> rows = queries.select("source-title", Map.of("fileName", fileName)).rows();
        return rows.isEmpty() ? fileName : title(rows, fileName);
    }

    /** Groups holding the meeting, kind and date; the document's own title when they are not known. */
    static String title(List<Map<String, Object>> rows, String fileName) {
        Map<String, Object> row = rows.getFirst();
        String groups = rows.stream().map(r -> text(r.get("groupLabel"))).filter(Objects::nonNull).distinct()
                .collect(Collectors.joining(" och "));
        groups = groups.isEmpty() ? null : groups;
        String type = text(row.get("type"));
        String date = text(row.get("date"));
        if (groups != null && date != null) {
            return groups + ", " + (type != null ? type + " " : "") + date;
        }
        String title = text(row.get("title"));
        return title != null ? title : fileName;
    }

    private static String text(Object value) {
        return value == null || value.toString().isBlank() ? null : value.toString();
    }
}
