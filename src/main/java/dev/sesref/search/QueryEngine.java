package dev.sesref.search;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Runs queries on the exported static index exactly as the browser client does
 * (docs/search-index.md): the reference implementation behind {@code sesref search} and the parity
 * tests.
 */
public final class QueryEngine {
    /** One ranked document with what the result list shows. */
    public record Hit(
            int doc, double score, String url, String title, String heading, String excerpt) {}

    private static final Pattern PHRASE = Pattern.compile("\"([^\"]*)\"");
    private final StaticIndex index;

    /**
     * @param loader reads a file of the index by name (e.g. "s-3") as parsed JSON
     */
    public QueryEngine(Function<String, JsonNode> loader) {
        this.index = new StaticIndex(loader);
    }

    public List<Hit> search(String query, int limit) {
        List<String> phrases = new ArrayList<>();
        Matcher m = PHRASE.matcher(query);
        while (m.find()) {
            phrases.add(m.group(1));
        }
        String loose = PHRASE.matcher(query).replaceAll(" ");
        List<String> words = QueryText.tokens(loose, index.stopWords());
        boolean typing =
                !query.isEmpty() && Character.isLetterOrDigit(query.charAt(query.length() - 1));
        List<Map<Integer, Double>> parts = new ArrayList<>();
        for (int i = 0; i < words.size(); i++) {
            Map<String, Double> candidates =
                    new Candidates(index).of(words.get(i), typing && i == words.size() - 1);
            if (!candidates.isEmpty()) {
                parts.add(wordScores(candidates));
            }
        }
        for (String p : phrases) {
            parts.add(new Phrases(index).match(QueryText.tokens(p, index.stopWords())));
        }
        return rank(combine(parts), limit);
    }

    private Map<Integer, Double> wordScores(Map<String, Double> candidates) {
        Map<Integer, Double> scores = new HashMap<>();
        candidates.forEach(
                (term, weight) -> {
                    int[] p = index.postings(term);
                    for (int i = 0; i < p.length; i += 2) {
                        scores.merge(p[i], weight * p[i + 1], Math::max);
                    }
                });
        return scores;
    }

    /** A result: the parts (words, phrases) it matches and its summed score. */
    private record Scored(int doc, int parts, double score) {}

    /** Every document matching any part, with how many parts it matches and their summed score. */
    private static Map<Integer, Scored> combine(List<Map<Integer, Double>> parts) {
        Map<Integer, Scored> out = new HashMap<>();
        for (Map<Integer, Double> p : parts) {
            p.forEach(
                    (doc, s) ->
                            out.merge(
                                    doc,
                                    new Scored(doc, 1, s),
                                    (a, b) ->
                                            new Scored(doc, a.parts() + 1, a.score() + b.score())));
        }
        return out;
    }

    /**
     * All the words first (AND), then fewer (the fallback to any word); then score, then document
     * id.
     */
    private List<Hit> rank(Map<Integer, Scored> scored, int limit) {
        return scored.values().stream()
                .sorted(
                        Comparator.comparingInt((Scored s) -> -s.parts())
                                .thenComparingDouble(s -> -round(s.score()))
                                .thenComparingInt(Scored::doc))
                .limit(limit)
                .map(
                        s -> {
                            JsonNode f = index.fragment(s.doc());
                            return new Hit(
                                    s.doc(),
                                    round(s.score()),
                                    f.get(0).asText(),
                                    f.get(1).asText(),
                                    f.get(2).asText(),
                                    f.get(3).asText());
                        })
                .toList();
    }

    static double round(double v) {
        return Math.round(v * 10_000) / 10_000.0;
    }
}
