package dev.sesref.search;

import java.util.List;
import java.util.SortedMap;

/**
 * What the static index is made from, derived from the analysed documents: integer impacts per term
 * and document, positions for phrases, and the surface form of every term.
 *
 * @param postings term → {@code [doc, impact, doc, impact, ...]} with ascending document ids
 * @param positions term → the documents holding it and its positions in each (heading, then body)
 * @param surfaces surface form → term, for every surface form met
 */
record DerivedIndex(
        List<SearchDocument> docs,
        SortedMap<String, int[]> postings,
        SortedMap<String, Positions> positions,
        SortedMap<String, String> surfaces) {

    /** Documents in ascending order, and the positions of a term in each. */
    record Positions(int[] docs, int[][] positions) {}

    /** Number of documents a term occurs in. */
    int df(String term) {
        int[] p = postings.get(term);
        return p == null ? 0 : p.length / 2;
    }
}
