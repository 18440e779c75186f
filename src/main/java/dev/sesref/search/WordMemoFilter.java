package dev.sesref.search;

import java.io.IOException;
import java.util.function.Function;
import org.apache.lucene.analysis.CharArrayMap;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;

/**
 * Replaces each token by what the word filters make of it, running those filters once per distinct
 * token and remembering the result. Every filter after the tokenizer looks at one token alone, so a
 * token's terms depend on its text only; a page repeats most of its words, and passing each of them
 * through seven filters again cost more than tokenizing. Dropped tokens (stop words) add their
 * position increments to the next kept one, as Lucene's {@code FilteringTokenFilter} does.
 */
final class WordMemoFilter extends TokenFilter {
    /**
     * The terms one token becomes, each with its position increment after the first; none for a
     * stop word.
     */
    record Word(String[] terms, int[] increments) {
        static final Word DROPPED = new Word(new String[0], new int[0]);
    }

    /** Tokens remembered per (per-thread) chain before the memo starts over. */
    private static final int MAX_WORDS = 1 << 16;

    private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
    private final PositionIncrementAttribute posInc =
            addAttribute(PositionIncrementAttribute.class);
    private final CharArrayMap<Word> words = new CharArrayMap<>(4096, false);
    private final Function<String, Word> analyse;
    private Word current;
    private int next;
    private int skipped;

    /**
     * @param analyse the word filters, run on one token's text
     */
    WordMemoFilter(TokenStream in, Function<String, Word> analyse) {
        super(in);
        this.analyse = analyse;
    }

    @Override
    public boolean incrementToken() throws IOException {
        if (current != null && next < current.terms().length) {
            term.setEmpty().append(current.terms()[next]);
            posInc.setPositionIncrement(current.increments()[next]);
            next++;
            return true;
        }
        while (input.incrementToken()) {
            Word w = lookUp();
            if (w.terms().length == 0) {
                skipped += posInc.getPositionIncrement();
                continue;
            }
            posInc.setPositionIncrement(posInc.getPositionIncrement() + skipped);
            skipped = 0;
            current = w;
            next = 1;
            term.setEmpty().append(w.terms()[0]);
            return true;
        }
        return false;
    }

    /** The current term as a string shared by every occurrence this chain emitted. */
    String termText() {
        return current.terms()[next - 1];
    }

    private Word lookUp() {
        Word w = words.get(term.buffer(), 0, term.length());
        if (w == null) {
            String text = term.toString();
            w = analyse.apply(text);
            if (words.size() >= MAX_WORDS) {
                words.clear();
            }
            words.put(text, w);
        }
        return w;
    }

    @Override
    public void end() throws IOException {
        super.end();
        posInc.setPositionIncrement(posInc.getPositionIncrement() + skipped);
    }

    @Override
    public void reset() throws IOException {
        super.reset();
        current = null;
        next = 0;
        skipped = 0;
    }
}
