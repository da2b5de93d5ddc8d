package se.samverkansgrafen.groups;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

import se.samverkansgrafen.query.QueryRunner;
import se.samverkansgrafen.web.PageController;

/**
 * The collaboration structure as a picture: groups, their parents and reporting lines, and
 * the organisations taking part (named query structure.rq). The page lists nodes and edges
 * as HTML (readable without JavaScript); cytoscape draws them from that list.
 */
@PageController
class StructurePageController {

    static final Map<String, String> EDGE_LABELS = Map.of(
            "parent", "del av",
            "reportsTo", "rapporterar till",
            "hostedBy", "tjänsteställe",
            "participatingOrganization", "deltar",
            "represented", "företrädd");

    record Node(String id, String label, String type, String kind, String href) {
    }

    record Edge(String source, String target, String relation, String label) {
    }

    private final QueryRunner queries;

    StructurePageController(QueryRunner queries) {
        this.queries = queries;
    }

    @GetMapping("/structure")
    String structure(Model model) {
        List<Map<String, Object>> rows = queries.select("structure", Map.of()).withIds();
        Map<String, Node> nodes = new LinkedHashMap<>();
        Map<String, Edge> edges = new LinkedHashMap<>();
        for (Map<String, Object> row : rows) {
            String group = (String) row.get("groupId");
            nodes.putIfAbsent(group, new Node(group, label(row.get("groupLabel"), group), "group",
                    (String) row.get("groupKindLabel"), "/groups/" + group));
            if (row.get("relation") != null && row.get("relatedId") != null) {
                String related = (String) row.get("relatedId");
                boolean isGroup = "group".equals(row.get("relatedType"));
                nodes.putIfAbsent(related, new Node(related, label(row.get("relatedLabel"), related),
                        isGroup ? "group" : "organisation", (String) row.get("relatedKindLabel"),
                        (isGroup ? "/groups/" : "/organisations/") + related));
                String relation = (String) row.get("relation");
                edges.putIfAbsent(group + "|" + relation + "|" + related,
                        new Edge(group, related, relation, EDGE_LABELS.getOrDefault(relation, relation)));
            }
        }
        model.addAttribute("nodes", List.copyOf(nodes.values()));
        model.addAttribute("edges", List.copyOf(edges.values()));
        model.addAttribute("nodeLabels", nodes);
        return "structure";
    }

    private static String label(Object label, String id) {
        return label != null ? label.toString() : id;
    }
}
