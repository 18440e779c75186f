package dev.sesref.render;

import dev.sesref.cite.CitationLinker;
import dev.sesref.config.SiteConfig;
import dev.sesref.content.Content;
import dev.sesref.content.LinkStyle;
import dev.sesref.content.Page;
import dev.sesref.markdown.LinkTargets;
import dev.sesref.markdown.MarkdownRenderer;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Everything rendering needs, computed once per build.
 *
 * @param children each page's direct sub-pages
 */
public record RenderSetup(
        SiteConfig config,
        Content content,
        Theme theme,
        MarkdownRenderer markdown,
        LinkTargets links,
        LinkStyle style,
        Map<String, List<Page>> children,
        CitationLinker citations) {
    public RenderSetup {
        Objects.requireNonNull(config, "config");
        Objects.requireNonNull(content, "content");
        Objects.requireNonNull(theme, "theme");
        Objects.requireNonNull(style, "style");
        children = Map.copyOf(children);
    }
}
