package dev.sesref.content;

import java.nio.file.Path;
import java.util.Objects;

/**
 * A Markdown page.
 *
 * @param file the file as named in diagnostics
 * @param relPath the path below the content directory, with '/' separators (e.g. {@code
 *     compare/x.md})
 * @param url the site path it is published at (e.g. {@code /compare/x/})
 */
public record Page(Path file, String relPath, String url, FrontMatter meta, MarkdownSource body) {
    public Page {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(meta, "meta");
        Objects.requireNonNull(body, "body");
        if (!url.startsWith("/") || !url.endsWith("/")) {
            throw new IllegalArgumentException("page URL must start and end with '/': " + url);
        }
    }

    public String title() {
        return meta.title();
    }

    /** The layout's name as written (a theme may define layouts of its own). */
    public String layout() {
        return meta.layout().value();
    }

    /** What sesref gives the layout: {@link Layout#ARTICLE} for a theme's own layouts. */
    public Layout kind() {
        return Layout.of(layout());
    }
}
