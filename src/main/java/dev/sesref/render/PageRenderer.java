package dev.sesref.render;

import dev.sesref.config.NavItem;
import dev.sesref.config.SiteConfig;
import dev.sesref.content.Content;
import dev.sesref.content.LinkStyle;
import dev.sesref.content.Page;
import dev.sesref.content.SitePaths;
import dev.sesref.cite.CitationIndex;
import dev.sesref.cite.CitationLinker;
import dev.sesref.cite.PageCitations;
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
    private final CitationLinker citations;
    private final CitationIndex index;

    /** Site path of the generated citations index page. */
    public static final String CITATIONS_URL = "/citations/";
    /** Site path of the search page. */
    public static final String SEARCH_URL = "/search/";

    /**
     * @param children each page's direct sub-pages, computed once for the whole site
     */
    public PageRenderer(SiteConfig config, Content content, Theme theme, MarkdownRenderer markdown,
                        LinkTargets links, LinkStyle style, Map<String, List<Page>> children,
                        CitationLinker citations, CitationIndex index) {
        this.config = config;
        this.content = content;
        this.theme = theme;
        this.markdown = markdown;
        this.links = links;
        this.style = style;
        this.views = new ViewFactory(content, markdown, links, citations);
        this.citations = citations;
        this.index = index;
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

    /** Renders a page that is not content: 404 (links absolute under the base path, as it is served anywhere) or search. */
    public String renderSpecial(String template, String url, String title, String description)
            throws BuildFailedException {
        Views.PageView view = special(url, title, description, "special", "", List.of());
        Links links = url.endsWith("/") ? Links.relativeTo(url, style) : new Links(url, style, config.basePath());
        return theme.render(template, root(view, links));
    }

    /** Renders the citations index: every cited authority with its links and the places that cite it. */
    public String renderCitationIndex(String updated) throws BuildFailedException {
        String url = CITATIONS_URL;
        List<Views.CitationGroupView> groups = index.groups().stream().map(g -> new Views.CitationGroupView(g.title(),
                g.entries().stream().map(e -> new Views.AuthorityView(e.anchor(), e.label(), e.heading(), e.verified(),
                        e.links().stream().map(l -> new Views.ProviderView(l.provider(), l.url(), l.authoritative())).toList(),
                        e.uses().stream().map(u -> new Views.LinkView(u.pageTitle() + ": " + u.text(),
                                SitePaths.relative(url, u.pageUrl() + "#" + u.anchor(), style))).toList())).toList()))
                .toList();
        Views.PageView view = special(url, "Citations index", "Every statute, regulation and law the site cites, "
                + "with links to the official text and to each place it is cited.", "citations", updated, groups);
        return theme.render("citations.ftlh", root(view, Links.relativeTo(url, style)));
    }

    private Views.PageView special(String url, String title, String description, String layout, String updated,
                                   List<Views.CitationGroupView> groups) {
        return new Views.PageView(title, description, url, config.absolute(url), layout, "", List.of(),
                updated.isEmpty() ? "" : ViewFactory.display(java.time.LocalDate.parse(updated)), updated, List.of(),
                List.of(), "", List.of(), List.of(), List.of(), List.of(), List.of(), List.of(), List.of(),
                index.total(), List.of(), SitePaths.relative(url, CITATIONS_URL, style), groups);
    }

    /** Renders a site-wide file (sitemap, robots.txt) from every page's absolute URL and date. */
    public String renderSitemap(String template) throws BuildFailedException {
        List<Views.LinkView> entries = new java.util.ArrayList<>(content.pages().stream()
                .map(p -> new Views.LinkView(p.meta().updated().toString(), config.absolute(p.url()))).toList());
        content.pages().stream().map(p -> p.meta().updated()).max(java.util.Comparator.naturalOrder()).ifPresent(d ->
                entries.add(new Views.LinkView(d.toString(), config.absolute(CITATIONS_URL))));
        entries.sort(java.util.Comparator.comparing(Views.LinkView::href));
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
        PageCitations cites = new PageCitations(url, page.title());
        citations.link(body, cites, sink);
        String html = markdown.render(body, url, file, links, sink);
        List<Heading> toc = body.headings().stream().filter(h -> h.level() <= 3).toList();
        var faqs = layout.equals("faq") ? views.faqs(url, file, cites, sink) : List.<Views.FaqCategoryView>of();
        var glossary = layout.equals("glossary") ? views.glossary(url, file, cites, sink) : List.<Views.TermView>of();
        var tables = views.tables(page.meta().tables(), url, file, cites, sink);
        index.add(cites);
        String indexHref = SitePaths.relative(url, CITATIONS_URL, style);
        return new Views.PageView(page.title(), page.meta().description(), url, config.absolute(url), layout, html,
                toc, ViewFactory.display(page.meta().updated()), page.meta().updated().toString(),
                views.sources(page.meta().sources()), related(page, url), editUrl(page),
                views.changes(page.meta().changes()), page.meta().figures(), faqs, glossary, tables,
                layout.equals("sources") ? views.allSources() : List.of(),
                children.getOrDefault(url, List.of()).stream()
                        .map(c -> new Views.SectionView(c.title(), SitePaths.relative(url, c.url(), style),
                                c.meta().description()))
                        .toList(),
                cites.count(), index.summary(cites).stream().map(e -> new Views.CitedView(e.label(), e.heading(),
                        e.url(), e.count(), indexHref + "#" + e.anchor())).toList(), indexHref, List.of());
    }

    private List<Views.LinkView> related(Page page, String url) {
        return page.meta().related().stream()
                .map(r -> r.value().startsWith("/") ? r.value() : "/" + r.value())
                .map(p -> p.endsWith("/") ? p : p + "/")
                .map(pagesByUrl::get).filter(java.util.Objects::nonNull)
                .map(p -> new Views.LinkView(p.title(), SitePaths.relative(url, p.url(), style)))
                .toList();
    }

    private String editUrl(Page page) {
        return config.editUrl().isEmpty() ? "" : config.editUrl().replace("{path}", page.relPath());
    }
}
