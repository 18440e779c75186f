package dev.sesref.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.PostingsEnum;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.util.BytesRef;

/**
 * Indexes the documents into an in-memory Lucene index, then derives BM25 impacts (computed at build
 * time with field boosts), phrase positions and the surface-form map from it.
 */
public final class IndexBuilder {
    static final double K1 = 1.2;
    static final double B = 0.5;
    /** Fields and their boosts: a heading match counts most, then the page title, then the body. */
    static final Map<String, Double> BOOSTS = Map.of("title", 2.0, "heading", 3.0, "body", 1.0);
    private static final String POSITIONS = "pos";
    private static final String ID = "id";

    private IndexBuilder() {
    }

    static DerivedIndex build(List<SearchDocument> docs) {
        Set<String> surfaces = ConcurrentHashMap.newKeySet();
        try (SearchAnalyzer analyzer = new SearchAnalyzer(surfaces);
             ByteBuffersDirectory dir = new ByteBuffersDirectory()) {
            write(dir, analyzer, docs);
            try (DirectoryReader reader = DirectoryReader.open(dir)) {
                LeafReader leaf = reader.leaves().get(0).reader();
                int[] ids = ids(leaf);
                Map<String, Map<Integer, Double>> scores = new HashMap<>();
                for (Map.Entry<String, Double> f : BOOSTS.entrySet().stream().sorted(Map.Entry.comparingByKey()).toList()) {
                    score(leaf, ids, f.getKey(), f.getValue(), docs.size(), scores);
                }
                return new DerivedIndex(docs, impacts(scores), positions(leaf, ids), surfaceMap(surfaces));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void write(ByteBuffersDirectory dir, SearchAnalyzer analyzer, List<SearchDocument> docs)
            throws IOException {
        IndexWriterConfig cfg = new IndexWriterConfig(analyzer).setUseCompoundFile(false);
        try (IndexWriter w = new IndexWriter(dir, cfg)) {
            // Documents go in from several threads; the "id" doc value, not insertion order, maps them back.
            docs.parallelStream().forEach(d -> add(w, d));
            w.forceMerge(1);
            w.commit();
        }
    }

    private static void add(IndexWriter w, SearchDocument d) {
        try {
                Document doc = new Document();
                doc.add(new NumericDocValuesField(ID, d.id()));
                doc.add(new TextField("title", d.title(), Field.Store.NO));
                doc.add(new TextField("heading", d.heading(), Field.Store.NO));
                doc.add(new TextField("body", d.body(), Field.Store.NO));
                doc.add(new TextField(POSITIONS, d.heading(), Field.Store.NO));
                doc.add(new TextField(POSITIONS, d.body(), Field.Store.NO));
                w.addDocument(doc);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Our document id of each Lucene document. */
    private static int[] ids(LeafReader leaf) throws IOException {
        int[] ids = new int[leaf.maxDoc()];
        NumericDocValues values = leaf.getNumericDocValues(ID);
        for (int d = values.nextDoc(); d != DocIdSetIterator.NO_MORE_DOCS; d = values.nextDoc()) {
            ids[d] = (int) values.longValue();
        }
        return ids;
    }

    /** Adds one field's BM25 contribution, with per-document field lengths counted from the postings. */
    private static void score(LeafReader leaf, int[] ids, String field, double boost, int n,
                              Map<String, Map<Integer, Double>> scores) throws IOException {
        Terms terms = leaf.terms(field);
        if (terms == null) {
            return;
        }
        long[] length = new long[n];
        TermsEnum te = terms.iterator();
        PostingsEnum pe = null;
        while (te.next() != null) {
            pe = te.postings(pe, PostingsEnum.FREQS);
            for (int d = pe.nextDoc(); d != DocIdSetIterator.NO_MORE_DOCS; d = pe.nextDoc()) {
                length[ids[d]] += pe.freq();
            }
        }
        double avg = Math.max(1e-9, java.util.Arrays.stream(length).sum() / (double) n);
        te = terms.iterator();
        for (BytesRef t = te.next(); t != null; t = te.next()) {
            int df = te.docFreq();
            double idf = Math.log(1 + (n - df + 0.5) / (df + 0.5));
            Map<Integer, Double> byDoc = scores.computeIfAbsent(t.utf8ToString(), k -> new HashMap<>());
            pe = te.postings(pe, PostingsEnum.FREQS);
            for (int d = pe.nextDoc(); d != DocIdSetIterator.NO_MORE_DOCS; d = pe.nextDoc()) {
                int id = ids[d];
                double tf = pe.freq();
                double s = boost * idf * tf * (K1 + 1) / (tf + K1 * (1 - B + B * length[id] / avg));
                byDoc.merge(id, s, Double::sum);
            }
        }
    }

    /** Scales every score so the largest is 255 and rounds, keeping at least 1. */
    private static SortedMap<String, int[]> impacts(Map<String, Map<Integer, Double>> scores) {
        double max = scores.values().stream().flatMap(m -> m.values().stream()).mapToDouble(Double::doubleValue)
                .max().orElse(1);
        SortedMap<String, int[]> out = new TreeMap<>();
        scores.forEach((term, byDoc) -> {
            int[] p = new int[byDoc.size() * 2];
            int i = 0;
            for (Map.Entry<Integer, Double> e : new TreeMap<>(byDoc).entrySet()) {
                p[i++] = e.getKey();
                p[i++] = (int) Math.max(1, Math.round(255 * e.getValue() / max));
            }
            out.put(term, p);
        });
        return out;
    }

    private static SortedMap<String, Map<Integer, int[]>> positions(LeafReader leaf, int[] ids) throws IOException {
        SortedMap<String, Map<Integer, int[]>> out = new TreeMap<>();
        Terms terms = leaf.terms(POSITIONS);
        if (terms == null) {
            return out;
        }
        TermsEnum te = terms.iterator();
        PostingsEnum pe = null;
        for (BytesRef t = te.next(); t != null; t = te.next()) {
            Map<Integer, int[]> byDoc = new TreeMap<>();
            pe = te.postings(pe, PostingsEnum.POSITIONS);
            for (int d = pe.nextDoc(); d != DocIdSetIterator.NO_MORE_DOCS; d = pe.nextDoc()) {
                int[] pos = new int[pe.freq()];
                for (int i = 0; i < pos.length; i++) {
                    pos[i] = pe.nextPosition();
                }
                byDoc.put(ids[d], pos);
            }
            out.put(t.utf8ToString(), byDoc);
        }
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
