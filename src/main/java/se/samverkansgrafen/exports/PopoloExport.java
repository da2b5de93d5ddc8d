package se.samverkansgrafen.exports;

import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletResponse;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import org.springframework.stereotype.Component;

import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * People, organisations (collaboration groups among them), memberships and posts in Popolo
 * JSON (https://www.popoloproject.com/specs/), the field names of its specification, as
 * Open Civic Data and EveryPolitician use them. Ids are the entities' IRIs, which resolve
 * (see Linked Data); sources are the source documents' IRIs. A post is a role in a group
 * ("ordförande" of a chefsgrupp), made from the memberships that hold it.
 */
@Component
class PopoloExport {

    @JsonInclude(JsonInclude.Include.NON_EMPTY)
    record Popolo(List<Person> persons, List<Organization> organizations, List<Membership> memberships,
            List<Post> posts) {
    }

    @JsonInclude(JsonInclude.Include.NON_EMPTY)
    record Person(String id, String name, @JsonProperty("other_names") List<OtherName> otherNames,
            List<Source> sources) {
    }

    record OtherName(String name) {
    }

    @JsonInclude(JsonInclude.Include.NON_EMPTY)
    record Source(String url, String note) {
    }

    @JsonInclude(JsonInclude.Include.NON_EMPTY)
    record Organization(String id, String name, String classification, @JsonProperty("parent_id") String parentId,
            List<Source> sources) {
    }

    @JsonInclude(JsonInclude.Include.NON_EMPTY)
    record Membership(String id, String label, @JsonProperty("person_id") String personId,
            @JsonProperty("organization_id") String organizationId, @JsonProperty("post_id") String postId,
            @JsonProperty("on_behalf_of_id") String onBehalfOfId, String role,
            @JsonProperty("start_date") String startDate, @JsonProperty("end_date") String endDate,
            List<Source> sources) {
    }

    @JsonInclude(JsonInclude.Include.NON_EMPTY)
    record Post(String id, String label, String role, @JsonProperty("organization_id") String organizationId) {
    }

    private static final JsonMapper JSON = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();

    private final Rows rows;

    PopoloExport(Rows rows) {
        this.rows = rows;
    }

    Popolo popolo() {
        List<Person> persons = new ArrayList<>();
        rows.each(rows.query("people"), Map.of(), row -> persons.add(new Person(row.get("person"),
                row.get("name"), split(row.get("otherNames"), "\\|").stream().map(OtherName::new).toList(),
                sources(row.get("sources")))));
        List<Organization> organizations = new ArrayList<>();
        rows.each(rows.query("organisations"), Map.of(), row -> organizations.add(new Organization(
                row.get("organisation"), row.get("name"), row.get("classification"), row.get("parent"),
                sources(row.get("sources")))));
        List<Membership> memberships = new ArrayList<>();
        Map<String, Post> posts = new LinkedHashMap<>();
        Map<String, Membership> byId = new LinkedHashMap<>();
        rows.each(rows.query("memberships"), Map.of(), row -> {
            String postId = null;
            if (row.get("role") != null) {
                postId = row.get("group") + "#" + row.get("role").replaceAll(".*/", "");
                posts.putIfAbsent(postId, new Post(postId,
                        row.getOrDefault("roleLabel", "") + ", " + row.getOrDefault("groupLabel", ""),
                        row.get("roleLabel"), row.get("group")));
            }
            // Only a stated period: the day a membership was stated on is not the day it began.
            String start = row.get("start");
            String id = row.get("membership");
            Membership membership = new Membership(id, row.get("jobTitle"), row.get("person"), row.get("group"),
                    postId, row.get("onBehalfOf"), row.get("roleLabel"), start, row.get("end"),
                    row.get("source") == null ? List.of() : List.of(new Source(row.get("source"), row.get("quote"))));
            // One membership per id: a membership cited in several places keeps the first.
            byId.putIfAbsent(id, membership);
        });
        memberships.addAll(byId.values());
        return new Popolo(persons, organizations, memberships, List.copyOf(posts.values()));
    }

    void write(HttpServletResponse response) throws IOException {
        Popolo popolo = popolo();
        Downloads.attachment(response, "application/json", "samverkan-popolo.json");
        try (OutputStream out = response.getOutputStream()) {
            JSON.writeValue(out, popolo);
        }
    }

    private static List<String> split(String joined, String separator) {
        return joined == null || joined.isEmpty() ? List.of() : Arrays.stream(joined.split(separator)).toList();
    }

    private static List<Source> sources(String joined) {
        return split(joined, " ").stream().map(url -> new Source(url, null)).toList();
    }
}
