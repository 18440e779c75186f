package dev.sesref.render;

import dev.sesref.config.NavItem;
import dev.sesref.config.SiteConfig;
import dev.sesref.content.Content;
import dev.sesref.content.LinkStyle;
import dev.sesref.content.Page;
import dev.sesref.diag.BuildFailedException;
import dev.sesref.diag.Diagnostic;
import dev.sesref.markdown.Heading;
import dev.sesref.markdown.LinkTargets;
import dev.sesref.markdown.MarkdownRenderer;
import dev.sesref.markdown.ParsedMarkdown;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/** Renders pages through the theme's layouts; thread-safe, so pages can render in parallel. */
public final class PageRenderer {
    private final SiteConfig config;
    private final Content content;
    private final Theme theme;
    private final MarkdownRenderer markdown;
    private final LinkTargets links;
    private final LinkStyle style;
    private final ViewFactory views;
    private final Views.SiteView site;
    private final Map<String, Page> pagesByUrl;
    private final Map<String, List<Page>> children;

    /**
     * @param children each page's direct sub-pages, computed once for the whole site
     */
    public PageRenderer(SiteConfig config, Content content, Theme theme, MarkdownRenderer markdown,
                        LinkTargets links, LinkStyle style, Map<String, List<Page>> children) {
        this.config = config;
        this.content = content;
        this.theme = theme;
        this.markdown = markdown;
        this.links = links;
        this.style = style;
        this.views = new ViewFactory(content, markdown, links);
        this.site = new Views.SiteView(config.title(), config.tagline(), config.description(), config.baseUrl(),
                config.language(), config.repository());
        this.pagesByUrl = content.pagesByUrl();
        this.children = Map.copyOf(children);
    }

    /** Renders one page to HTML; Markdown problems go to {@code sink}, template failures are thrown. */
    public String render(Page page, ParsedMarkdown body, Consumer<Diagnostic> sink) throws BuildFailedException {
        Views.PageView view = view(page, body, sink);
        return theme.render("layouts/" + page.layout() + ".ftlh", root(view, Links.relativeTo(page.url(), style)));
    }

    /** Renders a page that is not content (the 404 page), with links absolute under the base path. */
    public String renderSpecial(String template, String url, String title, String description)
            throws BuildFailedException {
        Views.PageView view = new Views.PageView(title, description, url, config.absolute(url), "special", "",
                List.of(), "", "", List.of(), List.of(), "", List.of(), List.of(), List.of(), List.of(), List.of(),
                List.of(), List.of());
        return theme.render(template, root(view, new Links(url, style, config.basePath())));
    }

    /** Renders a site-wide file (sitemap, robots.txt) from every page's absolute URL and date. */
    public String renderSitemap(String template) throws BuildFailedException {
        List<Views.LinkView> entries = content.pages().stream().sorted((a, b) -> a.url().compareTo(b.url()))
                .map(p -> new Views.LinkView(p.meta().updated().toString(), config.absolute(p.url()))).toList();
        return theme.render(template, new SitemapRoot(site, entries));
    }

    /** The data model of site-wide files: {@code entries} hold each page's date (title) and absolute URL (href). */
    public record SitemapRoot(Views.SiteView site, List<Views.LinkView> entries) {
    }

    private TemplateRoot root(Views.PageView view, Links links) {
        List<Views.NavLink> nav = config.nav().stream()
                .map((NavItem n) -> new Views.NavLink(n.title(), links.href(n.path()), current(view.url(), n.path())))
                .toList();
        return new TemplateRoot(site, view, nav, links);
    }

    private static String current(String url, String navPath) {
        if (url.equals(navPath)) {
            return "page";
        }
        return !navPath.equals("/") && url.startsWith(navPath) ? "true" : "";
    }

    private Views.PageView view(Page page, ParsedMarkdown body, Consumer<Diagnostic> sink) {
        String url = page.url();
        String file = page.relPath();
        String layout = page.layout();
        String html = markdown.render(body, url, file, links, sink);
        List<Heading> toc = body.headings().stream().filter(h -> h.level() <= 3).toList();
        return new Views.PageView(page.title(), page.meta().description(), url, config.absolute(url), layout, html,
                toc, ViewFactory.display(page.meta().updated()), page.meta().updated().toString(),
                views.sources(page.meta().sources()), related(page, url), editUrl(page),
                views.changes(page.meta().changes()), page.meta().figures(),
                layout.equals("faq") ? views.faqs(url, file, sink) : List.of(),
                layout.equals("glossary") ? views.glossary(url, file, sink) : List.of(),
                views.tables(page.meta().tables(), url, file, sink),
                layout.equals("sources") ? views.allSources() : List.of(),
                children.getOrDefault(url, List.of()).stream()
                        .map(c -> new Views.SectionView(c.title(),
                                dev.sesref.content.SitePaths.relative(url, c.url(), style), c.meta().description()))
                        .toList());
    }

    private List<Views.LinkView> related(Page page, String url) {
        return page.meta().related().stream()
                .map(r -> r.value().startsWith("/") ? r.value() : "/" + r.value())
                .map(p -> p.endsWith("/") ? p : p + "/")
                .map(pagesByUrl::get).filter(java.util.Objects::nonNull)
                .map(p -> new Views.LinkView(p.title(), dev.sesref.content.SitePaths.relative(url, p.url(), style)))
                .toList();
    }

    private String editUrl(Page page) {
        return config.editUrl().isEmpty() ? "" : config.editUrl().replace("{path}", page.relPath());
    }
}
