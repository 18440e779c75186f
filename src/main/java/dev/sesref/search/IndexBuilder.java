package dev.sesref.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;

/**
 * Runs every document through the Lucene analysis chain (in parallel), then derives BM25 impacts
 * (computed at build time with field boosts), phrase positions and the surface-form map. The
 * postings are collected directly from the token streams: writing a Lucene index only to read it
 * back cost more than the analysis itself.
 */
public final class IndexBuilder {
    static final double K1 = 1.2;
    static final double B = 0.5;
    /** Fields in scoring order, and their boosts: a heading match counts most, then the title, then the body. */
    static final List<String> FIELDS = List.of("body", "heading", "title");
    static final double[] BOOSTS = {1.0, 3.0, 2.0};
    private static final int BODY = 0;
    private static final int HEADING = 1;
    private static final int TITLE = 2;

    private IndexBuilder() {
    }

    /**
     * One document's analysed fields: its distinct terms, their frequency in each field
     * ({@code freqs[field][i]} for {@code terms[i]}), each field's length, and each term's positions
     * over heading then body.
     */
    private record Analysed(String[] terms, int[][] freqs, int[] lengths, int[][] positions) {
    }

    /** A term's counts while one document is analysed. */
    private static final class Counts {
        final int[] freqs = new int[FIELDS.size()];
        final IntList positions = new IntList();
    }

    static DerivedIndex build(List<SearchDocument> docs) {
        Set<String> surfaces = ConcurrentHashMap.newKeySet();
        try (SearchAnalyzer analyzer = new SearchAnalyzer(surfaces)) {
            Map<String, Map<String, Integer>> titles = new ConcurrentHashMap<>();
            List<Analysed> analysed = docs.parallelStream().map(d -> analyse(analyzer, d, titles)).toList();
            FieldStats stats = FieldStats.of(analysed);
            List<double[]> scores = analysed.parallelStream().map(a -> score(a, stats)).toList();
            // Impacts and positions read the same analysis and nothing else: one on each core.
            var positions = java.util.concurrent.CompletableFuture.supplyAsync(() -> positions(analysed));
            SortedMap<String, int[]> impacts = impacts(analysed, scores);
            return new DerivedIndex(docs, impacts, positions.join(), surfaceMap(surfaces));
        }
    }

    /**
     * Analyses the heading and the body once each (their tokens give both the field counts and the
     * positions), and each distinct page title once for the whole site.
     */
    private static Analysed analyse(SearchAnalyzer analyzer, SearchDocument d,
                                    Map<String, Map<String, Integer>> titles) {
        Map<String, Counts> counts = new HashMap<>();
        int heading = tokens(analyzer, d.heading(), (term, p) -> {
            Counts c = counts.computeIfAbsent(term, k -> new Counts());
            c.freqs[HEADING]++;
            c.positions.add(p);
        });
        int offset = heading + SearchAnalyzer.POSITION_GAP;
        tokens(analyzer, d.body(), (term, p) -> {
            Counts c = counts.computeIfAbsent(term, k -> new Counts());
            c.freqs[BODY]++;
            c.positions.add(offset + p);
        });
        titles.computeIfAbsent(d.title(), t -> {
            Map<String, Integer> tf = new HashMap<>();
            tokens(analyzer, t, (term, p) -> tf.merge(term, 1, Integer::sum));
            return tf;
        }).forEach((term, tf) -> counts.computeIfAbsent(term, k -> new Counts()).freqs[TITLE] = tf);
        String[] terms = counts.keySet().toArray(String[]::new);
        int[][] freqs = new int[FIELDS.size()][terms.length];
        int[][] positions = new int[terms.length][];
        int[] lengths = new int[FIELDS.size()];
        for (int i = 0; i < terms.length; i++) {
            Counts c = counts.get(terms[i]);
            for (int f = 0; f < FIELDS.size(); f++) {
                freqs[f][i] = c.freqs[f];
                lengths[f] += c.freqs[f];
            }
            positions[i] = c.positions.toArray();
        }
        return new Analysed(terms, freqs, lengths, positions);
    }

    private interface TokenSink {
        void accept(String term, int position);
    }

