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

    /** The weight of a lexicon meaning against the word as typed. */
    static final double MEANS = 0.9;

    private static final Pattern PHRASE = Pattern.compile("\"([^\"]*)\"");
    private final StaticIndex index;

    /**
     * @param loader reads a file of the index by name (e.g. "s-3") as parsed JSON
     */
    public QueryEngine(Function<String, JsonNode> loader) {
        this.index = new StaticIndex(loader);
    }

    /** A submitted query: its last word is a whole word, not a prefix. */
    public List<Hit> search(String query, int limit) {
        return search(query, limit, false);
    }

    /**
     * @param typing the reader is still typing: the last word also matches as a prefix, unless the
     *     query ends in a space or punctuation
     */
    public List<Hit> search(String query, int limit, boolean typing) {
        List<String> phrases = new ArrayList<>();
        Matcher m = PHRASE.matcher(query);
        while (m.find()) {
            phrases.add(m.group(1));
        }
        String loose = PHRASE.matcher(query).replaceAll(" ");
        List<String> words = QueryText.tokens(loose, index.stopWords());
        boolean prefix =
                typing
                        && !query.isEmpty()
                        && Character.isLetterOrDigit(query.charAt(query.length() - 1));
        List<Map<Integer, Double>> parts = new ArrayList<>();
        for (int i = 0; i < words.size(); i++) {
            int span = lexiconPhrase(words, i);
            Map<Integer, Double> scores;
            if (span > 1) {
                scores = meanings(String.join(" ", words.subList(i, i + span)));
                i += span - 1;
            } else {
                scores =
                        wordScores(
                                new Candidates(index)
                                        .of(words.get(i), prefix && i == words.size() - 1));
                meanings(words.get(i)).forEach((doc, s) -> scores.merge(doc, s, Math::max));
            }
            if (!scores.isEmpty()) {
                parts.add(scores);
            }
        }
        for (String p : phrases) {
            Map<Integer, Double> matched =
                    new Phrases(index).match(QueryText.tokens(p, index.stopWords()));
            if (!matched.isEmpty()) {
                parts.add(matched);
            }
        }
        return rank(combine(parts), limit);
    }

    /**
     * How many words from {@code i} form a phrase the lexicon lists (the longest, 3 or 2), or 1:
     * the phrase is one part of the query, what it means ("let go" means removal).
     */
    private int lexiconPhrase(List<String> words, int i) {
        for (int n = Math.min(3, words.size() - i); n > 1; n--) {
            if (!index.synonyms(String.join(" ", words.subList(i, i + n))).isEmpty()) {
                return n;
            }
        }
        return 1;
    }

    /**
     * The documents holding the one-word things the lexicon says a word or phrase means, weighted
     * {@link #MEANS}. Meanings of several words need nothing here: the index already holds the
     * reader's word wherever a section has that phrase.
     */
    private Map<Integer, Double> meanings(String word) {
        Map<String, Double> terms = new java.util.LinkedHashMap<>();
        for (String mean : index.synonyms(word)) {
            List<String> tokens = QueryText.tokens(mean, index.stopWords());
            String term = tokens.size() == 1 ? index.exactTerm(tokens.get(0)) : null;
            if (term != null) {
                terms.put(term, MEANS);
            }
        }
        return wordScores(terms);
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

    /**
     * A result: how many of the query's parts (words, phrases) it matches, their summed weight
     * (rarer parts weigh more), and their summed score.
     */
    private record Scored(int doc, int parts, double weight, double score) {}

    /** Every document matching any part, and the summed weight of all the parts. */
    private record Combined(Map<Integer, Scored> docs, double weight) {}

    /**
     * Every document matching any part, with how many parts it matches and their summed weight and
     * score; a part weighs {@code ln(1 + documents / documents it matches)}.
     */
    private Combined combine(List<Map<Integer, Double>> parts) {
        Map<Integer, Scored> out = new HashMap<>();
        double total = 0;
        for (Map<Integer, Double> p : parts) {
            double w = StrictMath.log(1 + index.documents() / (double) p.size());
            total += w;
            p.forEach(
                    (doc, s) ->
                            out.merge(
                                    doc,
                                    new Scored(doc, 1, w, s),
                                    (a, b) ->
                                            new Scored(
                                                    doc,
                                                    a.parts() + 1,
                                                    a.weight() + b.weight(),
                                                    a.score() + b.score())));
        }
        return new Combined(out, total);
    }

    /**
     * By score, each result's summed score scaled by the square of the weighted share of the
     * query's parts it matches: a section with every meaningful word comes first unless one that
     * lacks a common word matches the rest far more strongly; then by document id.
     */
    private List<Hit> rank(Combined combined, int limit) {
        return combined.docs().values().stream()
                .map(
                        s -> {
                            double share = s.weight() / combined.weight();
                            return new Scored(
                                    s.doc(),
                                    s.parts(),
                                    s.weight(),
                                    round(s.score() * share * share));
                        })
                .sorted(
                        Comparator.comparingDouble((Scored s) -> -s.score())
                                .thenComparingInt(Scored::doc))
                .limit(limit)
                .map(
                        s -> {
                            JsonNode f = index.fragment(s.doc());
                            return new Hit(
                                    s.doc(),
                                    s.score(),
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
