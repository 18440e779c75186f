package dev.sesref.config;

import java.util.Locale;
import java.util.Set;

/**
 * Which URLs content and configuration may put into the site: http, https and mailto, paths
 * relative to the page or the site, and fragments. Anything else ({@code javascript:}, {@code
 * data:}, {@code file:}...) is refused however it is written, since browsers ignore case, drop tabs
 * and line breaks inside a URL and trim spaces and control characters around it.
 */
public final class UrlPolicy {
    private static final Set<String> SCHEMES = Set.of("http", "https", "mailto");

    private UrlPolicy() {}

    /** Why {@code url} may not be used, or null when it may. */
    public static String problem(String url) {
        for (int i = 0; i < url.length(); i++) {
            char c = url.charAt(i);
            if (c < 0x20 || c == 0x7f) {
                return String.format(
                        Locale.ROOT,
                        "URL '%s' contains the control character U+%04X; remove it",
                        printable(url),
                        (int) c);
            }
        }
        String trimmed = url.strip();
        int colon = trimmed.indexOf(':');
        int end = firstOf(trimmed, "/?#");
        if (colon < 0 || (end >= 0 && end < colon)) {
            return null; // a path or a fragment
        }
        String scheme = trimmed.substring(0, colon).toLowerCase(Locale.ROOT);
        if (SCHEMES.contains(scheme)) {
            return null;
        }
        return "URL '"
                + printable(url)
                + "' uses the scheme '"
                + scheme
                + ":'; links may only be http, https, "
                + "mailto, a path such as /history/ or a #fragment";
    }

    /**
     * Why {@code url} is not an absolute http(s) address (for settings such as editUrl), or null.
     */
    public static String absoluteProblem(String url) {
        String p = problem(url);
        if (p != null) {
            return p;
        }
        String lower = url.strip().toLowerCase(Locale.ROOT);
        return lower.startsWith("https://") || lower.startsWith("http://")
                ? null
                : "'"
                        + printable(url)
                        + "' must be an absolute http(s) URL such as https://example.org/";
    }

    private static int firstOf(String s, String chars) {
        int best = -1;
        for (char c : chars.toCharArray()) {
            int i = s.indexOf(c);
            if (i >= 0 && (best < 0 || i < best)) {
                best = i;
            }
        }
        return best;
    }

    /** The URL as quoted in a message: control characters escaped, at most 80 characters. */
    private static String printable(String url) {
        StringBuilder sb = new StringBuilder();
        for (char c : url.toCharArray()) {
            sb.append(
                    c < 0x20 || c == 0x7f
                            ? String.format(Locale.ROOT, "\\x%02x", (int) c)
                            : String.valueOf(c));
        }
        return sb.length() <= 80 ? sb.toString() : sb.substring(0, 77) + "...";
    }
}
