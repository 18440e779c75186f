package dev.sesref.markdown;

import java.util.ArrayList;
import java.util.List;

/**
 * Plain text kept out of flexmark's HTML writer, which handles every character it is given on its
 * own (line tracking, prefixes, trimming): the writer gets a short numbered marker for each text
 * and the texts are put in place afterwards. A render whose source holds a marker character defers
 * nothing, and one whose markers do not come back exactly once each is rendered again without.
 */
// Pays (issue 23, bench/README "Speed code must pay"): without it (PlainTextRenderer kept) the
// 5,000-page build took 7.9% and 21% longer in two side-by-side rounds; the real site, within
// noise.
final class DeferredText {
    private static final char OPEN = '\uE000';
    private static final char CLOSE = '\uE001';
    private final List<String> texts = new ArrayList<>();
    private int length;

    /** Whether texts of this Markdown source can be deferred: it holds neither marker character. */
    static boolean usable(String source) {
        return source.indexOf(OPEN) < 0 && source.indexOf(CLOSE) < 0;
    }

    /**
     * The marker to write instead of HTML (escaped text, or inline HTML) with no line break, tab or
     * edge space.
     */
    String marker(String escapedText) {
        texts.add(escapedText);
        length += escapedText.length();
        return OPEN + Integer.toString(texts.size() - 1, Character.MAX_RADIX) + CLOSE;
    }

    /**
     * The writer's output with each marker replaced by its text; null when any marker is missing,
     * repeated or altered.
     */
    String fill(String html) {
        if (texts.isEmpty()) {
            return html;
        }
        StringBuilder out = new StringBuilder(html.length() + length);
        boolean[] seen = new boolean[texts.size()];
        int from = 0;
        for (int at = html.indexOf(OPEN); at >= 0; at = html.indexOf(OPEN, from)) {
            int end = html.indexOf(CLOSE, at + 1);
            int k = end < 0 ? -1 : number(html, at + 1, end);
            if (k < 0 || k >= seen.length || seen[k]) {
                return null;
            }
            seen[k] = true;
            out.append(html, from, at).append(texts.get(k));
            from = end + 1;
        }
        for (boolean s : seen) {
            if (!s) {
                return null;
            }
        }
        return html.indexOf(CLOSE, from) >= 0
                ? null
                : out.append(html, from, html.length()).toString();
    }

    private static int number(String html, int from, int to) {
        try {
            return Integer.parseInt(html, from, to, Character.MAX_RADIX);
        } catch (NumberFormatException e) {
            return -1;
        }
    }
}
