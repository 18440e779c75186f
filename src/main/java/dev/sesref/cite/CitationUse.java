package dev.sesref.cite;

import java.util.Objects;

/**
 * One place that cites an authority: the anchor id of the citation on its page, the text as
 * written, its order on the page (for stable sorting), and the part of the page it is in (a section
 * heading, FAQ question, glossary term or table caption; empty for the page's opening text).
 */
public record CitationUse(
        Authority authority, String anchor, String text, int order, String section) {
    public CitationUse {
        Objects.requireNonNull(authority, "authority");
        Objects.requireNonNull(anchor, "anchor");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(section, "section");
    }
}
