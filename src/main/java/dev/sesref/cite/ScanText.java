package dev.sesref.cite;

import java.util.Arrays;
import java.util.IdentityHashMap;
import java.util.Map;
import java.util.function.Consumer;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The text being scanned (package-private).
 *
 * <p>Keeps the original string and a copy in which every no-break, thin or other odd space is
 * replaced one-for-one by an ASCII space, so offsets are unchanged and parsers can use {@code \s}.
 *
 * <p>Speed: every citation except a named act contains an ASCII digit within {@value #LOOKBACK}
 * characters of its start, so {@link #forEach} only lets a regex look for citation starts in
 * windows around digits; prose without numbers costs almost nothing. Within them a pattern runs
 * only where its {@link Starts} can begin (a word start, one of its first words, or a number
 * followed by the letter it needs). URLs and e-mail addresses are found lazily, only around
 * candidate matches ({@link #excluded}). An exhaustive instance takes none of these shortcuts, for
 * tests to compare with. Not thread-safe: one instance per scan.
 */
final class ScanText {

    /**
     * Dashes: hyphen-minus, hyphen, non-breaking hyphen, figure/en/em dash, horizontal bar, minus.
     */
    static final String DASH = "[-\u2010\u2011\u2012\u2013\u2014\u2015\u2212]";

    /** Only these may join a hyphenated section number such as 288-1. */
    static final String HYPHEN = "[-\u2010\u2011]";

    /** No letter, digit or number-joining punctuation just before a citation's first number. */
    static final String LEFT_EDGE = "(?<![\\p{L}\\p{N}$./\\-\u2010\u2011])";

    /** No letter or digit just before a keyword. */
    static final String WORD_START = "(?<![\\p{L}\\p{N}])";

    /** How far before its first digit a citation may start ("subchapter II of chapter 31"). */
    static final int LOOKBACK = 80;

    private static final Pattern URLISH =
            Pattern.compile(
                    "(?i)(?:\\b[a-z][a-z0-9+.\\-]{1,15}://|\\bwww\\.|\\bmailto:)[^\\s<>\"'`]*"
                            + "|(?<![a-z0-9.\\-])[a-z0-9.\\-]+\\.(?:gov|mil|com|org|net|edu|us|io)/[^\\s<>\"'`]*"
                            + "|(?<![a-z0-9._%+\\-])[a-z0-9._%+\\-]+@[a-z0-9.\\-]+\\.[a-z]{2,}");

    private final String original;
    private final boolean exhaustive;
    private final String text;
    private final int[] windowStart;
    private final int[] windowEnd;
    private final Map<Pattern, Matcher> matchers = new IdentityHashMap<>();

    /** Positions in the windows not just after a letter or digit, found once for all patterns. */
    private int[] wordStarts;

    /**
     * By {@link Starts#id}: where each kind of start matches (the Code and CFR parsers share {@link
     * Starts#TITLE}).
     */
    private int[][] candidates = new int[8][];

    ScanText(String original) {
        this(original, false);
    }

    /**
     * @param exhaustive every pattern runs over the whole text with {@code Matcher.find}, and every
     *     candidate is checked against the URL pattern: none of the shortcuts, for tests to compare
     *     with
     */
    ScanText(String original, boolean exhaustive) {
        this.original = original;
        this.exhaustive = exhaustive;
        char[] chars = null;
        int[] starts = new int[8];
        int[] ends = new int[8];
        int n = 0;
        for (int i = 0; i < original.length(); i++) {
            char c = original.charAt(i);
            if (c >= '0' && c <= '9') {
                int start = Math.max(0, i - LOOKBACK);
                if (n > 0 && start <= ends[n - 1] + 1) {
                    ends[n - 1] = i;
                } else {
                    if (n == starts.length) {
                        starts = Arrays.copyOf(starts, n * 2);
                        ends = Arrays.copyOf(ends, n * 2);
                    }
                    starts[n] = start;
                    ends[n++] = i;
                }
            } else if (c > ' ' ? c >= '\u00A0' && isOddSpace(c) : c == '\t') {
                if (chars == null) {
                    chars = original.toCharArray();
                }
                chars[i] = ' ';
            }
        }
        this.text = chars == null ? original : new String(chars);
        this.windowStart = Arrays.copyOf(starts, n);
        this.windowEnd = Arrays.copyOf(ends, n);
    }

    /** True if the text has an ASCII digit: every citation but a named act has one. */
    boolean hasDigits() {
        return exhaustive || windowStart.length > 0;
    }

    private static boolean isOddSpace(char c) {
        return c == '\u00A0'
                || c == '\u2007'
                || c == '\u202F'
                || (c >= '\u2000' && c <= '\u200A')
                || c == '\t'
                || c == '\u3000';
    }

    /** The normalised text that parsers match against. */
    String text() {
        return text;
    }

    /** The original characters in [start, end). */
    String slice(int start, int end) {
        return original.substring(start, end);
    }

    /**
     * Calls {@code action} for each non-overlapping match of {@code p}, left to right as {@code
     * Matcher.find} would, that starts within {@value #LOOKBACK} characters before a digit as
     * {@code starts} says. Every pattern given here begins with {@link #WORD_START} or the stricter
     * {@link #LEFT_EDGE}, so positions just after a letter or digit are skipped without running it.
     * The action may read the matcher but must not reset it.
     */
    void forEach(Pattern p, Starts starts, Consumer<Matcher> action) {
        Matcher m = p.matcher(text);
        m.useTransparentBounds(true);
        m.useAnchoringBounds(false);
        if (exhaustive) {
            m.region(0, text.length());
            while (m.find()) {
                action.accept(m);
            }
            return;
        }
        int from = 0;
        for (int pos : candidates(starts)) {
            if (pos < from) {
                continue;
            }
            m.region(pos, text.length());
            if (m.lookingAt()) {
                action.accept(m);
                from = m.end();
            }
        }
    }

    /**
     * The word starts in the windows where {@code starts} matches, ascending; found once per text.
     */
    private int[] candidates(Starts starts) {
        if (starts.id() >= candidates.length) {
            candidates = Arrays.copyOf(candidates, starts.id() + 8);
        }
        int[] found = candidates[starts.id()];
        if (found == null) {
            found = find(starts);
            candidates[starts.id()] = found;
        }
        return found;
    }

    private int[] find(Starts starts) {
        int[] all = wordStarts();
        int[] out = new int[Math.min(all.length, 16)];
        int n = 0;
        for (int pos : all) {
            if (starts.at(text, pos)) {
                if (n == out.length) {
                    out = Arrays.copyOf(out, n * 2);
                }
                out[n++] = pos;
            }
        }
        return n == out.length ? out : Arrays.copyOf(out, n);
    }

    private int[] wordStarts() {
        if (wordStarts == null) {
            int[] out = new int[64];
            int n = 0;
            for (int i = 0; i < windowStart.length; i++) {
                for (int pos = windowStart[i]; pos <= windowEnd[i]; pos++) {
                    if (pos > 0 && isWordChar(text.charAt(pos - 1))) {
                        continue;
                    }
                    if (n == out.length) {
                        out = Arrays.copyOf(out, n * 2);
                    }
                    out[n++] = pos;
                }
            }
            wordStarts = Arrays.copyOf(out, n);
        }
        return wordStarts;
    }

    /** A letter or number that is a whole character (surrogates are left to the pattern). */
    private static boolean isWordChar(char c) {
        if (c < 128) {
            return (c >= '0' && c <= '9') || ((c | 0x20) >= 'a' && (c | 0x20) <= 'z');
        }
        if (Character.isSurrogate(c)) {
            return false;
        }
        int type = Character.getType(c);
        return Character.isLetter(c)
                || type == Character.DECIMAL_DIGIT_NUMBER
                || type == Character.LETTER_NUMBER
                || type == Character.OTHER_NUMBER;
    }

    /**
     * The match of {@code p} starting exactly at {@code pos} (lookbehinds see the text before
     * {@code pos}), or null. One matcher per pattern is reused; the result is a snapshot.
     */
    MatchResult at(Pattern p, int pos) {
        if (pos > text.length()) {
            return null;
        }
        Matcher m =
                matchers.computeIfAbsent(
                        p,
                        k -> {
                            Matcher fresh = k.matcher(text);
                            fresh.useTransparentBounds(true);
                            fresh.useAnchoringBounds(false);
                            return fresh;
                        });
        m.region(pos, text.length());
        return m.lookingAt() ? m.toMatchResult() : null;
    }

    /** The first index at or after {@code pos} that is not whitespace. */
    static int skipSpace(String s, int pos) {
        int i = pos;
        while (i < s.length() && Character.isWhitespace(s.charAt(i))) {
            i++;
        }
        return i;
    }

    /**
     * True if [start, end) overlaps a URL or e-mail address. URLs never contain whitespace, quotes
     * or angle brackets, so only the tokens the span touches are examined.
     */
    boolean excluded(int start, int end) {
        int s = start;
        while (s > 0 && !isUrlDelimiter(text.charAt(s - 1))) {
            s--;
        }
        int e = end;
        while (e < text.length() && !isUrlDelimiter(text.charAt(e))) {
            e++;
        }
        if (!exhaustive && !mayHoldUrl(s, e)) {
            return false;
        }
        Matcher m = URLISH.matcher(text);
        m.region(s, e);
        m.useTransparentBounds(true);
        m.useAnchoringBounds(false);
        while (m.find()) {
            if (m.start() < end && start < m.end()) {
                return true;
            }
        }
        return false;
    }

    /**
     * False if [start, end) cannot hold a {@code URLISH} match: each of its forms needs a colon
     * ({@code scheme:}, {@code mailto:}), a slash ({@code host.gov/}), an at sign or {@code www.}.
     */
    private boolean mayHoldUrl(int start, int end) {
        for (int i = start; i < end; i++) {
            char c = text.charAt(i);
            if (c == ':' || c == '/' || c == '@' || c == 'w' || c == 'W') {
                return true;
            }
        }
        return false;
    }

    private static boolean isUrlDelimiter(char c) {
        return Character.isWhitespace(c)
                || c == '<'
                || c == '>'
                || c == '"'
                || c == '\''
                || c == '`';
    }
}
