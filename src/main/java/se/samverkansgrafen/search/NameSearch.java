package se.samverkansgrafen.search;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.springframework.stereotype.Service;

import se.samverkansgrafen.query.QueryParameter;
import se.samverkansgrafen.query.QueryRunner;
import se.samverkansgrafen.store.SwedishNameAnalyzer;

/**
 * The search behind /api/search and the start page. Runs the name-search query once per
 * word and keeps the entities every word matched, in any of their own labels or through
 * their holder or region, so "Kronoberg ledningsgrupp" finds the group whose label says
 * ledningsgrupp and whose region is Region Kronoberg. Each hit says, per word, why it
 * matched; hits are ranked by {@link #relevance}: a query equal to a label or
 * abbreviation first, then by how strong the matches are and how much of a label they cover.
 */
@Service
class NameSearch {

    private static final String QUERY = "name-search";
    private static final int LIMIT = 50;

    private final QueryRunner queries;

    NameSearch(QueryRunner queries) {
        this.queries = queries;
    }

    List<SearchHit> search(String q, String only) {
        queries.check(QUERY, "q", q);
        List<String> words = words(q);
        Map<String, Candidate> candidates = null;
        for (String word : words) {
            Map<String, String> values = new HashMap<>();
            values.put("q", word);
            if (only != null) {
                values.put("only", only);
            }
            Map<String, Candidate> earlier = candidates;
            Map<String, Candidate> matched = new LinkedHashMap<>();
            for (Map<String, Object> row : queries.select(QUERY, values).rows()) {
                String entity = (String) row.get("entity");
                if (earlier != null && !earlier.containsKey(entity)) {
                    continue;
                }
                Candidate candidate = matched.computeIfAbsent(entity,
                        e -> earlier == null ? new Candidate(e, (String) row.get("kind"), (String) row.get("label"))
                                : earlier.get(e));
                candidate.add(word, (String) row.get("via"), (String) row.get("hit"), ((Number) row.get("score")).doubleValue());
            }
            candidates = matched;
        }
        String exact = normalise(q);
        return candidates.values().stream()
                .peek(c -> c.rank(words, exact))
                .sorted(Comparator.comparingDouble((Candidate c) -> c.relevance).reversed()
                        .thenComparing(Comparator.comparingDouble((Candidate c) -> c.score).reversed())
                        .thenComparing(c -> c.label))
                .limit(LIMIT)
                .map(Candidate::toHit)
                .toList();
    }

    /** The words to match: small words (och, för…) are left out unless there is nothing else. */
    private static List<String> words(String q) {
        List<String> all = QueryParameter.searchWords(q).stream().distinct().toList();
        List<String> content = all.stream().filter(w -> !SwedishNameAnalyzer.isSmallWord(w)).toList();
        return content.isEmpty() ? all : content;
    }

    /** Lower case, without diacritics, words separated by one space: for comparing a query with a label. */
    static String normalise(String text) {
        String folded = Normalizer.normalize(text.toLowerCase(Locale.ROOT), Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        return folded.replaceAll("[^\\p{L}\\p{N}]+", " ").strip();
    }

    /** An entity some word matched, with what each word matched. */
    private static final class Candidate {
        final String entity;
        final String kind;
        final String label;
        final Map<String, MatchReason> best = new LinkedHashMap<>();
        /** Per label text: the start offsets of its words the search covers. */
        final Map<String, Set<Integer>> covered = new HashMap<>();
        final Set<String> hits = new LinkedHashSet<>();
        double score;
        double relevance;

        Candidate(String entity, String kind, String label) {
            this.entity = entity;
            this.kind = kind;
            this.label = label;
        }

        void add(String word, String via, String hit, double hitScore) {
            MatchReason reason;
            if (via.equals("label") || via.equals("altLabel")) {
                WordMatcher.LabelMatch match = WordMatcher.match(word, via, hit);
                reason = match.reason();
                covered.computeIfAbsent(hit, h -> new HashSet<>()).addAll(match.covered());
            } else {
                reason = new MatchReason(word, via, hit);
            }
            hits.add(hit);
            score += hitScore;
            MatchReason previous = best.get(word);
            if (previous == null || reason.weight() > previous.weight()) {
                best.put(word, reason);
            }
        }

        /**
         * Relevance: 2 when the whole query is one of the entity's labels or abbreviations
         * ("AU", "KC/RD"), plus the mean strength of the words' matches (0-1), plus half the
         * share of a label's words the query covers (so "SVVO" ranks the chefsgrupp, whose
         * short label is mostly those words, above groups whose label only contains them).
         */
        void rank(List<String> words, String exact) {
            boolean isExact = covered.keySet().stream().anyMatch(text -> normalise(text).equals(exact));
            double strength = words.stream().mapToDouble(w -> best.get(w).weight()).average().orElse(0);
            double coverage = covered.entrySet().stream()
                    .mapToDouble(e -> share(e.getValue(), WordMatcher.contentWords(e.getKey())))
                    .max().orElse(0);
            relevance = Math.round(((isExact ? 2 : 0) + strength + coverage / 2) * 1000) / 1000.0;
        }

        private static double share(Set<Integer> covered, Set<Integer> words) {
            return words.isEmpty() ? 0 : (double) covered.stream().filter(words::contains).count() / words.size();
        }

        SearchHit toHit() {
            return new SearchHit(entity, entity.substring(entity.lastIndexOf('/') + 1), kind, label, relevance,
                    String.join("; ", hits),
                    best.values().stream().map(r -> new SearchHit.Reason(r.word(), r.on(), r.text())).toList());
        }
    }
}