    /** Feeds each token and its position to the sink; returns the position after the last token. */
    private static int tokens(SearchAnalyzer analyzer, String text, TokenSink sink) {
        if (text.isEmpty()) {
            return 0;
        }
        try (TokenStream ts = analyzer.tokenStream("text", text)) {
            CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
            PositionIncrementAttribute inc = ts.addAttribute(PositionIncrementAttribute.class);
            ts.reset();
            int position = -1;
            while (ts.incrementToken()) {
                position += inc.getPositionIncrement();
                sink.accept(term.toString(), position);
            }
            ts.end();
            return position + 1;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Document frequency of each term and average length, per field. */
    private record FieldStats(List<Map<String, Integer>> df, double[] avgLength, int n) {
        static FieldStats of(List<Analysed> docs) {
            double[] avg = new double[FIELDS.size()];
            List<Map<String, Integer>> df = java.util.stream.IntStream.range(0, FIELDS.size()).parallel()
                    .mapToObj(f -> {
                        Map<String, Integer> counts = new HashMap<>();
                        long total = 0;
                        for (Analysed a : docs) {
                            for (int i = 0; i < a.terms().length; i++) {
                                if (a.freqs()[f][i] > 0) {
                                    counts.merge(a.terms()[i], 1, Integer::sum);
                                }
                            }
                            total += a.lengths()[f];
                        }
                        avg[f] = Math.max(1e-9, total / (double) Math.max(1, docs.size()));
                        return counts;
                    }).toList();
            return new FieldStats(df, avg, docs.size());
        }

        double idf(int field, String term) {
            int d = df.get(field).get(term);
            return Math.log(1 + (n - d + 0.5) / (d + 0.5));
        }
    }

    /** The BM25 score of each of a document's terms, summed over the boosted fields. */
    private static double[] score(Analysed a, FieldStats stats) {
        double[] out = new double[a.terms().length];
        for (int f = 0; f < FIELDS.size(); f++) {
            double norm = K1 * (1 - B + B * a.lengths()[f] / stats.avgLength()[f]);
            for (int i = 0; i < out.length; i++) {
                int tf = a.freqs()[f][i];
                if (tf > 0) {
                    out[i] += BOOSTS[f] * stats.idf(f, a.terms()[i]) * tf * (K1 + 1) / (tf + norm);
                }
            }
        }
        return out;
    }

    /** Scales every score so the largest is 255 and rounds, keeping at least 1; documents ascending. */
    private static SortedMap<String, int[]> impacts(List<Analysed> docs, List<double[]> scores) {
        double max = scores.stream().flatMapToDouble(Arrays::stream).max().orElse(1);
        Map<String, IntList> byTerm = new HashMap<>();
        for (int doc = 0; doc < docs.size(); doc++) {
            String[] terms = docs.get(doc).terms();
            double[] s = scores.get(doc);
            for (int i = 0; i < terms.length; i++) {
                IntList p = byTerm.computeIfAbsent(terms[i], k -> new IntList());
                p.add(doc);
                p.add((int) Math.max(1, Math.round(255 * s[i] / max)));
            }
        }
        SortedMap<String, int[]> out = new TreeMap<>();
        byTerm.forEach((t, l) -> out.put(t, l.toArray()));
        return out;
    }

    /** Positions of the terms that occur in a heading or a body (title-only terms have none). */
    private static SortedMap<String, DerivedIndex.Positions> positions(List<Analysed> docs) {
        Map<String, List<int[]>> lists = new HashMap<>();
        Map<String, IntList> ids = new HashMap<>();
        for (int doc = 0; doc < docs.size(); doc++) {
            Analysed a = docs.get(doc);
            for (int i = 0; i < a.terms().length; i++) {
                if (a.positions()[i].length > 0) {
                    ids.computeIfAbsent(a.terms()[i], k -> new IntList()).add(doc);
                    lists.computeIfAbsent(a.terms()[i], k -> new ArrayList<>()).add(a.positions()[i]);
                }
            }
        }
        SortedMap<String, DerivedIndex.Positions> out = new TreeMap<>();
        ids.forEach((t, d) -> out.put(t, new DerivedIndex.Positions(d.toArray(), lists.get(t).toArray(int[][]::new))));
        return out;
    }

    private static SortedMap<String, String> surfaceMap(Set<String> surfaces) {
        SortedMap<String, String> out = new TreeMap<>();
        for (String s : new ArrayList<>(surfaces)) {
            out.put(s, SearchAnalyzer.termOf(s));
        }
        return out;
    }
}
