package se.samverkansgrafen.exports;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.servlet.http.HttpServletResponse;

import org.apache.commons.csv.CSVPrinter;
import org.jgrapht.Graph;
import org.jgrapht.graph.DefaultDirectedGraph;
import org.jgrapht.nio.Attribute;
import org.jgrapht.nio.AttributeType;
import org.jgrapht.nio.DefaultAttribute;
import org.jgrapht.nio.gexf.GEXFAttributeType;
import org.jgrapht.nio.gexf.GEXFExporter;
import org.jgrapht.nio.graphml.GraphMLExporter;
import org.springframework.stereotype.Component;

/**
 * The person-group network on a date (queries/exports/network-on-date.rq): people and groups
 * as nodes, an edge from a person to each group they sat in that day, as GraphML (yEd,
 * Cytoscape), GEXF (Gephi) or CSV node and edge lists. Written by JGraphT's exporters.
 */
@Component
class NetworkExport {

    /**
     * A node: a person or a group. The id is short and an XML name token, as GraphML's schema
     * wants ("person:ingmar-angman", "group:orebro-chefsgrupp-svvo"); the IRI is an attribute.
     */
    record NetworkNode(String id, String iri, String label, String type, String kind) {

        static String idOf(String iri) {
            String[] segments = iri.split("/");
            return segments.length < 2 ? iri : segments[segments.length - 2] + ":" + segments[segments.length - 1];
        }
    }

    /** An edge from a person to a group: how they sat there (member, participant), roles, organisations. */
    record Membership(String person, String group, String kinds, String roles, String onBehalfOf) {
    }

    private final Rows rows;

    NetworkExport(Rows rows) {
        this.rows = rows;
    }

    Graph<NetworkNode, Membership> network(String at) {
        Graph<NetworkNode, Membership> graph = new DefaultDirectedGraph<>(null, null, false);
        Map<String, NetworkNode> nodes = new LinkedHashMap<>();
        rows.each(rows.query("network-on-date"), Map.of("at", at), row -> {
            NetworkNode person = nodes.computeIfAbsent(row.get("person"), iri -> new NetworkNode(NetworkNode.idOf(iri),
                    iri, row.getOrDefault("name", iri), "person", ""));
            NetworkNode group = nodes.computeIfAbsent(row.get("group"), iri -> new NetworkNode(NetworkNode.idOf(iri),
                    iri, row.getOrDefault("groupLabel", iri), "group", row.getOrDefault("groupKindLabel", "")));
            graph.addVertex(person);
            graph.addVertex(group);
            graph.addEdge(person, group, new Membership(person.id(), group.id(), row.getOrDefault("kinds", ""),
                    row.getOrDefault("roles", ""), row.getOrDefault("onBehalfOf", "")));
        });
        return graph;
    }

    void graphMl(String at, HttpServletResponse response) throws IOException {
        Graph<NetworkNode, Membership> graph = network(at);
        GraphMLExporter<NetworkNode, Membership> exporter = new GraphMLExporter<>(NetworkNode::id);
        exporter.setGraphIdProvider(() -> "samverkan-" + at);
        for (String name : new String[] {"label", "iri", "type", "kind"}) {
            exporter.registerAttribute(name, GraphMLExporter.AttributeCategory.NODE, AttributeType.STRING);
        }
        for (String name : new String[] {"kinds", "roles", "onBehalfOf"}) {
            exporter.registerAttribute(name, GraphMLExporter.AttributeCategory.EDGE, AttributeType.STRING);
        }
        exporter.setVertexAttributeProvider(NetworkExport::nodeAttributes);
        exporter.setEdgeAttributeProvider(NetworkExport::edgeAttributes);
        Downloads.attachment(response, "application/graphml+xml;charset=utf-8", "samverkan-natverk-" + at + ".graphml");
        try (Writer writer = writer(response)) {
            exporter.exportGraph(graph, writer);
        }
    }

