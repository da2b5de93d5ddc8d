package se.samverkansgrafen.search;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

import se.samverkansgrafen.query.QueryRunner;
import se.samverkansgrafen.web.PageController;

/** The start page: one search box across people, groups, organisations and agreements; results grouped by kind. */
@PageController
class StartPageController {

    /** The kinds name-search gives, in the order the page shows them, with their Swedish headings. */
    static final Map<String, String> KINDS = kinds();

    /** Why a word matched (NameSearch's {@code matchedOn[].on}), in Swedish. */
    static final Map<String, String> REASONS = Map.of(
            "label", "i namnet",
            "altLabel", "i ett annat namn",
            "abbreviation", "förkortning",
            "initials", "initialer för",
            "compoundPart", "del av ordet",
            "spelling", "liknande stavning i",
            "region", "regionen",
            "parentRegion", "regionen (via överordnad grupp)",
            "holder", "tjänstestället");

    private final QueryRunner queries;
    private final NameSearch search;

    StartPageController(QueryRunner queries, NameSearch search) {
        this.queries = queries;
        this.search = search;
    }

    @GetMapping("/")
    String start(@RequestParam(required = false) String q, @RequestParam(required = false) String only, Model model) {
        if (only != null && !only.isEmpty()) {
            queries.check("name-search", "only", only);
        }
        model.addAttribute("q", q == null ? "" : q);
        model.addAttribute("only", only == null ? "" : only);
        model.addAttribute("kinds", KINDS);
        model.addAttribute("reasons", REASONS);
        if (q != null && !q.isBlank()) {
            List<SearchHit> hits = search.search(q, only == null || only.isEmpty() ? null : only);
            Map<String, List<SearchHit>> byKind = new LinkedHashMap<>();
            KINDS.keySet().forEach(kind -> {
                List<SearchHit> ofKind = hits.stream().filter(h -> kind.equals(h.kind())).toList();
                if (!ofKind.isEmpty()) {
                    byKind.put(kind, ofKind);
                }
            });
            model.addAttribute("results", byKind);
            model.addAttribute("hits", hits.size());
        }
        model.addAttribute("covered", queries.select("covered-dates", Map.of()).first().orElse(Map.of()));
        model.addAttribute("groups", queries.select("groups", Map.of()).withIds());
        return "start";
    }

    private static Map<String, String> kinds() {
        Map<String, String> kinds = new LinkedHashMap<>();
        kinds.put("person", "Personer");
        kinds.put("group", "Grupper");
        kinds.put("organisation", "Organisationer");
        kinds.put("matter", "Överenskommelser och ärenden");
        return kinds;
    }
}
