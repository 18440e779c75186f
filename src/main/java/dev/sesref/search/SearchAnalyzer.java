package dev.sesref.search;

import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
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
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;

/**
 * The index-time analysis of docs/search-index.md: citation-aware char filters, standard tokens,
 * possessives, lower case, stop words, citation parts, and Porter stems for tokens without digits.
 * Every surface form it meets is passed to a recorder, so the browser can map words to terms
 * without a stemmer of its own.
 */
final class SearchAnalyzer extends Analyzer {
    /**
     * The stop words, exported in the manifest for the client: Lucene's English set plus the filler
     * words of questions ("how do I ...", "can an agency ..."), which would otherwise make an
     * all-words query miss the answer.
     */
    static final CharArraySet STOP = stopWords();

    /** {@link #STOP} as strings, sorted: what the manifest exports and the lexicon check reads. */
    static final java.util.SortedSet<String> STOP_WORDS =
            java.util.Collections.unmodifiableSortedSet(
                    new java.util.TreeSet<>(
                            STOP.stream().map(o -> new String((char[]) o)).toList()));

    private static CharArraySet stopWords() {
        CharArraySet set = new CharArraySet(EnglishAnalyzer.ENGLISH_STOP_WORDS_SET, false);
        set.addAll(
                java.util.List.of(
                        "do", "does", "did", "i", "me", "my", "we", "our", "you", "your", "how",
                        "what", "when", "where", "which", "who", "why", "can", "could", "should",
                        "would", "am", "has", "have", "had", "been", "were", "get", "about",
                        "there", "any", "much", "still", "really", "ever"));
        return CharArraySet.unmodifiableSet(set);
    }

    /** The field name under which {@link #analyse} passes text it has normalised already. */
    private static final String NORMALISED = "normalised";

    /** Gap between the heading and body values of the positions field. */
    static final int POSITION_GAP = 10;

    /**
     * The word filters, run once per distinct token of each thread's chain ({@link
     * WordMemoFilter}).
     */
    private final WordChain words;

    /**
     * @param surfaces receives every surface form (a concurrent set when analysing in parallel)
     */
    SearchAnalyzer(Set<String> surfaces) {
        this.words = new WordChain(surfaces);
    }

    /**
     * Applies the citation-aware normalisation to the whole value at once. (A chain of Lucene's
     * PatternReplaceCharFilter did the same but kept offset corrections for every replacement,
     * which made long pages slow; the index keeps no offsets, so none are needed.)
     */
    @Override
    protected Reader initReader(String fieldName, Reader reader) {
        if (fieldName.equals(NORMALISED)) {
            return reader;
        }
        try {
            StringBuilder sb = new StringBuilder();
            char[] buf = new char[8192];
            for (int n = reader.read(buf); n >= 0; n = reader.read(buf)) {
                sb.append(buf, 0, n);
            }
            return new StringReader(QueryText.normalize(sb.toString()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    protected TokenStreamComponents createComponents(String fieldName) {
        Tokenizer source = new StandardTokenizer();
        return new TokenStreamComponents(source, new WordMemoFilter(source, this::word));
    }

    /** What the word filters make of one token: its terms and their position increments. */
    private WordMemoFilter.Word word(String token) {
        List<String> terms = new ArrayList<>(1);
        IntList increments = new IntList();
        try (TokenStream ts = words.tokenStream("word", token)) {
            CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
            PositionIncrementAttribute inc = ts.addAttribute(PositionIncrementAttribute.class);
            ts.reset();
            while (ts.incrementToken()) {
                terms.add(term.toString());
                increments.add(inc.getPositionIncrement());
            }
            ts.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return terms.isEmpty()
                ? WordMemoFilter.Word.DROPPED
                : new WordMemoFilter.Word(terms.toArray(String[]::new), increments.toArray());
    }

    /**
     * Feeds each term of a text and its position to the sink, in order; returns the position after
     * the last. Every occurrence of a term this thread met gets the same string.
     */
    int analyse(String text, TermSink sink) {
        if (text.isEmpty()) {
            return 0;
        }
        // Normalising the string here spares initReader copying it out of Lucene's reader and back.
        try (TokenStream ts = tokenStream(NORMALISED, QueryText.normalize(text))) {
            WordMemoFilter terms = (WordMemoFilter) ts;
            PositionIncrementAttribute inc = ts.addAttribute(PositionIncrementAttribute.class);
            ts.reset();
            int position = -1;
            while (ts.incrementToken()) {
                position += inc.getPositionIncrement();
                sink.accept(terms.termText(), position);
            }
            ts.end();
            return position + 1;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Receives the terms of {@link #analyse}. */
    interface TermSink {
        void accept(String term, int position);
    }

    @Override
    public void close() {
        words.close();
        super.close();
    }

    @Override
    public int getPositionIncrementGap(String fieldName) {
        return POSITION_GAP;
    }

    /** Stems one word; Lucene reuses its components per thread. */
    private static final Analyzer STEMMER =
            new Analyzer() {
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
     * The filters each token goes through, in order: possessives, lower case, stop words, surface
     * forms, citation parts, digits kept as keywords, Porter stems.
     */
    private static final class WordChain extends Analyzer {
        private final Set<String> surfaces;

        WordChain(Set<String> surfaces) {
            this.surfaces = surfaces;
        }

        @Override
        protected TokenStreamComponents createComponents(String fieldName) {
            Tokenizer source = new KeywordTokenizer();
            TokenStream s = new EnglishPossessiveFilter(source);
            s = new LowerCaseFilter(s);
            s = new StopFilter(s, STOP);
            s = new SurfaceRecorder(s, surfaces);
            s = new CitationPartsFilter(s);
            s = new DigitKeywordFilter(s);
            s = new PorterStemFilter(s);
            return new TokenStreamComponents(source, s);
        }
    }

    /** Records each token as it is before parts and stems. */
    private static final class SurfaceRecorder extends TokenFilter {
        private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
        private final Set<String> sink;

        SurfaceRecorder(TokenStream in, Set<String> sink) {
            super(in);
            this.sink = sink;
        }

        @Override
        public boolean incrementToken() throws IOException {
            if (!input.incrementToken()) {
                return false;
            }
            sink.add(term.toString());
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
