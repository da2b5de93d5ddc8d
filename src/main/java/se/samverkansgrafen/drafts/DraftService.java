package se.samverkansgrafen.drafts;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.RDFWriter;
import org.apache.jena.riot.RiotException;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.SKOS;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

import se.samverkansgrafen.history.CommitMessages;
import se.samverkansgrafen.history.DataHistory;
import se.samverkansgrafen.history.EntityTags;
import se.samverkansgrafen.history.HistoryException;
import se.samverkansgrafen.query.QueryRunner;
import se.samverkansgrafen.web.NotFoundException;

/**
 * Drafts from upload to acceptance. A draft's version (its ETag) is the SHA-256 of its
 * Turtle; every change names the version it was made on. Accepting writes the draft as a
 * new file under data/sources/ through {@link DataHistory} (shapes, journal, atomic
 * rename, commit by the editor, reload of that file) and then removes the draft.
 */
@Service
class DraftService {

    private static final Logger log = LoggerFactory.getLogger(DraftService.class);
    private static final Logger audit = LoggerFactory.getLogger("se.samverkansgrafen.audit");

    static final String SG = "https://w3id.org/samverkan/def#";
    private static final String MEETING_BASE = "https://w3id.org/samverkan/id/meeting/";
    private static final String EDITOR_BASE = "https://w3id.org/samverkan/id/editor/";
    private static final String PROV = "http://www.w3.org/ns/prov#";
    private static final Node MEETING = NodeFactory.createURI(SG + "Meeting");
    private static final Node CITED_IN = NodeFactory.createURI(SG + "citedIn");
    private static final Node DATE = NodeFactory.createURI(SG + "date");
    private static final Node UNCERTAIN = NodeFactory.createURI(SG + "uncertain");
    private static final Node ATTRIBUTED_TO = NodeFactory.createURI(PROV + "wasAttributedTo");
    private static final Node GENERATED_AT = NodeFactory.createURI(PROV + "generatedAtTime");
    private static final Pattern SLUG = Pattern.compile("[a-z0-9]+(?:-[a-z0-9]+)*");
    private static final Pattern NUMBERED = Pattern.compile("data/sources/(\\d{3,})-.*\\.ttl");
    private static final Map<String, String> COUNTED = countedClasses();

    private final DraftStore store;
    private final DraftsProperties properties;
    private final DraftExtractor extractor;
    private final DataHistory history;
    private final QueryRunner queries;
    private final ReentrantLock lock = new ReentrantLock();

    DraftService(DraftsProperties properties, DraftExtractor extractor, DataHistory history, QueryRunner queries) {
        this.store = new DraftStore(Path.of(properties.directory()));
        this.properties = properties;
        this.extractor = extractor;
        this.history = history;
        this.queries = queries;
        settleInterruptedAccepts();
    }

    /** A draft as the API shows it: status, version, summary; the Turtle only when asked. */
    record DraftView(String id, String version, String originalName, String mediaType, long size, Instant created,
            String createdBy, Instant updated, String updatedBy, Map<String, Object> summary, List<String> notes,
            String turtle) {
    }

    /** What accepting did: the meeting, the new data file and its commit. */
    record Accepted(String draft, String meeting, String meetingId, String file, String commit, boolean shared) {
    }

    DraftView create(String fileName, byte[] content, String user) {
        String name = UploadNames.check(fileName);
        if (content.length == 0) {
            throw new DraftExtractionException("The upload '" + name + "' is empty");
        }
        if (content.length > properties.maxUploadSize().toBytes()) {
            throw new DraftUploads.TooLarge(content.length, properties.maxUploadSize().toBytes());
        }
        String type = UploadTypes.detect(content);
        DraftGraph draft = extractor.extract(name, content);
        byte[] turtle = turtle(draft.graph());
        Instant now = Instant.now();
        DraftStore.Status status = new DraftStore.Status(DraftStore.newId(), name, type, content.length, now, user, now,
                user, draft.notes(), null);
        return locked(() -> {
            store.create(content, turtle, status);
            audit.info("Draft {} uploaded by {}: {} ({}, {} bytes)", status.id(), user, name, UploadTypes.label(type),
                    content.length);
            return view(status.id(), false);
        });
    }

    List<DraftView> list() {
        List<DraftView> views = new ArrayList<>();
        for (String id : store.ids()) {
            if (store.status(id).isPresent()) {
                views.add(view(id, false));
            }
        }
        return views;
    }

    DraftView get(String id, boolean withTurtle) {
        return view(id, withTurtle);
    }

    /** A draft's view and graph read together, so the graph is the version the view names. */
    record Snapshot(DraftView view, Graph graph) {
    }

    Snapshot snapshot(String id) {
        return locked(() -> new Snapshot(view(id, false), parse(store.draft(id), "draft " + id)));
    }

    /** The uploaded document's text, line N being what sg:sourceLine N cites; empty for a Turtle draft. */
    List<String> sourceLines(String id) {
        DraftStore.Status status = status(id);
        return extractor.sourceLines(status.originalName(), store.original(id));
    }