    void gexf(String at, HttpServletResponse response) throws IOException {
        Graph<NetworkNode, Membership> graph = network(at);
        GEXFExporter<NetworkNode, Membership> exporter = new GEXFExporter<>(NetworkNode::id,
                edge -> edge.person() + " " + edge.group());
        exporter.setCreator("Samverkansgrafen");
        exporter.setDescription("Personer och samverkansgrupper " + at);
        exporter.registerAttribute("iri", GEXFExporter.AttributeCategory.NODE, GEXFAttributeType.STRING);
        exporter.registerAttribute("type", GEXFExporter.AttributeCategory.NODE, GEXFAttributeType.STRING);
        exporter.registerAttribute("kind", GEXFExporter.AttributeCategory.NODE, GEXFAttributeType.STRING);
        for (String name : new String[] {"kinds", "roles", "onBehalfOf"}) {
            exporter.registerAttribute(name, GEXFExporter.AttributeCategory.EDGE, GEXFAttributeType.STRING);
        }
        exporter.setVertexAttributeProvider(NetworkExport::nodeAttributes);
        exporter.setEdgeAttributeProvider(NetworkExport::edgeAttributes);
        Downloads.attachment(response, "application/gexf+xml;charset=utf-8", "samverkan-natverk-" + at + ".gexf");
        try (Writer writer = writer(response)) {
            exporter.exportGraph(graph, writer);
        }
    }

    /** Edges as Gephi's spreadsheet import reads them: Source, Target, then the edge's attributes. */
    void edgesCsv(String at, HttpServletResponse response) throws IOException {
        Graph<NetworkNode, Membership> graph = network(at);
        Downloads.attachment(response, "text/csv;charset=utf-8;header=present", "samverkan-kanter-" + at + ".csv");
        try (CSVPrinter csv = new CSVPrinter(writer(response), CsvExport.FORMAT.builder()
                .setHeader("Source", "Target", "Type", "Kinds", "Roles", "OnBehalfOf").get())) {
            for (Membership edge : graph.edgeSet()) {
                csv.printRecord(edge.person(), edge.group(), "Directed", edge.kinds(), edge.roles(), edge.onBehalfOf());
            }
        }
    }

    /** Nodes as Gephi's spreadsheet import reads them: Id, Label, then the node's attributes. */
    void nodesCsv(String at, HttpServletResponse response) throws IOException {
        Graph<NetworkNode, Membership> graph = network(at);
        Downloads.attachment(response, "text/csv;charset=utf-8;header=present", "samverkan-noder-" + at + ".csv");
        try (CSVPrinter csv = new CSVPrinter(writer(response), CsvExport.FORMAT.builder()
                .setHeader("Id", "Label", "Type", "Kind", "Iri").get())) {
            for (NetworkNode node : graph.vertexSet()) {
                csv.printRecord(node.id(), node.label(), node.type(), node.kind(), node.iri());
            }
        }
    }

    private static Map<String, Attribute> nodeAttributes(NetworkNode node) {
        Map<String, Attribute> attributes = new LinkedHashMap<>();
        attributes.put("label", DefaultAttribute.createAttribute(node.label()));
        attributes.put("iri", DefaultAttribute.createAttribute(node.iri()));
        attributes.put("type", DefaultAttribute.createAttribute(node.type()));
        attributes.put("kind", DefaultAttribute.createAttribute(node.kind()));
        return attributes;
    }

    private static Map<String, Attribute> edgeAttributes(Membership edge) {
        Map<String, Attribute> attributes = new LinkedHashMap<>();
        attributes.put("kinds", DefaultAttribute.createAttribute(edge.kinds()));
        attributes.put("roles", DefaultAttribute.createAttribute(edge.roles()));
        attributes.put("onBehalfOf", DefaultAttribute.createAttribute(edge.onBehalfOf()));
        return attributes;
    }

    private static Writer writer(HttpServletResponse response) throws IOException {
        return new OutputStreamWriter(response.getOutputStream(), StandardCharsets.UTF_8);
    }
}
