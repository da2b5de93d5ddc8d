package se.samverkansgrafen.query;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.function.Supplier;

import org.apache.jena.graph.Node;
import org.apache.jena.sparql.engine.binding.Binding;

import com.github.benmanes.caffeine.cache.AsyncCache;
import com.github.benmanes.caffeine.cache.Caffeine;

/**
 * Answers of named queries kept for the data version they were read from: the same query
 * with the same values on the same version has the same answer, so a repeated request
 * (a popular group page, every reader of one organisation) reads the store once. The
 * version is part of the key, so a load that changes the data makes every kept answer
 * unreachable at once (also when another replica changed a shared external store).
 *
 * <p>An answer is kept only when the store is settled: a complete load, no load running
 * (a load changes files and then the derived facts, before the version moves), and the same
 * version before and after the query ran; and everything kept is dropped after each change
 * this service makes, so nothing read halfway through one outlives it. Bounded by the number
 * of values (rows times columns) held, least recently used first out.
 *
 * <p>Requests for the same answer at the same time read the store once: the first reads, the
 * others wait for its answer (or its error). At the national scale a country-wide list takes
 * seconds to read; eight readers opening it after a change would otherwise each read it, on
 * the same cores, and each wait eight times as long. The waiting is on a future kept in the
 * cache, not inside a map computation, so a long read never holds up other answers.
 */
public final class AnswerCache {

    private record Key(String version, String query, Map<String, Node> values) {
    }

    private final AsyncCache<Key, QueryResult> answers;
    private final Supplier<Optional<String>> settledVersion;

    /**
     * @param maxValues      the most values (rows times columns, at least one a row) kept in all
     * @param settledVersion the data version while the store is settled, empty otherwise
     */
    public AnswerCache(long maxValues, Supplier<Optional<String>> settledVersion) {
        this.answers = Caffeine.newBuilder()
                .maximumWeight(maxValues)
                .weigher((Key key, QueryResult answer) -> weight(answer))
                .buildAsync();
        this.settledVersion = settledVersion;
    }

    private static int weight(QueryResult answer) {
        long values = Math.max(1, answer.rows().size()) * (long) Math.max(1, answer.variables().size());
        return (int) Math.min(Integer.MAX_VALUE, values);
    }

    /**
     * The kept answer of the query with these values, the answer another request is reading
     * now, or the one {@code run} reads (kept when the store is settled).
     */
    QueryResult answer(NamedQuery query, Binding binding, Supplier<QueryResult> run) {
        Optional<String> before = settledVersion.get();
        if (before.isEmpty()) {
            return run.get();
        }
        Key key = new Key(before.get(), query.name(), values(binding));
        CompletableFuture<QueryResult> reading = new CompletableFuture<>();
        CompletableFuture<QueryResult> earlier = answers.asMap().putIfAbsent(key, reading);
        if (earlier != null) {
            return waitFor(earlier);
        }
        try {
            QueryResult answer = run.get();
            if (!before.equals(settledVersion.get())) {
                // Read while the version moved: given to those who asked meanwhile, not kept.
                answers.asMap().remove(key, reading);
            }
            reading.complete(answer);
            return answer;
        } catch (RuntimeException | Error e) {
            answers.asMap().remove(key, reading);
            reading.completeExceptionally(e);
            throw e;
        }
    }

    /** The answer another request reads, or the error it got (a timeout, the store gone). */
    private static QueryResult waitFor(CompletableFuture<QueryResult> reading) {
        try {
            return reading.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException runtime) {
                throw runtime;
            }
            if (e.getCause() instanceof Error error) {
                throw error;
            }
            throw e;
        }
    }

    /** Drops every kept answer: called after each change to the store. */
    public void clear() {
        answers.synchronous().invalidateAll();
    }

    /** How many answers are kept now (for tests and diagnostics). */
    long size() {
        answers.synchronous().cleanUp();
        return answers.synchronous().estimatedSize();
    }

    private static Map<String, Node> values(Binding binding) {
        Map<String, Node> values = new HashMap<>();
        binding.forEach((var, node) -> values.put(var.getVarName(), node));
        return Map.copyOf(values);
    }
}