    byte[] original(String id) {
        status(id);
        return store.original(id);
    }

    DraftView patch(String id, String ifMatch, DraftPatch patch, String user) {
        String seen = EntityTags.required(ifMatch, "draft");
        return locked(() -> {
            DraftStore.Status status = status(id);
            byte[] current = store.draft(id);
            EntityTags.check(seen, DataHistory.sha256(current), "draft");
            Graph corrected = patch.applyTo(parse(current, "draft " + id));
            return save(status, corrected, user, "corrected (" + patch.operations().size() + " operations)");
        });
    }

    DraftView replace(String id, String ifMatch, String turtle, String user) {
        String seen = EntityTags.required(ifMatch, "draft");
        return locked(() -> {
            DraftStore.Status status = status(id);
            EntityTags.check(seen, DataHistory.sha256(store.draft(id)), "draft");
            Graph replaced = parse(turtle.getBytes(StandardCharsets.UTF_8), "the new draft");
            if (replaced.isEmpty()) {
                throw new DraftExtractionException("The new draft holds no triples");
            }
            return save(status, replaced, user, "replaced");
        });
    }

    void delete(String id, String ifMatch, String user) {
        locked(() -> {
            DraftStore.Status status = status(id);
            if (ifMatch != null) {
                EntityTags.check(EntityTags.required(ifMatch, "draft"), DataHistory.sha256(store.draft(id)), "draft");
            }
            store.delete(id);
            audit.info("Draft {} ({}) rejected by {}", id, status.originalName(), user);
            return null;
        });
    }

    /**
     * Accepts a draft: it must describe exactly one meeting, new to the graph; it gets
     * provenance (each cited fact prov:wasAttributedTo the editor, prov:generatedAtTime now),
     * becomes data/sources/NNN-slug.ttl, one commit by the editor, and is loaded; then the
     * draft is removed.
     */
    Accepted accept(String id, String ifMatch, String user) {
        String seen = EntityTags.required(ifMatch, "draft");
        return locked(() -> {
            DraftStore.Status status = status(id);
            byte[] current = store.draft(id);
            EntityTags.check(seen, DataHistory.sha256(current), "draft");
            Graph graph = parse(current, "draft " + id);
            Node meeting = theMeeting(graph);
            String slug = meeting.getURI().substring(MEETING_BASE.length());
            if (queries.select("meeting", Map.of("meeting", slug)).entity("date").isPresent()) {
                throw new HistoryException(HistoryException.Kind.CONFLICT,
                        "The meeting " + slug + " is already in the graph; correct its file instead of adding it again");
            }
            String path = nextSourcePath(slug);
            addProvenance(graph, user, Instant.now());
            byte[] content = withHeader(turtle(graph), status, user);
            store.writeStatus(status.accepting(new DraftStore.Accepting(path, DataHistory.sha256(content))));
            DataHistory.WriteResult result;
            try {
                result = history.write(Map.of(path, Optional.of(content)), Map.of(path, ""), user,
                        CommitMessages.accepted(graph, path, "Utkast " + id + " (" + status.originalName()
                                + ") godkänt av " + user + " som " + path + "."));
            } catch (RuntimeException e) {
                store.writeStatus(status);
                throw e;
            }
            store.delete(id);
            audit.info("Accept: {} accepted draft {} ({}) as {} in commit {}", user, id, status.originalName(), path,
                    result.commit());
            return new Accepted(id, meeting.getURI(), slug, path, result.commit(), result.shared());
        });
    }

    private DraftView save(DraftStore.Status status, Graph graph, String user, String what) {
        store.writeDraft(status.id(), turtle(graph));
        store.writeStatus(status.updatedBy(user));
        audit.info("Draft {} {} by {}", status.id(), what, user);
        return view(status.id(), false);
    }

    private DraftStore.Status status(String id) {
        return store.status(id).orElseThrow(() -> new NotFoundException("draft", id));
    }

    private DraftView view(String id, boolean withTurtle) {
        DraftStore.Status status = status(id);
        byte[] turtle = store.draft(id);
        Graph graph = parse(turtle, "draft " + id);
        return new DraftView(id, DataHistory.sha256(turtle), status.originalName(), status.mediaType(), status.size(),
                status.created(), status.createdBy(), status.updated(), status.updatedBy(), summary(graph),
                status.notes(), withTurtle ? new String(turtle, StandardCharsets.UTF_8) : null);
    }

    /** The meeting(s), and how many facts of each kind the draft holds. */
    static Map<String, Object> summary(Graph graph) {
        Map<String, Object> summary = new LinkedHashMap<>();
        List<Map<String, Object>> meetings = new ArrayList<>();
        graph.find(Node.ANY, RDF.type.asNode(), MEETING).forEachRemaining(t -> {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("meeting", t.getSubject().toString());
            graph.find(t.getSubject(), SKOS.prefLabel.asNode(), Node.ANY).nextOptional()
                    .ifPresent(l -> m.put("label", l.getObject().getLiteralLexicalForm()));
            graph.find(t.getSubject(), DATE, Node.ANY).nextOptional()
                    .ifPresent(d -> m.put("date", d.getObject().getLiteralLexicalForm()));
            meetings.add(m);
        });
        summary.put("meetings", meetings);
        COUNTED.forEach((name, type) -> summary.put(name,
                graph.find(Node.ANY, RDF.type.asNode(), NodeFactory.createURI(type)).toList().size()));
        summary.put("uncertain", graph.find(Node.ANY, UNCERTAIN, NodeFactory.createLiteralDT("true", XSDDatatype.XSDboolean))
                .toList().size());
        summary.put("triples", graph.size());
        return summary;
    }

