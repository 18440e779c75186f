package dev.sesref.search;

import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArrayMap;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.StopFilter;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.core.KeywordTokenizer;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.en.EnglishPossessiveFilter;
import org.apache.lucene.analysis.en.PorterStemFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.KeywordAttribute;

/**
 * The index-time analysis of docs/search-index.md: citation-aware char filters, standard tokens,
 * possessives, lower case, stop words, citation parts, and Porter stems for tokens without digits.
 * Every surface form it meets is passed to a recorder, so the browser can map words to terms without
 * a stemmer of its own.
 */
final class SearchAnalyzer extends Analyzer {
    /**
     * The stop words, exported in the manifest for the client: Lucene's English set plus the filler
     * words of questions ("how do I ...", "can an agency ..."), which would otherwise make an all-words
     * query miss the answer.
     */
    static final CharArraySet STOP = stopWords();

    private static CharArraySet stopWords() {
        CharArraySet set = new CharArraySet(EnglishAnalyzer.ENGLISH_STOP_WORDS_SET, false);
        set.addAll(java.util.List.of("do", "does", "did", "i", "me", "my", "we", "our", "you", "your", "how",
                "what", "when", "where", "which", "who", "why", "can", "could", "should", "would", "am", "has",
                "have", "had", "been", "were", "get", "about", "there", "any"));
        return CharArraySet.unmodifiableSet(set);
    }
    /** Gap between the heading and body values of the positions field. */
    static final int POSITION_GAP = 10;

    private final Set<String> surfaces;

    /** @param surfaces receives every surface form (a concurrent set when analysing in parallel) */
    SearchAnalyzer(Set<String> surfaces) {
        this.surfaces = surfaces;
    }

    /**
     * Applies the citation-aware normalisation to the whole value at once. (A chain of Lucene's
     * PatternReplaceCharFilter did the same but kept offset corrections for every replacement, which
     * made long pages slow; the index keeps no offsets, so none are needed.)
     */
    @Override
    protected Reader initReader(String fieldName, Reader reader) {
        try {
            StringBuilder sb = new StringBuilder();
            char[] buf = new char[8192];
            for (int n = reader.read(buf); n >= 0; n = reader.read(buf)) {
                sb.append(buf, 0, n);
            }
            return new StringReader(QueryText.normalize(sb.toString()));
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @Override
    protected TokenStreamComponents createComponents(String fieldName) {
        Tokenizer source = new StandardTokenizer();
        TokenStream s = new EnglishPossessiveFilter(source);
        s = new LowerCaseFilter(s);
        s = new StopFilter(s, STOP);
        s = new SurfaceRecorder(s, surfaces);
        s = new CitationPartsFilter(s);
        s = new DigitKeywordFilter(s);
        s = new MemoStemFilter(s);
        return new TokenStreamComponents(source, s);
    }

    @Override
    public int getPositionIncrementGap(String fieldName) {
        return POSITION_GAP;
    }

    /** Stems one word; Lucene reuses its components per thread. */
    private static final Analyzer STEMMER = new Analyzer() {
        @Override
        protected TokenStreamComponents createComponents(String f) {
            Tokenizer t = new KeywordTokenizer();
            return new TokenStreamComponents(t, new PorterStemFilter(t));
        }
    };

    /** The term a surface form becomes: Porter stem, unless it contains a digit. */
    static String termOf(String surface) {
        if (surface.chars().anyMatch(Character::isDigit)) {
            return surface;
        }
        return stemOf(surface);
    }

    /** The Porter stem of one word. */
    private static String stemOf(String word) {
        try (TokenStream ts = STEMMER.tokenStream("x", word)) {
            CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
            ts.reset();
            String out = ts.incrementToken() ? term.toString() : word;
            ts.end();
            return out;
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * Porter-stems tokens not marked as keywords, remembering each word's stem: a page repeats most of
     * its words, and stemming them again cost more than the rest of the chain together.
     */
    private static final class MemoStemFilter extends TokenFilter {
        /** Words remembered per (per-thread) chain before the memo starts over. */
        private static final int MAX_WORDS = 1 << 16;
        private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
        private final KeywordAttribute keyword = addAttribute(KeywordAttribute.class);
        private final CharArrayMap<char[]> stems = new CharArrayMap<>(4096, false);

        MemoStemFilter(TokenStream in) {
            super(in);
        }

        @Override
        public boolean incrementToken() throws IOException {
            if (!input.incrementToken()) {
                return false;
            }
            if (!keyword.isKeyword()) {
                char[] stem = stems.get(term.buffer(), 0, term.length());
                if (stem == null) {
                    String word = term.toString();
                    stem = stemOf(word).toCharArray();
                    if (stems.size() >= MAX_WORDS) {
                        stems.clear();
                    }
                    stems.put(word, stem);
                }
                term.copyBuffer(stem, 0, stem.length);
            }
            return true;
        }
    }

    /** Records each token as it is before parts and stems. */
    private static final class SurfaceRecorder extends TokenFilter {
        private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
        private final Set<String> sink;
        /** Forms this (per-thread) chain has passed on already: most tokens repeat one. */
        private final CharArraySet seen = new CharArraySet(1024, false);

        SurfaceRecorder(TokenStream in, Set<String> sink) {
            super(in);
            this.sink = sink;
        }

        @Override
        public boolean incrementToken() throws IOException {
            if (!input.incrementToken()) {
                return false;
            }
            if (!seen.contains(term.buffer(), 0, term.length())) {
                String s = term.toString();
                seen.add(s);
                sink.add(s);
            }
            return true;
        }
    }

    /** Keeps tokens with digits (section numbers, GS-15) out of the stemmer. */
    private static final class DigitKeywordFilter extends TokenFilter {
        private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
        private final KeywordAttribute keyword = addAttribute(KeywordAttribute.class);

        DigitKeywordFilter(TokenStream in) {
            super(in);
        }

        @Override
        public boolean incrementToken() throws IOException {
            if (!input.incrementToken()) {
                return false;
            }
            for (int i = 0; i < term.length(); i++) {
                if (Character.isDigit(term.charAt(i))) {
                    keyword.setKeyword(true);
                    break;
                }
            }
            return true;
        }
    }
}
