package dev.sesref.search;

import dev.sesref.cite.CitationIndex;
import dev.sesref.content.Content;
import dev.sesref.content.LexiconEntry;
import dev.sesref.diag.Diagnostic;
import dev.sesref.markdown.MarkdownRenderer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Builds the site's static search index: documents, Lucene analysis and scoring, exported files.
 */
public final class SearchIndex {
    /** Folder of the index below the site root. */
    public static final String DIR = "search/";

    /**
     * Version of the exported files ({@code docs/search-index.md}), written as {@code v} in the
     * manifest; the JavaScript client and {@code sesref search} refuse any other. 2: positions
     * gap-encoded.
     */
    public static final int FORMAT = 2;

    private SearchIndex() {}

    /**
     * The documents of the content, in index order.
     *
     * @param bodies each page's body sections, by URL
     */
    public static List<SearchDocument> extract(
            Content content, Map<String, List<BodySection>> bodies, MarkdownRenderer markdown) {
        return new DocumentExtractor(markdown).extract(content, bodies);
    }

    /**
     * How the index files are written: JSON for HTTP clients, scripts for pages opened from {@code
     * file://}.
     */
    public enum Format {
        JSON,
        SCRIPT
    }

    /**
     * The index files as output-relative path → text ({@code search/s-0.json}, or {@code
     * search/s-0.js} for {@link Format#SCRIPT}, ...), for the content documents plus one document
     * per cited authority (its citations index entry), so that a search for "5 CFR 317.903" offers
     * the law and every place citing it.
     */
    public static Map<String, String> build(
            List<SearchDocument> contentDocs,
            CitationIndex citations,
            List<LexiconEntry> lexicon,
            Format format,
            java.util.function.Consumer<Diagnostic> sink) {
        List<SearchDocument> docs = new ArrayList<>(contentDocs);
        for (CitationIndex.Group g : citations.groups()) {
            for (CitationIndex.Entry e : g.entries()) {
                String heading = e.heading().isEmpty() ? e.label() : e.label() + ": " + e.heading();
                String body =
                        g.title()
                                + ". Cited on: "
                                + String.join(
                                        "; ",
                                        e.uses().stream()
                                                .map(CitationIndex.Use::pageTitle)
                                                .distinct()
                                                .toList())
                                + ".";
                docs.add(
                        new SearchDocument(
                                docs.size(),
                                "citations/#" + e.anchor(),
                                "Citations index",
                                heading,
                                "",
                                body));
            }
        }
        Map<String, String> files = new LinkedHashMap<>();
        DerivedIndex index = IndexBuilder.build(docs, expansions(lexicon), readerWords(lexicon));
        checkLexicon(index, lexicon, sink);
        IndexExporter.export(index, synonyms(lexicon))
                .forEach(
                        (name, json) -> {
                            if (format == Format.JSON) {
                                files.put(DIR + name + ".json", json);
                            } else {
                                files.put(DIR + name + ".js", IndexExporter.script(name, json));
                            }
                        });
        return files;
    }

    /**
     * Each meaning of several words with the terms of the single words that mean it: the index
     * holds those words wherever a section has the phrase ({@link IndexBuilder.Expansion}).
     */
    static List<IndexBuilder.Expansion> expansions(List<LexiconEntry> lexicon) {
        List<IndexBuilder.Expansion> out = new ArrayList<>();
        for (LexiconEntry e : lexicon) {
            List<String> words =
                    readerWords(List.of(e)).stream()
                            .map(SearchAnalyzer::termOf)
                            .distinct()
                            .sorted()
                            .toList();
            for (String mean : e.means()) {
                List<String> phrase =
                        QueryText.tokens(mean, SearchAnalyzer.STOP_WORDS).stream()
                                .map(SearchAnalyzer::termOf)
                                .toList();
                if (phrase.size() > 1 && !words.isEmpty()) {
                    out.add(new IndexBuilder.Expansion(phrase, words));
                }
            }
        }
        return out;
    }

    /** The lexicon's single words as query tokens (phrases like "let go" stay query-time only). */
    static java.util.Set<String> readerWords(List<LexiconEntry> lexicon) {
        java.util.Set<String> out = new java.util.TreeSet<>();
        for (LexiconEntry e : lexicon) {
            for (String w : e.words()) {
                if (!w.contains(" ")) {
                    out.addAll(QueryText.tokens(w, SearchAnalyzer.STOP_WORDS));
                }
            }
        }
        return out;
    }

    /**
     * The lexicon as the query engines read it: each reader's word or phrase, as query tokens
     * joined by a space, to the site's words or phrases it means, lower-cased.
     */
    static Map<String, List<String>> synonyms(List<LexiconEntry> lexicon) {
        Map<String, List<String>> out = new java.util.TreeMap<>();
        for (LexiconEntry e : lexicon) {
            List<String> means =
                    e.means().stream().map(m -> m.toLowerCase(java.util.Locale.ROOT)).toList();
            for (String w : e.words()) {
                List<String> tokens = QueryText.tokens(w, SearchAnalyzer.STOP_WORDS);
                if (w.contains(" ")) {
                    out.put(String.join(" ", tokens), means);
                } else {
                    tokens.forEach(t -> out.put(t, means));
                }
            }
        }
        return out;
    }

    /**
     * An error at each lexicon phrase with a stop word (queries never hold one, so it would never
     * match); a warning at each entry that names a meaning no section contains: searching for its
     * words finds nothing through it (a typo in the lexicon, or a page that no longer says it).
     */
    private static void checkLexicon(
            DerivedIndex index,
            List<LexiconEntry> lexicon,
            java.util.function.Consumer<Diagnostic> sink) {
        for (LexiconEntry e : lexicon) {
            for (String w : e.words()) {
                if (w.contains(" ")
                        && QueryText.tokens(w, SearchAnalyzer.STOP_WORDS).size()
                                < w.split(" ").length) {
                    sink.accept(
                            Diagnostic.error(
                                    e.file(),
                                    e.line(),
                                    e.column(),
                                    "'"
                                            + w
                                            + "' has a word search ignores (the stop words are"
                                            + " listed in docs/search-index.md); write the phrase"
                                            + " without it"));
                }
            }
            for (String mean : e.means()) {
                List<String> tokens = QueryText.tokens(mean, SearchAnalyzer.STOP_WORDS);
                boolean found =
                        !tokens.isEmpty()
                                && tokens.stream()
                                        .allMatch(
                                                t ->
                                                        index.surfaces().containsKey(t)
                                                                || index.postings().containsKey(t));
                if (!found) {
                    sink.accept(
                            Diagnostic.warning(
                                    e.file(),
                                    e.line(),
                                    e.column(),
                                    "'"
                                            + mean
                                            + "' (what '"
                                            + e.words().get(0)
                                            + "' means) is on no page, so searching for those words"
                                            + " finds nothing through it; correct the spelling or"
                                            + " remove it"));
                }
            }
        }
    }
}
