package se.samverkansgrafen.groups;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

import se.samverkansgrafen.query.InvalidParameterException;
import se.samverkansgrafen.query.QueryRunner;
import se.samverkansgrafen.web.PageController;

/**
 * The collaboration structure of one region as a picture: groups (each drawn inside the
 * group it is part of), their reporting lines, and the organisations taking part (named
 * queries structure.rq and structure-regions.rq). The page lists nodes and edges as HTML
 * (readable without JavaScript) and as an outline beside the picture; cytoscape draws them
 * from that list.
 */
@PageController
class StructurePageController {

    /** The region choice that draws every region at once. */
    static final String ALL_REGIONS = "alla";

    static final Map<String, String> EDGE_LABELS = Map.of(
            "parent", "del av",
            "reportsTo", "rapporterar till",
            "hostedBy", "tjänsteställe",
            "participatingOrganization", "deltar",
            "represented", "företrädd");

    /** A node; {@code parent} is the group it is drawn inside (null at the top). */
    record Node(String id, String label, String type, String kind, String href, String parent) {
    }

    record Edge(String source, String target, String relation, String label) {
    }

    record Region(String id, String label, int groups) {
    }

    /** A line of the outline beside the picture: a group at its depth below the region's top groups. */
    record OutlineEntry(Node node, int depth) {
    }

    private final QueryRunner queries;

    StructurePageController(QueryRunner queries) {
        this.queries = queries;
    }

    @GetMapping("/structure")
    String structure(@RequestParam(name = "region", required = false) String region, Model model) {
        List<Region> regions = queries.select("structure-regions", Map.of()).withIds().stream()
                .map(r -> new Region((String) r.get("regionId"), label(r.get("regionLabel"), (String) r.get("regionId")),
                        ((Number) r.get("groups")).intValue()))
                .toList();
        String chosen = chosenRegion(region, regions);
        List<Map<String, Object>> rows = queries.select("structure",
                chosen.equals(ALL_REGIONS) ? Map.of() : Map.of("region", chosen)).withIds();

        Map<String, String> parents = new LinkedHashMap<>();
        for (Map<String, Object> row : rows) {
            if ("parent".equals(row.get("relation")) && "group".equals(row.get("relatedType"))) {
                parents.putIfAbsent((String) row.get("groupId"), (String) row.get("relatedId"));
            }
        }
        Map<String, Node> nodes = new LinkedHashMap<>();
        Map<String, Edge> edges = new LinkedHashMap<>();
        for (Map<String, Object> row : rows) {
            String group = (String) row.get("groupId");
            nodes.putIfAbsent(group, new Node(group, label(row.get("groupLabel"), group), "group",
                    (String) row.get("groupKindLabel"), "/groups/" + group, null));
            if (row.get("relation") != null && row.get("relatedId") != null) {
                String related = (String) row.get("relatedId");
                boolean isGroup = "group".equals(row.get("relatedType"));
                nodes.putIfAbsent(related, new Node(related, label(row.get("relatedLabel"), related),
                        isGroup ? "group" : "organisation", (String) row.get("relatedKindLabel"),
                        (isGroup ? "/groups/" : "/organisations/") + related, null));
                String relation = (String) row.get("relation");
                edges.putIfAbsent(group + "|" + relation + "|" + related,
                        new Edge(group, related, relation, EDGE_LABELS.getOrDefault(relation, relation)));
            }
        }
        nodes.replaceAll((id, node) -> new Node(node.id(), node.label(), node.type(), node.kind(), node.href(),
                drawnInside(id, parents, nodes.keySet())));

        model.addAttribute("regions", regions);
        model.addAttribute("region", chosen);
        model.addAttribute("nodes", List.copyOf(nodes.values()));
        model.addAttribute("edges", List.copyOf(edges.values()));
        model.addAttribute("nodeLabels", nodes);
        model.addAttribute("outline", outline(nodes));
        model.addAttribute("organisations", nodes.values().stream().filter(n -> n.type().equals("organisation")).toList());
        return "structure";
    }

    /** The region asked for, else the one with the most groups; an unknown region is a bad request. */
    private static String chosenRegion(String asked, List<Region> regions) {
        if (asked == null || asked.isBlank()) {
            return regions.isEmpty() ? ALL_REGIONS : regions.getFirst().id();
        }
        if (asked.equals(ALL_REGIONS) || regions.stream().anyMatch(r -> r.id().equals(asked))) {
            return asked;
        }
        List<String> allowed = new ArrayList<>(regions.stream().map(Region::id).toList());
        allowed.add(ALL_REGIONS);
        throw new InvalidParameterException("region", "must be a region with collaboration groups or '" + ALL_REGIONS
                + "'", allowed);
    }

    /** The group a node is drawn inside: its parent group when that is drawn too and no cycle leads back. */
    private static String drawnInside(String id, Map<String, String> parents, Set<String> drawn) {
        String parent = parents.get(id);
        if (parent == null || !drawn.contains(parent)) {
            return null;
        }
        Set<String> seen = new HashSet<>(Set.of(id));
        for (String above = parent; above != null; above = parents.get(above)) {
            if (!seen.add(above)) {
                return null;
            }
        }
        return parent;
    }

    /** Groups as a tree: top groups in label order, each followed by the groups inside it. */
    private static List<OutlineEntry> outline(Map<String, Node> nodes) {
        List<Node> groups = nodes.values().stream().filter(n -> n.type().equals("group"))
                .sorted((a, b) -> a.label().compareToIgnoreCase(b.label())).toList();
        List<OutlineEntry> outline = new ArrayList<>();
        groups.stream().filter(g -> g.parent() == null).forEach(top -> addWithChildren(top, 0, groups, outline));
        return outline;
    }

    private static void addWithChildren(Node node, int depth, List<Node> groups, List<OutlineEntry> outline) {
        outline.add(new OutlineEntry(node, depth));
        groups.stream().filter(g -> node.id().equals(g.parent()))
                .forEach(child -> addWithChildren(child, depth + 1, groups, outline));
    }

    private static String label(Object label, String id) {
        return label != null ? label.toString() : id;
    }
}
