package dev.sesref.cite;

/**
 * Writes the HTML of one citation from its data; the theme's citation template does it in a build.
 */
@FunctionalInterface
public interface CitationMarkup {
    String write(CitationView citation);
}
