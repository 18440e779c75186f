package dev.sesref.search;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/** Lazy, caching access to the exported index files, as the browser client reads them. */
final class StaticIndex {
    private final Function<String, JsonNode> loader;
    private final Map<String, JsonNode> cache = new HashMap<>();
    private final JsonNode manifest;
    private final List<String> shards = new ArrayList<>();
    private final Set<String> stop = new HashSet<>();
    private final Map<String, List<String>> synonyms = new HashMap<>();

    StaticIndex(Function<String, JsonNode> loader) {
        this.loader = loader;
        this.manifest = load("manifest");
        manifest.get("shards").forEach(n -> shards.add(n.asText()));
        manifest.get("stop").forEach(n -> stop.add(n.asText()));
        JsonNode syn = manifest.get("syn");
        if (syn != null) {
            syn.fields()
                    .forEachRemaining(
                            e -> {
                                List<String> means = new ArrayList<>();
                                e.getValue().forEach(m -> means.add(m.asText()));
                                synonyms.put(e.getKey(), means);
                            });
        }
    }

    /** What the lexicon says a query word means (the site's words or phrases), or none. */
    List<String> synonyms(String word) {
        return synonyms.getOrDefault(word, List.of());
    }

    /** How many documents the index holds. */
    int documents() {
        return manifest.get("docs").asInt();
    }

    Set<String> stopWords() {
        return stop;
    }

    JsonNode load(String name) {
        return cache.computeIfAbsent(name, loader);
    }

    /** Index of the shard whose key range holds {@code key}, or -1. */
    int shardOf(String key) {
        int found = -1;
        for (int i = 0; i < shards.size() && shards.get(i).compareTo(key) <= 0; i++) {
            found = i;
        }
        return found;
    }

    /** The term a surface form stands for, if the index has one. */
    String exactTerm(String surface) {
        int s = shardOf(surface);
        if (s < 0) {
            return null;
        }
        JsonNode shard = load("s-" + s);
        JsonNode mapped = shard.get("s").get(surface);
        if (mapped != null) {
            return mapped.asText();
        }
        return shard.get("t").has(surface) ? surface : null;
    }

    /** Decoded postings {@code [doc, impact, ...]} of a term (empty when absent). */
    int[] postings(String term) {
        int s = shardOf(term);
        JsonNode p = s < 0 ? null : load("s-" + s).get("t").get(term);
        if (p == null) {
            return new int[0];
        }
        int[] out = new int[p.size()];
        int doc = 0;
        for (int i = 0; i < p.size(); i += 2) {
            doc += p.get(i).asInt();
            out[i] = doc;
            out[i + 1] = p.get(i + 1).asInt();
        }
        return out;
    }

    /** Document → positions of a term. */
    Map<Integer, int[]> positions(String term) {
        int s = shardOf(term);
        JsonNode p = s < 0 ? null : load("p-" + s).get(term);
        Map<Integer, int[]> out = new HashMap<>();
        if (p != null) {
            int doc = 0;
            for (int i = 0; i < p.size(); i += 2) {
                doc += p.get(i).asInt();
                JsonNode pos = p.get(i + 1);
                int[] arr = new int[pos.size()];
                for (int j = 0, at = 0; j < arr.length; j++) {
                    at += pos.get(j).asInt();
                    arr[j] = at;
                }
                out.put(doc, arr);
            }
        }
        return out;
    }

    /**
     * Lexicon files, as rows {@code [surface, term, df]}, whose two-character key is accepted by
     * {@code key}.
     */
    List<JsonNode> lexicons(java.util.function.Predicate<String> key) {
        List<JsonNode> out = new ArrayList<>();
        for (JsonNode c : manifest.get("lex")) {
            if (key.test(c.asText())) {
                out.add(load("l-" + IndexExporter.fileKey(c.asText())));
            }
        }
        return out;
    }

    /** The fragment {@code [url, title, heading, excerpt]} of a document. */
    JsonNode fragment(int doc) {
        int size = manifest.get("fragSize").asInt();
        return load("f-" + (doc / size)).get(doc % size);
    }
}
