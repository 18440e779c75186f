package dev.sesref.search;

import com.fasterxml.jackson.core.JsonProcessingException;
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
import java.util.zip.Deflater;

/**
 * Writes the static index of docs/search-index.md: manifest, term shards split by sorted key range
 * and size, positions shards, fragment files and lexicon files, each as JSON and as a script.
 */
final class IndexExporter {
    /** Compressed bytes after which a term shard is closed: what one lookup costs a reader on the wire. */
    static final int SHARD_COMPRESSED_BYTES = 6_000;
    private static final int FLUSH_EVERY = 24;
    /** Documents per fragment file. */
    static final int FRAGMENT_SIZE = 8;
    private static final ObjectMapper JSON = new ObjectMapper()
            .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS);

    private IndexExporter() {
    }

    /** Every file as name (without extension) → JSON text. */
    static Map<String, String> export(DerivedIndex index) {
        Map<String, String> files = new TreeMap<>();
        List<String> keys = keys(index);
        List<String> firstKeys = new ArrayList<>();
        int from = 0;
        while (from < keys.size()) {
            int to = shardEnd(index, keys, from);
            int shard = firstKeys.size();
            firstKeys.add(keys.get(from));
            List<String> range = keys.subList(from, to);
            files.put("s-" + shard, json(termShard(index, range)));
            files.put("p-" + shard, json(positionShard(index, range)));
            from = to;
        }
        fragments(index, files);
        List<String> lexicon = lexicon(index, files);
        Map<String, Object> manifest = new LinkedHashMap<>();
        manifest.put("v", 1);
        manifest.put("docs", index.docs().size());
        manifest.put("stop", new TreeSet<>(SearchAnalyzer.STOP.stream().map(o -> new String((char[]) o)).toList()));
        manifest.put("shards", firstKeys);
        manifest.put("fragSize", FRAGMENT_SIZE);
        manifest.put("lex", lexicon);
        files.put("manifest", json(manifest));
        return files;
    }

    /** The script form of a file, for pages opened from {@code file://}. */
    static String script(String name, String json) {
        return "window.__sesrefSearch=window.__sesrefSearch||{};window.__sesrefSearch[\"" + name + "\"]=" + json + ";\n";
    }

    /** Terms, and surface forms that differ from their term, sorted as Java and JavaScript sort strings. */
    private static List<String> keys(DerivedIndex index) {
        TreeSet<String> keys = new TreeSet<>(index.postings().keySet());
        index.surfaces().forEach((s, t) -> {
            if (!s.equals(t)) {
                keys.add(s);
            }
        });
        return new ArrayList<>(keys);
    }

    /**
     * Where the shard starting at {@code from} ends: keys are fed to a deflater as the shard's JSON
     * would hold them, and the shard closes once their compressed size reaches the target.
     */
    private static int shardEnd(DerivedIndex index, List<String> keys, int from) {
        Deflater deflater = new Deflater(Deflater.BEST_COMPRESSION, true);
        byte[] buffer = new byte[1 << 16];
        long compressed = 0;
        int i = from;
        try {
            while (i < keys.size() && (i == from || compressed < SHARD_COMPRESSED_BYTES)) {
                deflater.setInput(entry(index, keys.get(i)).getBytes(StandardCharsets.UTF_8));
                // Flushing costs a few bytes each time, so flush only every few keys.
                int mode = (i - from) % FLUSH_EVERY == FLUSH_EVERY - 1 ? Deflater.SYNC_FLUSH : Deflater.NO_FLUSH;
                do {
                    compressed += deflater.deflate(buffer, 0, buffer.length, mode);
                } while (!deflater.needsInput());
                i++;
            }
        } finally {
            deflater.end();
        }
        return i;
    }

    /** The JSON text a key adds to its shard (postings and surface mapping), for size estimates. */
    private static String entry(DerivedIndex index, String key) {
        StringBuilder sb = new StringBuilder().append('"').append(key).append("\":[");
        int[] p = index.postings().get(key);
        if (p != null) {
            int prev = 0;
            for (int j = 0; j < p.length; j += 2) {
                sb.append(p[j] - prev).append(',').append(p[j + 1]).append(',');
                prev = p[j];
            }
        }
        String t = index.surfaces().get(key);
        return sb.append("],").append(t == null || t.equals(key) ? "" : "\"" + key + "\":\"" + t + "\",").toString();
    }

    private static Map<String, Object> termShard(DerivedIndex index, List<String> range) {
        SortedMap<String, List<Integer>> terms = new TreeMap<>();
        SortedMap<String, String> surfaces = new TreeMap<>();
        for (String k : range) {
            int[] p = index.postings().get(k);
            if (p != null) {
                List<Integer> enc = new ArrayList<>(p.length);
                int prev = 0;
                for (int i = 0; i < p.length; i += 2) {
                    enc.add(p[i] - prev);
                    enc.add(p[i + 1]);
                    prev = p[i];
                }
                terms.put(k, enc);
            }
            String t = index.surfaces().get(k);
            if (t != null && !t.equals(k)) {
                surfaces.put(k, t);
            }
        }
        Map<String, Object> shard = new LinkedHashMap<>();
        shard.put("t", terms);
        shard.put("s", surfaces);
        return shard;
    }

    private static Map<String, Object> positionShard(DerivedIndex index, List<String> range) {
        SortedMap<String, List<Object>> out = new TreeMap<>();
        for (String k : range) {
            Map<Integer, int[]> byDoc = index.positions().get(k);
            if (byDoc != null) {
                List<Object> enc = new ArrayList<>();
                byDoc.forEach((doc, pos) -> {
                    enc.add(doc);
                    enc.add(pos);
                });
                out.put(k, enc);
            }
        }
        return new LinkedHashMap<>(out);
    }

    private static void fragments(DerivedIndex index, Map<String, String> files) {
        List<SearchDocument> docs = index.docs();
        for (int from = 0, j = 0; from < docs.size(); from += FRAGMENT_SIZE, j++) {
            List<List<String>> frag = new ArrayList<>();
            for (SearchDocument d : docs.subList(from, Math.min(docs.size(), from + FRAGMENT_SIZE))) {
                frag.add(List.of(d.url(), d.title(), d.heading(), d.excerpt()));
            }
            files.put("f-" + j, json(frag));
        }
    }

    /**
     * Lexicon files by a surface form's first two characters (a prefix lookup loads one small file);
     * returns the keys that have one. One-letter forms are left out: no prefix or typo can reach them.
     */
    private static List<String> lexicon(DerivedIndex index, Map<String, String> files) {
        SortedMap<String, List<List<Object>>> byFirst = new TreeMap<>();
        index.surfaces().forEach((surface, term) -> {
            if (surface.length() > 1 && surface.chars().noneMatch(Character::isDigit) && index.postings().containsKey(term)) {
                byFirst.computeIfAbsent(surface.substring(0, 2), k -> new ArrayList<>())
                        .add(List.of(surface, term, index.df(term)));
            }
        });
        byFirst.forEach((c, rows) -> files.put("l-" + c, json(rows)));
        return new ArrayList<>(byFirst.keySet());
    }

    static String json(Object value) {
        try {
            return JSON.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
