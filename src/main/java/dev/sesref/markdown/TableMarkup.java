package dev.sesref.markdown;

/**
 * Writes the HTML around a Markdown table from its parts; the theme's table template does it in a
 * build.
 */
@FunctionalInterface
public interface TableMarkup {
    String write(TableView table);

    /**
     * One end of a Markdown table as the theme gets it: {@code open} for the markup before its rows
     * (which flexmark writes), else the markup after them; {@code captionHtml} is the caption's
     * inline HTML, already safe to print, or empty.
     */
    record TableView(String captionHtml, boolean open) {}
}
