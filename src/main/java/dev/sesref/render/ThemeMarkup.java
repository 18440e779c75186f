package dev.sesref.render;

import dev.sesref.cite.CitationMarkup;
import dev.sesref.cite.CitationView;
import dev.sesref.diag.BuildFailedException;
import dev.sesref.markdown.TableMarkup;

/**
 * The markup the theme writes inside Markdown: {@code partials/citation.ftlh} renders one citation
 * (as {@code c}), {@code partials/table.ftlh} one table (as {@code t}); the built-in theme has both
 * for themes without their own.
 */
public final class ThemeMarkup implements CitationMarkup, TableMarkup {
    static final String CITATION = "partials/citation.ftlh";
    static final String TABLE = "partials/table.ftlh";

    /** The citation template's data model. */
    public record CitationRoot(CitationView c) {}

    /** The table template's data model. */
    public record TableRoot(TableView t) {}

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

    private final Theme theme;

    public ThemeMarkup(Theme theme) {
        this.theme = theme;
    }

    @Override
    public String write(CitationView citation) {
        return render(CITATION, new CitationRoot(citation));
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
