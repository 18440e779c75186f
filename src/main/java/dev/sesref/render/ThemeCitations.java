package dev.sesref.render;

import dev.sesref.cite.CitationMarkup;
import dev.sesref.cite.CitationView;
import dev.sesref.diag.BuildFailedException;

/**
 * The theme's citation template as {@link CitationMarkup}: {@code partials/citation.ftlh} renders
 * one citation, given as {@code c} (the built-in theme has one for themes without their own).
 */
final class ThemeCitations implements CitationMarkup {
    static final String TEMPLATE = "partials/citation.ftlh";

    /** The template's data model. */
    public record Root(CitationView c) {}

    /** A template failure while a citation was written inside a page's Markdown rendering. */
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

    ThemeCitations(Theme theme) {
        this.theme = theme;
    }

    @Override
    public String write(CitationView citation) {
        try {
            return theme.render(TEMPLATE, new Root(citation));
        } catch (BuildFailedException e) {
            throw new Failure(e);
        }
    }
}
