package dev.sesref.search;

import java.io.IOException;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;

/**
 * Follows a citation token such as {@code 95_454} or {@code 317.903} by its parts at the same
 * position ({@code 95}, {@code 454}), so that "3131" finds "3131–3136" and "317" finds "317.903".
 */
final class CitationPartsFilter extends TokenFilter {
    private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
    private final PositionIncrementAttribute posInc =
            addAttribute(PositionIncrementAttribute.class);
    private final Deque<String> pending = new ArrayDeque<>();
    private State state;

    CitationPartsFilter(TokenStream in) {
        super(in);
    }

    @Override
    public boolean incrementToken() throws IOException {
        if (!pending.isEmpty()) {
            restoreState(state);
            term.setEmpty().append(pending.poll());
            posInc.setPositionIncrement(0);
            return true;
        }
        if (!input.incrementToken()) {
            return false;
        }
        if (!hasDigitOrUnderscore()) {
            return true;
        }
        String t = term.toString();
        if (isCitation(t)) {
            parts(t, pending);
            state = captureState();
        }
        return true;
    }

    /**
     * Every citation token has a digit or an underscore; checking first spares most words a string
     * and a regex.
     */
    private boolean hasDigitOrUnderscore() {
        char[] b = term.buffer();
        for (int i = 0; i < term.length(); i++) {
            if ((b[i] >= '0' && b[i] <= '9') || b[i] == '_') {
                return true;
            }
        }
        return false;
    }

    /**
     * The parts of a citation token: {@code 5usc3132} gives 5, usc, 3132; {@code pl95_454} gives
     * pl, 95_454, 95, 454; {@code 317.903} gives 317, 903.
     */
    static void parts(String t, Deque<String> out) {
        Matcher m = JOINED.matcher(t);
        if (m.matches()) {
            for (int g = 1; g <= m.groupCount(); g++) {
                if (m.group(g) != null && !m.group(g).isEmpty()) {
                    out.add(m.group(g));
                    if (isCitation(m.group(g))) {
                        parts(m.group(g), out);
                    }
                }
            }
            return;
        }
        for (String part : t.split("[_.]")) {
            if (!part.isEmpty()) {
                out.add(part);
            }
        }
    }

    /** {@code 5usc3132}, {@code 5cfr317.903}, {@code 92stat1111}, {@code pl95_454}. */
    private static final Pattern JOINED = Pattern.compile("(\\d+)?(usc|cfr|stat|pl)(\\d[\\w.]*)");

    /** A token with '_', a '.' between digits, or a joined citation. */
    static boolean isCitation(String t) {
        if (t.indexOf('_') >= 0 || JOINED.matcher(t).matches()) {
            return true;
        }
        for (int i = 1; i < t.length() - 1; i++) {
            if (t.charAt(i) == '.'
                    && Character.isDigit(t.charAt(i - 1))
                    && Character.isDigit(t.charAt(i + 1))) {
                return true;
            }
        }
        return false;
    }

    @Override
    public void reset() throws IOException {
        super.reset();
        pending.clear();
        state = null;
    }
}
