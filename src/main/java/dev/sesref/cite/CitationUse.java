package dev.sesref.cite;

import java.util.Objects;

/**
 * One place that cites an authority: the anchor id of the citation on its page, the text as
 * written, and its order on the page (for stable sorting).
 */
public record CitationUse(Authority authority, String anchor, String text, int order) {
    public CitationUse {
        Objects.requireNonNull(authority, "authority");
        Objects.requireNonNull(anchor, "anchor");
        Objects.requireNonNull(text, "text");
    }
}
