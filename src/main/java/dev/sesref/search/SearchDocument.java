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
        String b = collapsed(body.strip(), 222);
        if (b.length() <= 220) {
            return b;
        }
        int cut = b.lastIndexOf(' ', 220);
        return b.substring(0, cut < 120 ? 220 : cut) + "…";
    }

    /**
     * The text with each run of white space as one space, up to {@code limit} characters (what
     * {@code replaceAll("\\s+", " ")} gives, without reading a long body to its end).
     */
    private static String collapsed(String text, int limit) {
        StringBuilder sb = new StringBuilder(Math.min(text.length(), limit));
        boolean space = false;
        for (int i = 0; i < text.length() && sb.length() < limit; i++) {
            char c = text.charAt(i);
            if (c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r') {
                space = true;
            } else {
                if (space) {
                    sb.append(' ');
                    space = false;
                }
                sb.append(c);
            }
        }
        if (space && sb.length() < limit) {
            sb.append(' ');
        }
        return sb.toString();
    }
}
