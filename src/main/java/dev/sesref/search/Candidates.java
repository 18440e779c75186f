package dev.sesref.search;

import com.fasterxml.jackson.databind.JsonNode;
import dev.sesref.diag.Suggest;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The terms one query word stands for, with weights: exact, prefix (while typing), typo-tolerant.
 */
final class Candidates {
    static final double PREFIX = 0.8;
    static final double TYPO_1 = 0.6;
    static final double TYPO_2 = 0.4;
    private static final int MAX_PREFIX = 30;
    private static final int MAX_TYPO = 10;

    private final StaticIndex index;

    Candidates(StaticIndex index) {
        this.index = index;
    }

    private record Row(String surface, String term, int df, int distance) {}

    /** Term → weight; empty when the word matches nothing. */
    Map<String, Double> of(String word, boolean prefix) {
        Map<String, Double> out = new LinkedHashMap<>();
        String exact = index.exactTerm(word);
        if (exact != null) {
            out.put(exact, 1.0);
        }
        if (prefix && word.length() >= 3) {
            rows(k -> k.equals(word.substring(0, 2)), word).stream()
                    .filter(r -> r.surface().startsWith(word) && !r.surface().equals(word))
                    .sorted(Comparator.comparingInt((Row r) -> -r.df()).thenComparing(Row::surface))
                    .limit(MAX_PREFIX)
                    .forEach(r -> out.merge(r.term(), PREFIX, Math::max));
        }
        boolean digits = word.chars().anyMatch(Character::isDigit);
        if (exact == null && !digits && word.length() >= 4) {
            int max = word.length() >= 8 ? 2 : 1;
            rows(k -> k.charAt(0) == word.charAt(0), word).stream()
                    .filter(r -> r.distance() <= max)
                    .sorted(
                            Comparator.comparingInt(Row::distance)
                                    .thenComparingInt(r -> -r.df())
                                    .thenComparing(Row::surface))
                    .limit(MAX_TYPO)
                    .forEach(
                            r ->
                                    out.merge(
                                            r.term(),
                                            r.distance() == 1 ? TYPO_1 : TYPO_2,
                                            Math::max));
        }
        return out;
    }

    /**
     * Rows of the lexicon files whose key {@code files} accepts, with their edit distance to the
     * word.
     */
    private List<Row> rows(java.util.function.Predicate<String> files, String word) {
        List<Row> rows = new ArrayList<>();
        for (JsonNode lex : index.lexicons(files)) {
            for (JsonNode r : lex) {
                String surface = r.get(0).asText();
                int distance =
                        Math.abs(surface.length() - word.length()) > 2
                                ? 3
                                : Suggest.distance(word, surface);
                rows.add(new Row(surface, r.get(1).asText(), r.get(2).asInt(), distance));
            }
        }
        return rows;
    }
}
