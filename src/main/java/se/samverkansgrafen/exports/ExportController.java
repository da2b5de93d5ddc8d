package se.samverkansgrafen.exports;

import java.io.IOException;
import java.util.HashMap;
import java.util.Map;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import se.samverkansgrafen.web.CoveredDates;
import se.samverkansgrafen.web.DownloadSlots;

/**
 * Files for download: the person-group network on a date (GraphML, GEXF, CSV node and edge
 * lists), memberships, attendance and decisions as CSV, and Popolo JSON. Values are checked
 * as the queries declare them (a bad date or id is 400 naming the parameter). A few run at
 * once (DownloadSlots), within the downloads' timeout.
 */
@RestController
class ExportController {

    private final NetworkExport network;
    private final CsvExport csv;
    private final PopoloExport popolo;
    private final CoveredDates dates;
    private final DownloadSlots slots;

    ExportController(NetworkExport network, CsvExport csv, PopoloExport popolo, CoveredDates dates, DownloadSlots slots) {
        this.network = network;
        this.csv = csv;
        this.popolo = popolo;
        this.dates = dates;
        this.slots = slots;
    }

    @GetMapping("/exports/network.graphml")
    void graphMl(@RequestParam(required = false) String at, HttpServletResponse response) throws IOException {
        slots.run(() -> network.graphMl(day(at), response));
    }

    @GetMapping("/exports/network.gexf")
    void gexf(@RequestParam(required = false) String at, HttpServletResponse response) throws IOException {
        slots.run(() -> network.gexf(day(at), response));
    }

    @GetMapping("/exports/network-edges.csv")
    void edges(@RequestParam(required = false) String at, HttpServletResponse response) throws IOException {
        slots.run(() -> network.edgesCsv(day(at), response));
    }

    @GetMapping("/exports/network-nodes.csv")
    void nodes(@RequestParam(required = false) String at, HttpServletResponse response) throws IOException {
        slots.run(() -> network.nodesCsv(day(at), response));
    }

    @GetMapping("/exports/memberships.csv")
    void memberships(@RequestParam(required = false) String group, HttpServletResponse response) throws IOException {
        slots.run(() -> csv.write("memberships", given("group", group), "samverkan-uppdrag.csv", response));
    }

    @GetMapping("/exports/attendance.csv")
    void attendance(@RequestParam(required = false) String meeting, HttpServletResponse response) throws IOException {
        slots.run(() -> csv.write("attendance", given("meeting", meeting), "samverkan-narvaro.csv", response));
    }

    @GetMapping("/exports/decisions.csv")
    void decisions(@RequestParam(required = false) String meeting, HttpServletResponse response) throws IOException {
        slots.run(() -> csv.write("decisions", given("meeting", meeting), "samverkan-beslut.csv", response));
    }

    @GetMapping("/exports/popolo.json")
    void popolo(HttpServletResponse response) throws IOException {
        slots.run(() -> popolo.write(response));
    }

    /** The day asked for (checked as a date when the query binds it), or the latest day the minutes cover. */
    private String day(String at) {
        return dates.atOrLatest(at);
    }

    private static Map<String, String> given(String name, String value) {
        Map<String, String> values = new HashMap<>();
        if (value != null) {
            values.put(name, value);
        }
        return values;
    }
}
