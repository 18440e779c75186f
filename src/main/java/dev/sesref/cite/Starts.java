package dev.sesref.cite;

import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * How a citation pattern's match begins, for {@link ScanText#forEach} (package-private): one of
 * some literals, or a number of at most so many digits followed, after any ASCII whitespace (the
 * regex {@code \s}), by one of some letters. A literal's first character is compared with ASCII
 * case folding only, as the scanner always did (so a Unicode case variant such as the long s does
 * not start a citation); the literal as a whole with {@code String.regionMatches}, which accepts
 * every case variant a case-insensitive Unicode pattern accepts. Each has a number of its own,
 * {@code id}, so a scan can keep what it found for it in an array: make them once, as constants.
 *
 * @param letters for a number start, every character (all case variants) its pattern accepts after
 *     the number and the whitespace; null for literals
 */
record Starts(int id, String firstChars, List<String> literals, int maxDigits, String letters) {
    private static final AtomicInteger NEXT = new AtomicInteger();
    private static final String DIGITS = "0123456789";

    /**
     * Citations that start with the word "title" (the Code's and the CFR's parsers both look for
     * it).
     */
    static final Starts TITLE = of("title");

    static Starts of(String... literals) {
        StringBuilder first = new StringBuilder();
        for (String l : literals) {
            first.append(Character.toLowerCase(l.charAt(0)));
        }
        return new Starts(NEXT.getAndIncrement(), first.toString(), List.of(literals), 0, null);
    }

    /**
     * A number of 1 to {@code maxDigits} digits, then optional whitespace, then one of {@code
     * letters}.
     */
    static Starts number(int maxDigits, String letters) {
        return new Starts(NEXT.getAndIncrement(), DIGITS, List.of(), maxDigits, letters);
    }

    boolean at(String text, int pos) {
        if (letters != null) {
            return numberAt(text, pos);
        }
        char c = text.charAt(pos);
        if (firstChars.indexOf(c >= 'A' && c <= 'Z' ? (char) (c + ('a' - 'A')) : c) < 0) {
            return false;
        }
        for (String l : literals) {
            if (text.regionMatches(true, pos, l, 0, l.length())) {
                return true;
            }
        }
        return false;
    }

    private boolean numberAt(String text, int pos) {
        int i = pos;
        while (i < text.length() && text.charAt(i) >= '0' && text.charAt(i) <= '9') {
            i++;
        }
        if (i == pos || i - pos > maxDigits) {
            return false;
        }
        while (i < text.length() && isRegexSpace(text.charAt(i))) {
            i++;
        }
        return i < text.length() && letters.indexOf(text.charAt(i)) >= 0;
    }

    /** {@code \s} of java.util.regex without UNICODE_CHARACTER_CLASS. */
    private static boolean isRegexSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
    }
}
