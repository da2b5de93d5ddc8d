package se.samverkansgrafen.store;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.HexFormat;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;

import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.ResultSet;
import org.apache.jena.rdfconnection.RDFConnection;
import org.apache.jena.system.Txn;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The version of the data the store serves: a hash over the load record (each file's graph
 * and the SHA-256 of its content), so identical files give the identical version on any
 * replica. It is read again after every load and reload (drafts accepted, edits, reverts,
 * commits picked up); in external mode, where another replica may load into the shared
 * store, also when it is older than {@link #EXTERNAL_MAX_AGE}. Responses carry it as their
 * ETag, so a client holding an unchanged answer gets 304.
 */
public final class DataVersion {

    private static final Logger log = LoggerFactory.getLogger(DataVersion.class);

    static final Duration EXTERNAL_MAX_AGE = Duration.ofSeconds(10);

    private static final String RECORDS = """
            SELECT ?graph ?hash WHERE {
              GRAPH <%s> { ?graph <https://w3id.org/samverkan/def#sha256> ?hash }
            } ORDER BY ?graph ?hash""".formatted(GraphNames.LOAD_RECORD_GRAPH);

    private final TripleStore store;
    private volatile String current;
    private volatile long readAt;

    public DataVersion(TripleStore store) {
        this.store = store;
    }

    /** The current version; empty while the store holds no load record (nothing loaded yet). */
    public Optional<String> current() {
        String version = current;
        if (version == null || ("external".equals(store.mode())
                && System.nanoTime() - readAt > EXTERNAL_MAX_AGE.toNanos())) {
            version = refresh();
        }
        return Optional.ofNullable(version);
    }

    /** Reads the load record again. */
    public synchronized String refresh() {
        try (RDFConnection conn = store.connect()) {
            return loaded(versionOf(hashes(conn)));
        } catch (RuntimeException e) {
            log.warn("Cannot read the data version from the store: {}", e.toString());
            current = null;
            return null;
        }
    }

    /** Takes the version a load reports ({@link LoadReport#version()}): called after each load, with no read of its own. */
    public synchronized String loaded(String version) {
        current = version;
        readAt = System.nanoTime();
        return version;
    }

    /** Every loaded file's graph and the SHA-256 of its content, from the load record, in graph order. */
    static SortedMap<String, String> hashes(RDFConnection conn) {
        return Txn.calculateRead(conn, () -> {
            SortedMap<String, String> hashes = new TreeMap<>();
            try (QueryExecution exec = conn.query(RECORDS)) {
                ResultSet rows = exec.execSelect();
                while (rows.hasNext()) {
                    QuerySolution row = rows.next();
                    hashes.put(row.getResource("graph").getURI(), row.getLiteral("hash").getLexicalForm());
                }
            }
            return hashes;
        });
    }

    /** The version of a load record: its graphs and their files' hashes, in graph order; null for none. */
    public static String versionOf(SortedMap<String, String> hashByGraph) {
        if (hashByGraph.isEmpty()) {
            return null;
        }
        MessageDigest digest = sha256();
        hashByGraph.forEach((graph, hash) -> digest.update((graph + " " + hash + "\n").getBytes(StandardCharsets.UTF_8)));
        return HexFormat.of().formatHex(digest.digest(), 0, 16);
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is always available", e);
        }
    }
}
