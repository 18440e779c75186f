package dev.sesref.search;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.IntStream;

/**
 * Runs every document through the Lucene analysis chain (in parallel), then derives BM25 impacts
 * (computed at build time with field boosts), phrase positions and the surface-form map. The
 * postings are collected directly from the token streams: writing a Lucene index only to read it
 * back cost more than the analysis itself.
 */
public final class IndexBuilder {
    static final double K1 = 1.2;
    static final double B = 0.5;

    /**
     * Fields in scoring order, and their boosts: a heading match counts most, then the title, then
     * the body.
     */
    static final List<String> FIELDS = List.of("body", "heading", "title");

    static final double[] BOOSTS = {1.0, 3.0, 2.0};
    private static final int BODY = 0;
    private static final int HEADING = 1;
    private static final int TITLE = 2;

    private IndexBuilder() {}

    /**
     * One document's analysed fields: its distinct terms, their frequency in each field ({@code
     * freqs[field][i]} for {@code terms[i]}), each field's length, and each term's positions over
     * heading then body.
     */
    private record Analysed(String[] terms, int[][] freqs, int[] lengths, int[][] positions) {}

    /**
     * A phrase of the lexicon's meanings as terms ("qualif", "review", "board") and the terms of
     * the reader's words that mean it ("qrb"): wherever a document has the phrase (each term 1 to
     * {@value Phrases#MAX_GAP} positions after the last, as a quoted phrase matches), the words are
     * indexed there too, so a query for them needs no positions (data/lexicon.yml at index time).
     */
    record Expansion(List<String> phrase, List<String> words) {
        Expansion {
            phrase = List.copyOf(phrase);
            words = List.copyOf(words);
        }
    }

    /** A term's counts while one document is analysed. */
    private static final class Counts {
        final int[] freqs = new int[FIELDS.size()];
        final IntList positions = new IntList();
        boolean expanded;
    }

    static DerivedIndex build(List<SearchDocument> docs) {
        return build(docs, List.of(), Set.of());
    }

    /**
     * @param readerWords the words of {@code expansions} as typed, added to the surface forms so
     *     that a query finds their terms
     */
    static DerivedIndex build(
            List<SearchDocument> docs, List<Expansion> expansions, Set<String> readerWords) {
        Set<String> surfaces = ConcurrentHashMap.newKeySet();
        surfaces.addAll(readerWords);
        try (SearchAnalyzer analyzer = new SearchAnalyzer(surfaces)) {
            Map<String, Map<String, Integer>> titles = new ConcurrentHashMap<>();
            List<Analysed> analysed =
                    docs.parallelStream()
                            .map(d -> analyse(analyzer, d, titles, expansions))
                            .toList();
            Vocabulary vocabulary = Vocabulary.of(analysed.stream().map(Analysed::terms).toList());
            FieldStats stats = FieldStats.of(analysed, vocabulary);
            List<double[]> scores =
                    IntStream.range(0, analysed.size())
                            .parallel()
                            .mapToObj(d -> score(analysed.get(d), vocabulary.ids(d), stats))
                            .toList();
            // Impacts and positions read the same analysis and nothing else: one on each core.
            var positions = CompletableFuture.supplyAsync(() -> positions(analysed, vocabulary));
            SortedMap<String, int[]> impacts = impacts(vocabulary, scores);
            // a reader's word whose phrase is on no page has no term to lead to
            surfaces.removeIf(
                    s -> readerWords.contains(s) && !impacts.containsKey(SearchAnalyzer.termOf(s)));
            return new DerivedIndex(docs, impacts, positions.join(), surfaceMap(surfaces));
        }
    }

