package dev.sesref.search;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Matches a quoted phrase: its terms in order, each 1 to 3 positions after the previous one. */
final class Phrases {
    static final int MAX_GAP = 3;
    private final StaticIndex index;

    Phrases(StaticIndex index) {
        this.index = index;
    }

    /** Document → score (sum of the phrase terms' impacts) of the documents the phrase matches. */
    Map<Integer, Double> match(List<String> words) {
        List<String> terms = new ArrayList<>();
        for (String w : words) {
            String t = index.exactTerm(w);
            if (t == null) {
                return Map.of();
            }
            terms.add(t);
        }
        if (terms.isEmpty()) {
            return Map.of();
        }
        List<Map<Integer, int[]>> positions = terms.stream().map(index::positions).toList();
        Map<Integer, Double> out = new HashMap<>();
        for (Map.Entry<Integer, int[]> first : positions.get(0).entrySet()) {
            int doc = first.getKey();
            if (positions.stream().allMatch(p -> p.containsKey(doc))
                    && inOrder(positions.stream().map(p -> p.get(doc)).toList())) {
                double score = 0;
                for (String t : terms) {
                    score += impact(t, doc);
                }
                out.put(doc, score);
            }
        }
        return out;
    }

    /**
     * Whether the terms' positions in one document ({@code at}, in phrase order) hold the phrase.
     */
    private static boolean inOrder(List<int[]> at) {
        for (int start : at.get(0)) {
            if (follows(at, 1, start)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether terms {@code i..} of a phrase follow, in order, the one at {@code previous}, each 1
     * to {@link #MAX_GAP} positions after the last ({@code at}: each term's positions in one
     * document, in phrase order); the indexer uses it to find the lexicon's phrases too.
     */
    static boolean follows(List<int[]> at, int i, int previous) {
        if (i == at.size()) {
            return true;
        }
        for (int p : at.get(i)) {
            if (p > previous && p - previous <= MAX_GAP && follows(at, i + 1, p)) {
                return true;
            }
        }
        return false;
    }

    private int impact(String term, int doc) {
        int[] p = index.postings(term);
        for (int i = 0; i < p.length; i += 2) {
            if (p[i] == doc) {
                return p[i + 1];
            }
        }
        return 0;
    }
}
