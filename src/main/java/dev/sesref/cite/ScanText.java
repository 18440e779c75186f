package dev.sesref.cite;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
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
 * windows around digits; prose without numbers costs almost nothing. URLs and e-mail addresses
 * are found lazily, only around candidate matches ({@link #excluded}). Not thread-safe: one
 * instance per scan.
 */
final class ScanText {

    /** Dashes: hyphen-minus, hyphen, non-breaking hyphen, figure/en/em dash, horizontal bar, minus. */
    static final String DASH = "[-\u2010\u2011\u2012\u2013\u2014\u2015\u2212]";
    /** Only these may join a hyphenated section number such as 288-1. */
    static final String HYPHEN = "[-\u2010\u2011]";
    /** No letter, digit or number-joining punctuation just before a citation's first number. */
    static final String LEFT_EDGE = "(?<![\\p{L}\\p{N}$./\\-\u2010\u2011])";
    /** No letter or digit just before a keyword. */
    static final String WORD_START = "(?<![\\p{L}\\p{N}])";
    /** How far before its first digit a citation may start ("subchapter II of chapter 31"). */
    static final int LOOKBACK = 80;

    private static final Pattern URLISH = Pattern.compile(
            "(?i)(?:\\b[a-z][a-z0-9+.\\-]{1,15}://|\\bwww\\.|\\bmailto:)[^\\s<>\"'`]*"
                    + "|(?<![a-z0-9.\\-])[a-z0-9.\\-]+\\.(?:gov|mil|com|org|net|edu|us|io)/[^\\s<>\"'`]*"
                    + "|(?<![a-z0-9._%+\\-])[a-z0-9._%+\\-]+@[a-z0-9.\\-]+\\.[a-z]{2,}");

    private final String original;
    private final String text;
    private final int[] windowStart;
    private final int[] windowEnd;
    private final Map<Pattern, Matcher> matchers = new IdentityHashMap<>();

    ScanText(String original) {
        this.original = original;
        char[] chars = original.toCharArray();
        List<int[]> windows = new ArrayList<>();
        for (int i = 0; i < chars.length; i++) {
            char c = chars[i];
            if (isOddSpace(c)) {
                chars[i] = ' ';
            } else if (c >= '0' && c <= '9') {
                int start = Math.max(0, i - LOOKBACK);
                int[] last = windows.isEmpty() ? null : windows.get(windows.size() - 1);
                if (last != null && start <= last[1] + 1) {
                    last[1] = i;
                } else {
                    windows.add(new int[] {start, i});
                }
            }
        }
        this.text = new String(chars);
        this.windowStart = windows.stream().mapToInt(w -> w[0]).toArray();
        this.windowEnd = windows.stream().mapToInt(w -> w[1]).toArray();
    }

    private static boolean isOddSpace(char c) {
        return c == '\u00A0' || c == '\u2007' || c == '\u202F' || (c >= '\u2000' && c <= '\u200A')
                || c == '\t' || c == '\u3000';
    }

    /** The normalised text that parsers match against. */
    String text() {
        return text;
    }

    /** The original characters in [start, end). */
    String slice(int start, int end) {
        return original.substring(start, end);
    }

    /** First characters of citations that start with their number. */
    static final String DIGITS = "0123456789";

    /**
     * Calls {@code action} for each non-overlapping match of {@code p}, left to right as
     * {@code Matcher.find} would, that starts within {@value #LOOKBACK} characters before a digit
     * at a character listed (lower case) in {@code firstChars}. The action may read the matcher
     * but must not reset it.
     */
    void forEach(Pattern p, String firstChars, Consumer<Matcher> action) {
        Matcher m = p.matcher(text);
        m.useTransparentBounds(true);
        m.useAnchoringBounds(false);
        int from = 0;
        for (int i = 0; i < windowStart.length; i++) {
            for (int pos = Math.max(windowStart[i], from); pos <= windowEnd[i]; pos++) {
                char c = text.charAt(pos);
                if (firstChars.indexOf(c >= 'A' && c <= 'Z' ? (char) (c + ('a' - 'A')) : c) < 0) {
                    continue;
                }
                m.region(pos, text.length());
                if (m.lookingAt()) {
                    action.accept(m);
                    from = m.end();
                    pos = from - 1;
                }
            }
        }
    }

    /**
     * The match of {@code p} starting exactly at {@code pos} (lookbehinds see the text before
     * {@code pos}), or null. One matcher per pattern is reused; the result is a snapshot.
     */
    MatchResult at(Pattern p, int pos) {
        if (pos > text.length()) {
            return null;
        }
        Matcher m = matchers.computeIfAbsent(p, k -> {
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
     * True if [start, end) overlaps a URL or e-mail address. URLs never contain whitespace,
     * quotes or angle brackets, so only the tokens the span touches are examined.
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

    private static boolean isUrlDelimiter(char c) {
        return Character.isWhitespace(c) || c == '<' || c == '>' || c == '"' || c == '\'' || c == '`';
    }
}
