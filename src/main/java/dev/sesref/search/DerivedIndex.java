package dev.sesref.search;

import java.util.List;
import java.util.Map;
import java.util.SortedMap;

/**
 * What the static index is made from, derived from the Lucene index: integer impacts per term and
 * document, positions for phrases, and the surface form of every term.
 *
 * @param postings  term → {@code [doc, impact, doc, impact, ...]} with ascending document ids
 * @param positions term → document → positions in the heading-then-body stream
 * @param surfaces  surface form → term, for every surface form met
 */
record DerivedIndex(List<SearchDocument> docs, SortedMap<String, int[]> postings,
                    SortedMap<String, Map<Integer, int[]>> positions, SortedMap<String, String> surfaces) {

    /** Number of documents a term occurs in. */
    int df(String term) {
        int[] p = postings.get(term);
        return p == null ? 0 : p.length / 2;
    }
}
