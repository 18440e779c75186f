package dev.sesref.search;

import java.util.Objects;

/**
 * One searchable section: a page lead, a heading section, a FAQ, a glossary term or a table.
 *
 * @param url site-root-relative link, e.g. {@code faq/#hatch-act} or {@code overview/}
 * @param context the heading of the section this one is part of (a {@code ###} section's {@code
 *     ##}), empty for others: searched like the body, never shown
 */
public record SearchDocument(
        int id, String url, String title, String heading, String context, String body) {
    /** How much of a body the index keeps for snippets. */
    static final int SNIPPET_TEXT = 320;

    public SearchDocument {
        Objects.requireNonNull(url, "url");
        Objects.requireNonNull(title, "title");
        heading = heading == null ? "" : heading;
        context = context == null ? "" : context;
        body = body == null ? "" : body;
        if (id < 0) {
            throw new IllegalArgumentException("negative document id");
        }
    }

    /**
     * The characters of the body a result's snippet is chosen from: the first ~{@value
     * #SNIPPET_TEXT}, cut at a word boundary (most sections, answers and rows fit whole).
     */
    public String excerpt() {
        String b = collapsed(body.strip(), SNIPPET_TEXT + 2);
        if (b.length() <= SNIPPET_TEXT) {
            return b;
        }
        int cut = b.lastIndexOf(' ', SNIPPET_TEXT);
        return b.substring(0, cut < SNIPPET_TEXT / 2 ? SNIPPET_TEXT : cut) + "…";
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