    /**
     * Analyses the heading and the body once each (their tokens give both the field counts and the
     * positions), and each distinct page title once for the whole site.
     */
    private static Analysed analyse(
            SearchAnalyzer analyzer,
            SearchDocument d,
            Map<String, Map<String, Integer>> titles,
            List<Expansion> expansions) {
        Map<String, Counts> counts = new HashMap<>();
        int heading =
                analyzer.analyse(
                        d.heading(),
                        (term, p) -> {
                            Counts c = counts.computeIfAbsent(term, k -> new Counts());
                            c.freqs[HEADING]++;
                            c.positions.add(p);
                        });
        int offset = heading + SearchAnalyzer.POSITION_GAP;
        analyzer.analyse(
                d.body(),
                (term, p) -> {
                    Counts c = counts.computeIfAbsent(term, k -> new Counts());
                    c.freqs[BODY]++;
                    c.positions.add(offset + p);
                });
        // The enclosing section's heading counts as body text; it has no positions, so phrases
        // never span it.
        analyzer.analyse(
                d.context(),
                (term, p) -> counts.computeIfAbsent(term, k -> new Counts()).freqs[BODY]++);
        expand(counts, expansions, heading);
        titles.computeIfAbsent(
                        d.title(),
                        t -> {
                            Map<String, Integer> tf = new HashMap<>();
                            analyzer.analyse(t, (term, p) -> tf.merge(term, 1, Integer::sum));
                            return tf;
                        })
                .forEach(
                        (term, tf) ->
                                counts.computeIfAbsent(term, k -> new Counts()).freqs[TITLE] = tf);
        String[] terms = new String[counts.size()];
        int[][] freqs = new int[FIELDS.size()][terms.length];
        int[][] positions = new int[terms.length][];
        int[] lengths = new int[FIELDS.size()];
        int i = 0;
        for (Map.Entry<String, Counts> e : counts.entrySet()) {
            terms[i] = e.getKey();
            Counts c = e.getValue();
            for (int f = 0; f < FIELDS.size(); f++) {
                freqs[f][i] = c.freqs[f];
                lengths[f] += c.freqs[f];
            }
            positions[i] = c.positions.toArray();
            if (c.expanded) {
                Arrays.sort(positions[i]); // an expansion adds its positions after the text's
            }
            i++;
        }
        return new Analysed(terms, freqs, lengths, positions);
    }

    /**
     * Adds each expansion's words where the document has its phrase, in the field the phrase is in
     * (heading positions come before {@code heading}).
     */
    private static void expand(
            Map<String, Counts> counts, List<Expansion> expansions, int heading) {
        for (Expansion x : expansions) {
            List<int[]> at = new ArrayList<>();
            for (String t : x.phrase()) {
                Counts c = counts.get(t);
                if (c == null) {
                    break;
                }
                at.add(c.positions.toArray());
            }
            if (at.size() < x.phrase().size()) {
                continue;
            }
            for (int start : at.get(0)) {
                if (Phrases.follows(at, 1, start)) {
                    for (String w : x.words()) {
                        Counts c = counts.computeIfAbsent(w, k -> new Counts());
                        c.freqs[start < heading ? HEADING : BODY]++;
                        c.positions.add(start);
                        c.expanded = true;
                    }
                }
            }
        }
    }

    /** Inverse document frequency of each term number, and average length, per field. */
    private record FieldStats(double[][] idf, double[] avgLength) {
        static FieldStats of(List<Analysed> docs, Vocabulary vocabulary) {
            int[][] df = new int[FIELDS.size()][vocabulary.size()];
            long[] total = new long[FIELDS.size()];
            for (int d = 0; d < docs.size(); d++) {
                Analysed a = docs.get(d);
                int[] ids = vocabulary.ids(d);
                for (int f = 0; f < FIELDS.size(); f++) {
                    int[] freqs = a.freqs()[f];
                    for (int i = 0; i < ids.length; i++) {
                        if (freqs[i] > 0) {
                            df[f][ids[i]]++;
                        }
                    }
                    total[f] += a.lengths()[f];
                }
            }
            double n = docs.size();
            double[][] idf = new double[FIELDS.size()][vocabulary.size()];
            double[] avg = new double[FIELDS.size()];
            for (int f = 0; f < FIELDS.size(); f++) {
                for (int t = 0; t < idf[f].length; t++) {
                    idf[f][t] = Math.log(1 + (n - df[f][t] + 0.5) / (df[f][t] + 0.5));
                }
                avg[f] = Math.max(1e-9, total[f] / (double) Math.max(1, docs.size()));
            }
            return new FieldStats(idf, avg);
        }
    }

