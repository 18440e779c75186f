package dev.sesref.content;

import java.util.regex.Pattern;

/** Turns site paths ({@code /compare/x/}) into links relative to the page that holds them. */
public final class SitePaths {
    private static final Pattern SEGMENT = Pattern.compile("[a-z0-9][a-z0-9-]*");

    private SitePaths() {}

    /** The prefix that leads from a page's folder back to the site root, e.g. {@code ../../}. */
    public static String toRoot(String fromUrl) {
        int depth = 0;
        for (int i = 1; i < fromUrl.length(); i++) {
            if (fromUrl.charAt(i) == '/') {
                depth++;
            }
        }
        return "../".repeat(depth);
    }

    /**
     * A relative link from the page at {@code fromUrl} to the site path {@code target} (a page
     * folder ending in '/', or a file), keeping any {@code #fragment}.
     */
    public static String relative(String fromUrl, String target, LinkStyle style) {
        int hash = target.indexOf('#');
        String path = hash < 0 ? target : target.substring(0, hash);
        String fragment = hash < 0 ? "" : target.substring(hash);
        if (path.isEmpty()) {
            return fragment;
        }
        String rel = toRoot(fromUrl) + path.substring(1);
        if (path.endsWith("/") && style == LinkStyle.INDEX_FILE) {
            rel = rel + "index.html";
        } else if (rel.isEmpty()) {
            rel = "./";
        }
        return rel + fragment;
    }

    /** The output file of a page folder: {@code /x/} is written to {@code x/index.html}. */
    public static String outputFile(String url) {
        return url.substring(1) + "index.html";
    }

    /**
     * The site path of a content file: {@code overview.md} becomes {@code /overview/}, {@code
     * compare/index.md} becomes {@code /compare/}; null when the name cannot make a clean URL.
     */
    public static String urlOf(String relPath) {
        if (!relPath.endsWith(".md")) {
            return null;
        }
        String[] segments = relPath.substring(0, relPath.length() - 3).split("/");
        StringBuilder url = new StringBuilder("/");
        for (int i = 0; i < segments.length; i++) {
            if (i == segments.length - 1 && segments[i].equals("index")) {
                break;
            }
            if (!SEGMENT.matcher(segments[i]).matches()) {
                return null;
            }
            url.append(segments[i]).append('/');
        }
        return url.toString();
    }

    /**
     * A page path as an author may write it: {@code /history}, {@code history/} and {@code history}
     * all give {@code /history/}.
     */
    public static String normalizePage(String path) {
        String p = path.startsWith("/") ? path : "/" + path;
        return p.endsWith("/") ? p : p + "/";
    }
}
