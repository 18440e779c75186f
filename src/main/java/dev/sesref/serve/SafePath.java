package dev.sesref.serve;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;

/** Turns a request path into a site-relative file path, or null when it could leave the site. */
final class SafePath {
    private SafePath() {}

    /**
     * {@code /faq/} gives {@code faq/}; {@code /../x}, {@code /%2e%2e/x}, backslashes and NUL give
     * null.
     */
    static String of(String rawPath) {
        if (rawPath == null || !rawPath.startsWith("/")) {
            return null;
        }
        String decoded;
        try {
            decoded = URLDecoder.decode(rawPath.replace("+", "%2B"), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return null;
        }
        if (decoded.indexOf('\0') >= 0 || decoded.indexOf('\\') >= 0) {
            return null;
        }
        for (String segment : decoded.split("/")) {
            if (segment.equals("..") || segment.equals(".")) {
                return null;
            }
        }
        return decoded.substring(1);
    }
}
