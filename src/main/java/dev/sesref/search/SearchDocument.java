package dev.sesref.search;

import java.util.Objects;

/**
 * One searchable section: a page lead, a heading section, a FAQ, a glossary term or a table.
 *
 * @param url site-root-relative link, e.g. {@code faq/#hatch-act} or {@code overview/}
 */
public record SearchDocument(int id, String url, String title, String heading, String body) {
    public SearchDocument {
        Objects.requireNonNull(url, "url");
        Objects.requireNonNull(title, "title");
        heading = heading == null ? "" : heading;
        body = body == null ? "" : body;
        if (id < 0) {
            throw new IllegalArgumentException("negative document id");
        }
    }

    /** The first ~220 characters of the body, cut at a word boundary. */
    public String excerpt() {
        String b = body.strip().replaceAll("\\s+", " ");
        if (b.length() <= 220) {
            return b;
        }
        int cut = b.lastIndexOf(' ', 220);
        return b.substring(0, cut < 120 ? 220 : cut) + "…";
    }
}