    private static Map<String, String> countedClasses() {
        Map<String, String> counted = new LinkedHashMap<>();
        counted.put("attendances", SG + "Attendance");
        counted.put("items", SG + "AgendaItem");
        counted.put("decisions", SG + "Decision");
        counted.put("memberships", "http://www.w3.org/ns/org#Membership");
        counted.put("handlingSteps", SG + "HandlingStep");
        counted.put("identityCandidates", SG + "IdentityCandidate");
        return counted;
    }

    private static Node theMeeting(Graph graph) {
        List<Node> meetings = graph.find(Node.ANY, RDF.type.asNode(), MEETING).mapWith(Triple::getSubject).toList();
        if (meetings.size() != 1) {
            throw new DraftExtractionException("A draft to accept describes exactly one sg:Meeting; this one describes "
                    + meetings.size());
        }
        Node meeting = meetings.get(0);
        if (!meeting.isURI() || !meeting.getURI().startsWith(MEETING_BASE)
                || !SLUG.matcher(meeting.getURI().substring(MEETING_BASE.length())).matches()) {
            throw new DraftExtractionException("The meeting's IRI must be " + MEETING_BASE
                    + "<slug> with a lower-case slug (data/README.md), not " + meeting);
        }
        return meeting;
    }

    /** data/sources/NNN-slug.ttl with NNN one past the highest number there. */
    private String nextSourcePath(String slug) {
        int highest = -1;
        for (String path : history.list("data/sources")) {
            Matcher m = NUMBERED.matcher(path);
            if (m.matches()) {
                highest = Math.max(highest, Integer.parseInt(m.group(1)));
            }
        }
        return "data/sources/%03d-%s.ttl".formatted(highest + 1, slug);
    }

    private static void addProvenance(Graph graph, String user, Instant when) {
        Node editor = NodeFactory.createURI(EDITOR_BASE + user);
        Node time = NodeFactory.createLiteralDT(when.toString(), XSDDatatype.XSDdateTime);
        List<Node> cited = graph.find(Node.ANY, CITED_IN, Node.ANY).mapWith(Triple::getSubject).toSet().stream().toList();
        for (Node fact : cited) {
            graph.add(fact, ATTRIBUTED_TO, editor);
            graph.add(fact, GENERATED_AT, time);
        }
        graph.getPrefixMapping().setNsPrefix("prov", PROV);
    }

    private static byte[] withHeader(byte[] turtle, DraftStore.Status status, String user) {
        String header = "# Accepted by " + user + " on " + Instant.now() + " from draft " + status.id()
                + "\n# (uploaded " + status.created() + " by " + status.createdBy() + " as "
                + status.originalName().replaceAll("[\\r\\n]", " ") + ").\n\n";
        byte[] head = header.getBytes(StandardCharsets.UTF_8);
        byte[] all = new byte[head.length + turtle.length];
        System.arraycopy(head, 0, all, 0, head.length);
        System.arraycopy(turtle, 0, all, head.length, turtle.length);
        return all;
    }

    static byte[] turtle(Graph graph) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        RDFWriter.source(graph).format(RDFFormat.TURTLE_PRETTY).output(out);
        return out.toByteArray();
    }

    private static Graph parse(byte[] turtle, String what) {
        Graph graph = GraphFactory.createDefaultGraph();
        try {
            RDFParser.source(new ByteArrayInputStream(turtle)).lang(Lang.TURTLE).parse(graph);
        } catch (RiotException e) {
            throw new DraftExtractionException(what + " is not valid Turtle: " + e.getMessage(), e);
        }
        return graph;
    }

    /** A crash between writing an accepted draft's file and removing the draft: settle it from the data. */
    private void settleInterruptedAccepts() {
        for (String id : store.ids()) {
            store.status(id).filter(s -> s.accepting() != null).ifPresent(s -> {
                boolean accepted = history.enabled()
                        && history.fileVersion(s.accepting().path()).map(v -> v.equals(s.accepting().version())).orElse(false);
                if (accepted) {
                    store.delete(id);
                    log.warn("Draft {} had been accepted as {} when the service stopped; removed", id, s.accepting().path());
                } else {
                    store.writeStatus(s.accepting(null));
                    log.warn("Draft {} was being accepted when the service stopped; it was not, and stays a draft", id);
                }
            });
        }
    }

    private <T> T locked(Supplier<T> action) {
        lock.lock();
        try {
            return action.get();
        } finally {
            lock.unlock();
        }
    }

}
