package dev.sesref.testing;

import java.util.Locale;

/**
 * How a browser reads the scheme of a URL, after the WHATWG URL standard's first steps: trim C0
 * controls and spaces, drop tabs and line breaks, read a scheme up to the first ':'. Written apart
 * from sesref's own URL policy, to check it.
 */
public final class BrowserUrls {
    private BrowserUrls() {}

    /**
     * The scheme a browser reads from {@code url} (lower case), or null when it reads a relative
     * URL.
     */
    public static String scheme(String url) {
        int start = 0;
        int end = url.length();
        while (start < end && url.charAt(start) <= ' ') {
            start++;
        }
        while (end > start && url.charAt(end - 1) <= ' ') {
            end--;
        }
        StringBuilder s = new StringBuilder();
        for (int i = start; i < end; i++) {
            char c = url.charAt(i);
            if (c != '\t' && c != '\n' && c != '\r') {
                s.append(c);
            }
        }
        if (s.length() == 0 || !isAsciiAlpha(s.charAt(0))) {
            return null;
        }
        for (int i = 1; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == ':') {
                return s.substring(0, i).toLowerCase(Locale.ROOT);
            }
            if (!(isAsciiAlpha(c) || (c >= '0' && c <= '9') || c == '+' || c == '-' || c == '.')) {
                return null;
            }
        }
        return null;
    }

    private static boolean isAsciiAlpha(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
    }
}
