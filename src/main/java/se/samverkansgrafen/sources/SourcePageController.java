package se.samverkansgrafen.sources;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.core.Authentication;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

import se.samverkansgrafen.history.DataHistory;
import se.samverkansgrafen.query.InvalidParameterException;
import se.samverkansgrafen.query.QueryRunner;
import se.samverkansgrafen.web.ListPage;
import se.samverkansgrafen.web.NotFoundException;
import se.samverkansgrafen.web.PageController;

/**
 * The source texts, read-only: only the files the graph names as a source document's
 * sg:fileName (named query sources.rq), read from {@code samverkan.sources.directory}.
 * Any other name is 404: the name is looked up in the graph (bound into sources.rq as a
 * literal) before it is resolved as a path, and the path must stay inside the directory. A
 * document whose text is not in the directory (minutes accepted through the review pages)
 * still has its page, with the history of its data file.
 */
@PageController
class SourcePageController {

    private static final int MAX_COMMITS = 50;
    private static final int MAX_QUOTE = 2000;

    private final QueryRunner queries;
    private final DataHistory history;
    private final SourceTitles titles;
    private final Path directory;

    SourcePageController(QueryRunner queries, DataHistory history, SourceTitles titles,
            @Value("${samverkan.sources.directory:minutes}") String directory) {
        this.queries = queries;
        this.history = history;
        this.titles = titles;
        this.directory = Path.of(directory);
    }

    @GetMapping("/sources")
    String sources(@RequestParam(name = ListPage.PAGE, required = false) String page,
            @RequestParam(name = ListPage.SIZE, required = false) String size, Model model) {
        model.addAttribute("sources", ListPage.of(() -> queries.select("sources", Map.of()).withIds(), page, size));
        return "sources";
    }

    @GetMapping("/sources/{fileName:.+}")
    String source(@PathVariable String fileName,
            @RequestParam(name = "citat", required = false) String quote, Model model, Authentication user) {
        if (quote != null && quote.length() > MAX_QUOTE) {
            throw new InvalidParameterException("citat", "is longer than " + MAX_QUOTE + " characters");
        }
        // Only a name the graph gives a source document has a page; the query binds the name, so
        // one page costs one document's lookup, not the list of every document.
        Map<String, Object> source = queries.select("sources", Map.of("fileName", fileName)).withIds().stream()
                .findFirst().orElseThrow(() -> new NotFoundException("source file", fileName));
        // The graph names this file; a name that still leaves the directory is not served.
        Path file = directory.resolve((String) source.get("fileName")).normalize();
        if (!file.startsWith(directory.normalize())) {
            throw new NotFoundException("source file", fileName);
        }
        String text = null;
        if (Files.isRegularFile(file)) {
            try {
                text = Files.readString(file, StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new UncheckedIOException("Cannot read source file " + file, e);
            }
        } else if (source.get("dataFile") == null) {
            throw new NotFoundException("source file", fileName);
        }
        model.addAttribute("source", source);
        model.addAttribute("sourceTitle", titles.of(fileName));
        model.addAttribute("text", text);
        if (text != null) {
            SourcePassages passages = new SourcePassages(text);
            model.addAttribute("segments", passages.segments(items(fileName), quote));
            model.addAttribute("quote", quote);
            model.addAttribute("quoteFound", quote != null && passages.contains(quote));
        }
        // The history of the data file describing this document, when the data root is a repository.
        String dataFile = (String) source.get("dataFile");
        boolean withHistory = history.enabled() && dataFile != null;
        model.addAttribute("historyEnabled", withHistory);
        model.addAttribute("commits", withHistory ? history.history(dataFile, MAX_COMMITS) : List.of());
        model.addAttribute("head", withHistory ? history.head() : "");
        model.addAttribute("zone", ZoneId.of("Europe/Stockholm"));
        model.addAttribute("editor", user != null && user.getAuthorities().stream()
                .anyMatch(a -> "ROLE_EDITOR".equals(a.getAuthority())));
        return "source";
    }

    /** The document's agenda items with the quotes cited to each, in agenda order. */
    private List<SourcePassages.Item> items(String fileName) {
        Map<String, SourcePassages.Item> items = new LinkedHashMap<>();
        for (Map<String, Object> row : queries.select("source-passages", Map.of("fileName", fileName)).rows()) {
            String number = row.get("number") != null ? row.get("number").toString() : null;
            if (number == null) {
                continue;
            }
            SourcePassages.Item item = items.computeIfAbsent((String) row.get("item"), k -> new SourcePassages.Item(
                    number, row.get("title") != null ? row.get("title").toString() : null, new ArrayList<>()));
            if (row.get("quote") != null) {
                item.quotes().add(row.get("quote").toString());
            }
        }
        return List.copyOf(items.values());
    }
}