    /** The BM25 score of each of a document's terms, summed over the boosted fields. */
    private static double[] score(Analysed a, int[] ids, FieldStats stats) {
        double[] out = new double[ids.length];
        for (int f = 0; f < FIELDS.size(); f++) {
            double norm = K1 * (1 - B + B * a.lengths()[f] / stats.avgLength()[f]);
            for (int i = 0; i < out.length; i++) {
                int tf = a.freqs()[f][i];
                if (tf > 0) {
                    out[i] += BOOSTS[f] * stats.idf()[f][ids[i]] * tf * (K1 + 1) / (tf + norm);
                }
            }
        }
        return out;
    }

    /**
     * Scales every score so the largest is 255 and rounds, keeping at least 1; documents ascending.
     */
    private static SortedMap<String, int[]> impacts(Vocabulary vocabulary, List<double[]> scores) {
        double max = scores.stream().flatMapToDouble(Arrays::stream).max().orElse(1);
        IntList[] byTerm = new IntList[vocabulary.size()];
        for (int doc = 0; doc < scores.size(); doc++) {
            int[] ids = vocabulary.ids(doc);
            double[] s = scores.get(doc);
            for (int i = 0; i < ids.length; i++) {
                if (byTerm[ids[i]] == null) {
                    byTerm[ids[i]] = new IntList();
                }
                IntList p = byTerm[ids[i]];
                p.add(doc);
                p.add((int) Math.max(1, Math.round(255 * s[i] / max)));
            }
        }
        SortedMap<String, int[]> out = new TreeMap<>();
        for (int t = 0; t < byTerm.length; t++) {
            out.put(vocabulary.term(t), byTerm[t].toArray());
        }
        return out;
    }

    /** Positions of the terms that occur in a heading or a body (title-only terms have none). */
    private static SortedMap<String, DerivedIndex.Positions> positions(
            List<Analysed> docs, Vocabulary vocabulary) {
        TermPositions[] byTerm = new TermPositions[vocabulary.size()];
        for (int doc = 0; doc < docs.size(); doc++) {
            Analysed a = docs.get(doc);
            int[] ids = vocabulary.ids(doc);
            for (int i = 0; i < ids.length; i++) {
                if (a.positions()[i].length > 0) {
                    if (byTerm[ids[i]] == null) {
                        byTerm[ids[i]] = new TermPositions();
                    }
                    byTerm[ids[i]].docs.add(doc);
                    byTerm[ids[i]].positions.add(a.positions()[i]);
                }
            }
        }
        SortedMap<String, DerivedIndex.Positions> out = new TreeMap<>();
        for (int t = 0; t < byTerm.length; t++) {
            if (byTerm[t] != null) {
                out.put(
                        vocabulary.term(t),
                        new DerivedIndex.Positions(
                                byTerm[t].docs.toArray(),
                                byTerm[t].positions.toArray(int[][]::new)));
            }
        }
        return out;
    }

    /** One term's documents and its positions in each, while they are collected. */
    private static final class TermPositions {
        final IntList docs = new IntList();
        final List<int[]> positions = new ArrayList<>();
    }

    private static SortedMap<String, String> surfaceMap(Set<String> surfaces) {
        SortedMap<String, String> out = new TreeMap<>();
        for (String s : new ArrayList<>(surfaces)) {
            out.put(s, SearchAnalyzer.termOf(s));
        }
        return out;
    }
}
