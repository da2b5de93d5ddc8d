package se.samverkansgrafen.exports;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletResponse;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.jena.query.Query;
import org.springframework.stereotype.Component;

import se.samverkansgrafen.query.NamedQuery;
import se.samverkansgrafen.web.StreamedBody;

/**
 * A named query's rows as CSV (RFC 4180: comma, CRLF, quotes doubled; UTF-8 without a byte
 * order mark), one column per selected variable in the query's order, the header first.
 * Rows are written as the store yields them; an export cut short (its timeout, the store
 * gone) is never passed off as a whole file.
 */
@Component
class CsvExport {

    static final CSVFormat FORMAT = CSVFormat.RFC4180;

    private final Rows rows;

    CsvExport(Rows rows) {
        this.rows = rows;
    }

    void write(String queryName, Map<String, String> values, String fileName, HttpServletResponse response)
            throws IOException {
        NamedQuery query = rows.query(queryName);
        List<String> columns = columns(query.query());
        // Bind (and so check) the values before the response starts.
        query.bind(values);
        Downloads.attachment(response, "text/csv;charset=utf-8;header=present", fileName);
        Writer writer = new OutputStreamWriter(response.getOutputStream(), StandardCharsets.UTF_8);
        CSVPrinter csv = new CSVPrinter(writer, FORMAT.builder().setHeader(columns.toArray(String[]::new)).get());
        try {
            rows.each(query, values, row -> {
                try {
                    csv.printRecord(columns.stream().map(c -> row.getOrDefault(c, "")));
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        } catch (RuntimeException failure) {
            StreamedBody.abandon(response);
            throw failure;
        }
        csv.close();
    }

    static List<String> columns(Query query) {
        return query.getProjectVars().stream().map(v -> v.getVarName()).toList();
    }
}
