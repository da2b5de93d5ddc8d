package se.samverkansgrafen.sources;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

import se.samverkansgrafen.query.QueryRunner;
import se.samverkansgrafen.web.NotFoundException;
import se.samverkansgrafen.web.PageController;

/**
 * The source texts, read-only: only the files the graph names as a source document's
 * sg:fileName (named query sources.rq), read from {@code samverkan.sources.directory}.
 * Any other name is 404; the name is matched against that list, never resolved as a path
 * from the request.
 */
@PageController
class SourcePageController {

    private final QueryRunner queries;
    private final Path directory;

    SourcePageController(QueryRunner queries,
            @Value("${samverkan.sources.directory:../shared/seeds}") String directory) {
        this.queries = queries;
        this.directory = Path.of(directory);
    }

    @GetMapping("/sources")
    String sources(Model model) {
        model.addAttribute("sources", queries.select("sources", Map.of()).withIds());
        return "sources";
    }

    @GetMapping("/sources/{fileName:.+}")
    String source(@PathVariable String fileName, Model model) {
        List<Map<String, Object>> known = queries.select("sources", Map.of()).withIds();
        Map<String, Object> source = known.stream().filter(s -> fileName.equals(s.get("fileName"))).findFirst()
                .orElseThrow(() -> new NotFoundException("source file", fileName));
        // The name comes from the graph's list, so the resolved file stays inside the directory.
        Path file = directory.resolve((String) source.get("fileName")).normalize();
        if (!file.startsWith(directory.normalize()) || !Files.isRegularFile(file)) {
            throw new NotFoundException("source file", fileName);
        }
        String text;
        try {
            text = Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read source file " + file, e);
        }
        model.addAttribute("source", source);
        model.addAttribute("text", text);
        return "source";
    }
}
