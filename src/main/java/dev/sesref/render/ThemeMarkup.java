package dev.sesref.render;

import dev.sesref.cite.CitationMarkup;
import dev.sesref.cite.CitationView;
import dev.sesref.diag.BuildFailedException;
import dev.sesref.markdown.TableMarkup;
import dev.sesref.markdown.TermMarkup;

/**
 * The markup the theme writes inside Markdown: {@code partials/citation.ftlh} renders one citation
 * (as {@code c}), {@code partials/table.ftlh} one table (as {@code t}), {@code partials/term.ftlh}
 * one glossary term's first use (as {@code t}); the built-in theme has all three for themes without
 * their own.
 */
public final class ThemeMarkup implements CitationMarkup, TableMarkup, TermMarkup {
    static final String CITATION = "partials/citation.ftlh";
    static final String TABLE = "partials/table.ftlh";
    static final String TERM = "partials/term.ftlh";

    /** The citation template's data model. */
    public record CitationRoot(CitationView c) {}

    /** The table template's data model. */
    public record TableRoot(TableView t) {}

    /** The term template's data model. */
    public record TermRoot(TermUse t) {}

    /**
     * A template failure while a citation or table was written inside a page's Markdown rendering.
     */
    static final class Failure extends RuntimeException {
        private static final long serialVersionUID = 1L;
        private final transient BuildFailedException cause;

        Failure(BuildFailedException cause) {
            super(cause.getMessage(), null, false, false);
            this.cause = cause;
        }

        BuildFailedException failure() {
            return cause;
        }
    }

    /** Stands for a citation's anchor in a remembered rendering (sources cannot hold U+0000). */
    private static final String ANCHOR = "\u0000";

    private final Theme theme;

    /**
     * Each distinct citation's markup, rendered once with {@link #ANCHOR} for its anchor: the same
     * citation recurs on many pages, and a template call per citation made a 5,000-page build 25%
     * slower (issue 23, bench/README "Speed code must pay").
     */
    private final java.util.Map<CitationView, String> citations =
            new java.util.concurrent.ConcurrentHashMap<>();

    public ThemeMarkup(Theme theme) {
        this.theme = theme;
    }

    @Override
    public String write(CitationView citation) {
        String html =
                citations.computeIfAbsent(
                        citation.withAnchor(ANCHOR), c -> render(CITATION, new CitationRoot(c)));
        return html.replace(ANCHOR, citation.id());
    }

    /** Each distinct term use's markup (the same few recur on every page). */
    private final java.util.Map<TermUse, String> terms =
            new java.util.concurrent.ConcurrentHashMap<>();

    @Override
    public String write(TermUse use) {
        return terms.computeIfAbsent(use, u -> render(TERM, new TermRoot(u)));
    }

    @Override
    public String write(TableView table) {
        return render(TABLE, new TableRoot(table));
    }

    private String render(String template, Object root) {
        try {
            return theme.render(template, root);
        } catch (BuildFailedException e) {
            throw new Failure(e);
        }
    }
}
