package dev.sesref.search;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Every term of the analysed documents, numbered in sorted order, and each document's terms as
 * those numbers: counting and collecting postings then index arrays instead of looking strings up
 * in maps.
 */
final class Vocabulary {
    private final String[] terms;
    private final List<int[]> ids;

    private Vocabulary(String[] terms, List<int[]> ids) {
        this.terms = terms;
        this.ids = ids;
    }

    /** Numbers the terms of each document (given in document order). */
    static Vocabulary of(List<String[]> docs) {
        // One pass gives each term a number in order of first use; sorting then renumbers them.
        Map<String, Integer> firstUse = new HashMap<>();
        List<int[]> ids =
                docs.stream()
                        .map(
                                terms -> {
                                    int[] out = new int[terms.length];
                                    for (int i = 0; i < terms.length; i++) {
                                        Integer n = firstUse.putIfAbsent(terms[i], firstUse.size());
                                        out[i] = n == null ? firstUse.size() - 1 : n;
                                    }
                                    return out;
                                })
                        .toList();
        String[] sorted = firstUse.keySet().toArray(String[]::new);
        Arrays.sort(sorted);
        int[] rank = new int[sorted.length];
        for (int r = 0; r < sorted.length; r++) {
            rank[firstUse.get(sorted[r])] = r;
        }
        List<int[]> renumbered =
                ids.parallelStream()
                        .map(
                                doc -> {
                                    int[] out = new int[doc.length];
                                    for (int i = 0; i < doc.length; i++) {
                                        out[i] = rank[doc[i]];
                                    }
                                    return out;
                                })
                        .toList();
        return new Vocabulary(sorted, renumbered);
    }

    int size() {
        return terms.length;
    }

    String term(int id) {
        return terms[id];
    }

    /** The numbers of a document's terms, in the order its terms were given. */
    int[] ids(int doc) {
        return ids.get(doc);
    }
}
