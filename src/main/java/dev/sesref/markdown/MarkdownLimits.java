package dev.sesref.markdown;

import dev.sesref.content.MarkdownSource;
import dev.sesref.diag.Diagnostic;

/**
 * Limits on Markdown text, checked in one pass before flexmark sees it: flexmark's parser and
 * renderer recurse once per level of block quotes and lists (a few hundred levels overflow a
 * thread's stack, and two thousand took minutes before that), and its inline parser copies the rest
 * of a paragraph at each match, so time grows with the square of a paragraph's length.
 */
final class MarkdownLimits {
    /**
     * Deepest nesting of block quotes and lists. Counted from each line's start as one level per
     * {@code >} or list marker and per two columns of indentation, which is never less than the
     * real depth.
     */
    static final int MAX_NESTING = 64;

    /** Longest block of consecutive non-blank lines, in characters (a long paragraph or table). */
    static final int MAX_BLOCK_CHARS = 10_000;

    /**
     * Most backslashes in one block: flexmark's link-label expression backtracks twice over for
     * each escaped backslash (12 pairs take 15 ms, 20 pairs 14 s; a fuzzed block with 11 took 67
     * ms, and over 5 s under the fuzzer's instrumentation). The site's content uses at most 14.
     */
    static final int MAX_BACKSLASHES = 16;

    private MarkdownLimits() {}

    /** The first limit the text exceeds, as an error at its line, or null. */
    static Diagnostic check(MarkdownSource source) {
        String text = source.text();
        int blockStart = -1;
        int backslashes = 0;
        for (int start = 0; start < text.length(); ) {
            int nl = text.indexOf('\n', start);
            int end = nl < 0 ? text.length() : nl;
            if (isBlank(text, start, end)) {
                blockStart = -1;
            } else {
                if (blockStart < 0) {
                    blockStart = start;
                    backslashes = 0;
                }
                backslashes += count(text, start, end, '\\');
                if (backslashes > MAX_BACKSLASHES) {
                    return error(
                            source,
                            blockStart,
                            "this paragraph or table has more than "
                                    + MAX_BACKSLASHES
                                    + " backslashes; write the characters without escapes, or split the paragraph");
                }
                if (end - blockStart > MAX_BLOCK_CHARS) {
                    return error(
                            source,
                            blockStart,
                            "this paragraph or table is longer than "
                                    + MAX_BLOCK_CHARS
                                    + " characters; split it with blank lines");
                }
                if (depth(text, start, end) > MAX_NESTING) {
                    return error(
                            source,
                            start,
                            "block quotes and lists nested more than "
                                    + MAX_NESTING
                                    + " levels deep (each '>', list marker or two columns of indentation counts); flatten them");
                }
            }
            start = end + 1;
        }
        return null;
    }

    private static int count(String text, int start, int end, char c) {
        int n = 0;
        for (int i = start; i < end; i++) {
            n += text.charAt(i) == c ? 1 : 0;
        }
        return n;
    }

    private static boolean isBlank(String text, int start, int end) {
        for (int i = start; i < end; i++) {
            if (!Character.isWhitespace(text.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    /** An upper bound of the container depth of the line {@code text[start, end)}. */
    private static int depth(String text, int start, int end) {
        int markers = 0;
        int columns = 0;
        int i = start;
        while (i < end) {
            char c = text.charAt(i);
            if (c == ' ') {
                columns++;
                i++;
            } else if (c == '\t') {
                columns += 4;
                i++;
            } else if (c == '>') {
                markers++;
                i++;
            } else {
                int after = listMarkerEnd(text, i, end);
                if (after < 0) {
                    break;
                }
                markers++;
                i = after;
            }
        }
        return markers + columns / 2;
    }

    /**
     * The index after a list marker ({@code -}, {@code +}, {@code *} or a number with {@code .} or
     * {@code )}) at {@code i}, or -1.
     */
    private static int listMarkerEnd(String text, int i, int end) {
        int j = i;
        char c = text.charAt(j);
        if (c == '-' || c == '+' || c == '*') {
            j++;
        } else {
            while (j < end && j - i < 9 && Character.isDigit(text.charAt(j))) {
                j++;
            }
            if (j == i || j >= end || (text.charAt(j) != '.' && text.charAt(j) != ')')) {
                return -1;
            }
            j++;
        }
        return j == end || text.charAt(j) == ' ' || text.charAt(j) == '\t' ? j : -1;
    }

    private static Diagnostic error(MarkdownSource source, int offset, String message) {
        return Diagnostic.error(
                source.path(), source.lineOf(offset), source.columnOf(offset), message);
    }
}
