package dev.sesref.search;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.io.JsonStringEncoder;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentSkipListMap;
import java.util.stream.IntStream;
import java.util.zip.Deflater;

/**
 * Writes the static index of docs/search-index.md: manifest, term shards split by sorted key range
 * and size, positions shards, fragment files and lexicon files, each as JSON and as a script.
 */
final class IndexExporter {
    /**
     * Compressed bytes after which a term shard is closed: what one lookup costs a reader on the
     * wire.
     */
    static final int SHARD_COMPRESSED_BYTES = 6_000;

    private static final int FLUSH_EVERY = 24;

    /** Documents per fragment file. */
    static final int FRAGMENT_SIZE = 8;

    private static final ObjectMapper JSON =
            new ObjectMapper().enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS);

    private IndexExporter() {}

    /** Every file as name (without extension) → JSON text. */
    static Map<String, String> export(DerivedIndex index, Map<String, List<String>> synonyms) {
        List<String> keys = keys(index);
        List<Entry> entries = keys.parallelStream().map(k -> entry(index, k)).toList();
        Map<String, String> files = new ConcurrentSkipListMap<>();
        // Cutting the shards is one deflater's serial work; the fragments and the lexicon do not
        // depend on the cuts, so they are written on the other core meanwhile.
        CompletableFuture<List<String>> lexicon =
                CompletableFuture.supplyAsync(
                        () -> {
                            fragments(index, files);
                            return lexicon(index, files);
                        });
        List<Integer> cuts = cuts(entries);
        IntStream.range(0, cuts.size() - 1)
                .parallel()
                .forEach(
                        shard -> {
                            int from = cuts.get(shard);
                            int to = cuts.get(shard + 1);
                            files.put("s-" + shard, termShard(entries.subList(from, to)));
                            files.put("p-" + shard, positionShard(index, keys.subList(from, to)));
                        });
        Map<String, Object> manifest = new LinkedHashMap<>();
        manifest.put("v", SearchIndex.FORMAT);
        manifest.put("docs", index.docs().size());
        manifest.put("stop", SearchAnalyzer.STOP_WORDS);
        manifest.put("shards", cuts.subList(0, cuts.size() - 1).stream().map(keys::get).toList());
        manifest.put("fragSize", FRAGMENT_SIZE);
        manifest.put("lex", lexicon.join());
        manifest.put("syn", synonyms);
        files.put("manifest", json(manifest));
        return new TreeMap<>(files);
    }

    /** The script form of a file, for pages opened from {@code file://}. */
    static String script(String name, String json) {
        return "window.__sesrefSearch=window.__sesrefSearch||{};window.__sesrefSearch[\""
                + name
                + "\"]="
                + json
                + ";\n";
    }

    /**
     * Terms, and surface forms that differ from their term, sorted as Java and JavaScript sort
     * strings.
     */
    private static List<String> keys(DerivedIndex index) {
        TreeSet<String> keys = new TreeSet<>(index.postings().keySet());
        index.surfaces()
                .forEach(
                        (s, t) -> {
                            if (!s.equals(t)) {
                                keys.add(s);
                            }
                        });
        return new ArrayList<>(keys);
    }

    /**
     * Where the shards start, plus the end: keys are fed to a deflater as their shard's JSON holds
     * them, and a shard closes once their compressed size reaches the target. The fastest level
     * gives the same cuts within a few percent as the best one, at a thirtieth of the time.
     */
    private static List<Integer> cuts(List<Entry> entries) {
        List<Integer> cuts = new ArrayList<>();
        Deflater deflater = new Deflater(Deflater.BEST_SPEED, true);
        byte[] buffer = new byte[1 << 16];
        try {
            int from = 0;
            while (from < entries.size()) {
                cuts.add(from);
                deflater.reset();
                long compressed = 0;
                int i = from;
                while (i < entries.size() && (i == from || compressed < SHARD_COMPRESSED_BYTES)) {
                    deflater.setInput(entries.get(i).measured().getBytes(StandardCharsets.UTF_8));
                    // Flushing costs a few bytes each time, so flush only every few keys.
                    int mode =
                            (i - from) % FLUSH_EVERY == FLUSH_EVERY - 1
                                    ? Deflater.SYNC_FLUSH
                                    : Deflater.NO_FLUSH;
                    do {
                        compressed += deflater.deflate(buffer, 0, buffer.length, mode);
                    } while (!deflater.needsInput());
                    i++;
                }
                from = i;
            }
        } finally {
            deflater.end();
        }
        cuts.add(entries.size());
        return cuts;
    }

    /**
     * The JSON a key adds to its shard: {@code "term":[...],} in "t" and {@code "surface":"term",}
     * in "s" (either may be empty).
     */
    private record Entry(String postings, String surface) {
        /** The text whose compressed size decides the cuts. */
        String measured() {
            return postings + "\n" + surface;
        }
    }

    private static Entry entry(DerivedIndex index, String key) {
        StringBuilder postings = new StringBuilder();
        int[] p = index.postings().get(key);
        if (p != null) {
            quote(postings, key).append(":[");
            int prev = 0;
            for (int j = 0; j < p.length; j += 2) {
                postings.append(j == 0 ? "" : ",").append(p[j] - prev).append(',').append(p[j + 1]);
                prev = p[j];
            }
            postings.append("],");
        }
        StringBuilder surface = new StringBuilder();
        String t = index.surfaces().get(key);
        if (t != null && !t.equals(key)) {
            quote(surface, key).append(':');
            quote(surface, t).append(',');
        }
        return new Entry(postings.toString(), surface.toString());
    }

    /** {@code {"t":{term: postings, ...},"s":{surface: term, ...}}} from the keys' entries. */
    private static String termShard(List<Entry> entries) {
        StringBuilder terms = new StringBuilder("{\"t\":{");
        StringBuilder surfaces = new StringBuilder("\"s\":{");
        for (Entry e : entries) {
            terms.append(e.postings());
            surfaces.append(e.surface());
        }
        trimComma(terms).append("},");
        trimComma(surfaces).append("}}");
        return terms.append(surfaces).toString();
    }

    private static String positionShard(DerivedIndex index, List<String> range) {
        StringBuilder sb = new StringBuilder("{");
        for (String k : range) {
            DerivedIndex.Positions byDoc = index.positions().get(k);
            if (byDoc != null) {
                quote(sb, k).append(":[");
                // Document ids and each document's positions as gaps from the previous one
                // (ascending).
                int[] docs = byDoc.docs();
                for (int i = 0; i < docs.length; i++) {
                    if (i > 0) {
                        sb.append(',');
                    }
                    sb.append(i == 0 ? docs[i] : docs[i] - docs[i - 1]).append(',').append('[');
                    int[] pos = byDoc.positions()[i];
                    int prev = 0;
                    for (int j = 0; j < pos.length; j++) {
                        if (j > 0) {
                            sb.append(',');
                        }
                        sb.append(pos[j] - prev);
                        prev = pos[j];
                    }
                    sb.append(']');
                }
                sb.append("],");
            }
        }
        return trimComma(sb).append('}').toString();
    }

    private static StringBuilder quote(StringBuilder sb, String s) {
        return sb.append('"').append(JsonStringEncoder.getInstance().quoteAsString(s)).append('"');
    }

    private static StringBuilder trimComma(StringBuilder sb) {
        if (sb.charAt(sb.length() - 1) == ',') {
            sb.setLength(sb.length() - 1);
        }
        return sb;
    }

    private static void fragments(DerivedIndex index, Map<String, String> files) {
        List<SearchDocument> docs = index.docs();
        IntStream.range(0, (docs.size() + FRAGMENT_SIZE - 1) / FRAGMENT_SIZE)
                .parallel()
                .forEach(
                        j -> {
                            int from = j * FRAGMENT_SIZE;
                            List<List<String>> frag = new ArrayList<>();
                            for (SearchDocument d :
                                    docs.subList(
                                            from, Math.min(docs.size(), from + FRAGMENT_SIZE))) {
                                frag.add(List.of(d.url(), d.title(), d.heading(), d.excerpt()));
                            }
                            files.put("f-" + j, json(frag));
                        });
    }

    /**
     * Lexicon files by a surface form's first two characters (a prefix lookup loads one small
     * file); returns the keys that have one. One-letter forms are left out: no prefix or typo can
     * reach them.
     */
    private static List<String> lexicon(DerivedIndex index, Map<String, String> files) {
        SortedMap<String, List<List<Object>>> byFirst = new TreeMap<>();
        index.surfaces()
                .forEach(
                        (surface, term) -> {
                            if (surface.length() > 1
                                    && surface.chars().noneMatch(Character::isDigit)
                                    && index.postings().containsKey(term)) {
                                byFirst.computeIfAbsent(
                                                surface.substring(0, 2), k -> new ArrayList<>())
                                        .add(List.of(surface, term, index.df(term)));
                            }
                        });
        byFirst.forEach((c, rows) -> files.put("l-" + fileKey(c), json(rows)));
        return new ArrayList<>(byFirst.keySet());
    }

    /**
     * A lexicon key as it appears in a file name: letters a-z and digits as they are, any other
     * character as '_' and four hex digits, so names stay ASCII whatever the platform's file-name
     * encoding ("ré" is {@code r_00e9}); search.js computes the same name.
     */
    static String fileKey(String key) {
        StringBuilder sb = new StringBuilder();
        key.chars()
                .forEach(
                        c -> {
                            if (c >= 'a' && c <= 'z' || c >= '0' && c <= '9') {
                                sb.append((char) c);
                            } else {
                                sb.append('_')
                                        .append(String.format(java.util.Locale.ROOT, "%04x", c));
                            }
                        });
        return sb.toString();
    }

    static String json(Object value) {
        try {
            return JSON.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
