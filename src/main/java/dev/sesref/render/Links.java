package dev.sesref.render;

import dev.sesref.content.LinkStyle;
import dev.sesref.content.SitePaths;

/**
 * Template helper that turns site paths into links from the page being rendered: relative links for
 * pages, absolute paths under {@code absoluteBase} for pages served at any address (the 404 page).
 */
public record Links(String fromUrl, LinkStyle style, String absoluteBase) {

    public static Links relativeTo(String fromUrl, LinkStyle style) {
        return new Links(fromUrl, style, "");
    }

    /** {@code links.href("/faq/")} gives e.g. {@code ../faq/}. */
    public String href(String sitePath) {
        if (!absoluteBase.isEmpty()) {
            return absoluteBase + sitePath.substring(1);
        }
        return SitePaths.relative(fromUrl, sitePath, style);
    }

    /** Prefix back to the site root, e.g. {@code ../../}, or {@code ./} at the root. */
    public String root() {
        if (!absoluteBase.isEmpty()) {
            return absoluteBase;
        }
        String r = SitePaths.toRoot(fromUrl);
        return r.isEmpty() ? "./" : r;
    }
}
