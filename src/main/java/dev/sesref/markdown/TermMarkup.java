package dev.sesref.markdown;

/**
 * Writes the HTML of one glossary term used in a page's text; the theme's term template does it in
 * a build.
 */
@FunctionalInterface
public interface TermMarkup {
    /** One use: the term's glossary id, the words as written, and the link to its definition. */
    record TermUse(String id, String text, String href) {}

    String write(TermUse use);
}
