package dev.sesref.render;

import dev.sesref.cite.CitationIndex;
import dev.sesref.cite.CitedPage;
import dev.sesref.cite.PageCitations;
import dev.sesref.config.SiteConfig;
import dev.sesref.content.DateRef;
import dev.sesref.content.Layout;
import dev.sesref.content.LinkStyle;
import dev.sesref.content.Page;
import dev.sesref.content.SitePaths;
import dev.sesref.diag.BuildFailedException;
import dev.sesref.diag.Diagnostic;
import dev.sesref.markdown.Heading;
import dev.sesref.markdown.MarkdownRenderer;
import dev.sesref.markdown.ParsedMarkdown;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * Renders content pages through the theme's layouts; thread-safe, so pages can render in parallel.
 */
public final class PageRenderer {
    /** Site path of the generated citations index page. */
    public static final String CITATIONS_URL = "/citations/";

    /** Site path of the search page. */
    public static final String SEARCH_URL = "/search/";

    /** Site path of the update log. */
    public static final String WHATS_NEW_URL = "/whats-new/";

    private static final String ID = " id=\"";

    private final RenderSetup setup;
    private final SiteConfig config;
    private final MarkdownRenderer markdown;
    private final LinkStyle style;
    private final ThemeMarkup markup;
    private final ViewFactory views;
    private final Frame frame;
    private final GlossaryLinks glossary;
    private final Map<String, Page> pagesByUrl;

    /** The page listing the registry of legal changes, where notices link to; null if none. */
    private final String changesUrl;

    public PageRenderer(RenderSetup setup) {
        this.setup = setup;
        this.config = setup.config();
        this.markdown = setup.markdown();
        this.style = setup.style();
        this.markup = new ThemeMarkup(setup.theme());
        this.views =
                new ViewFactory(
                        setup.content(),
                        markdown,
                        setup.links(),
                        setup.citations(),
                        markup,
                        setup.style());
        this.frame = new Frame(setup);
        this.glossary = new GlossaryLinks(setup.content(), markdown, style);
        this.pagesByUrl = setup.content().pagesByUrl();
        this.changesUrl =
                setup.content().pageWithLayout(Layout.CHANGES).map(Page::url).orElse(null);
    }

    /**
     * Compiles one page: links its citations, renders its body and its layout's data. {@code body}
     * is the page's parsed Markdown, handed over: compiling links citations into it. Markdown
     * problems are in the result; a template failure in the theme's citation or table markup is
     * thrown.
     */
    public CompiledPage compile(Page page, ParsedMarkdown body) throws BuildFailedException {
        DateRef reviewed = page.meta().reviewed();
        PageCitations cites =
                new PageCitations(
                        page.url(), page.title(), reviewed == null ? null : reviewed.date());
        List<Diagnostic> problems = new ArrayList<>();
        Consumer<Diagnostic> sink = problems::add;
        String url = page.url();
        String file = page.relPath();
        try {
            setup.citations().link(body, cites, markup, sink);
            GlossaryLinks.PageTerms terms = glossary.forPage(page);
            terms.link(body, markup);
            String html = markdown.renderPageBody(body, url, file, setup.links(), markup, sink);
            Views.LayoutPart part = part(page, cites, terms, sink);
            var tables = views.tables(page.meta().tables(), url, file, cites, terms, sink);
            CitedPage cited = cites.done();
            return new CompiledPage(
                    page,
                    html,
                    body.headings(),
                    tables,
                    part,
                    currency(page, cited, sink),
                    cited,
                    terms.used(),
                    problems);
        } catch (ThemeMarkup.Failure e) {
            throw e.failure();
        }
    }

    /** A page's HTML and the problems found in it (ids the page has twice). */
    public record Result(String html, List<Diagnostic> problems) {}

    /** Renders a compiled page through its layout; template failures are thrown. */
    public Result render(CompiledPage compiled) throws BuildFailedException {
        Page page = compiled.page();
        String html =
                setup.theme()
                        .render(
                                "layouts/" + page.layout() + ".ftlh",
                                frame.root(view(compiled), Links.relativeTo(page.url(), style)));
        List<Diagnostic> problems = new ArrayList<>();
        duplicateIds(html, page, compiled.headings(), problems::add);
        return new Result(html, problems);
    }

    private Views.LayoutPart part(
            Page page,
            PageCitations cites,
            GlossaryLinks.PageTerms terms,
            Consumer<Diagnostic> sink) {
        String url = page.url();
        String file = page.relPath();
        return switch (page.kind()) {
            case FAQ -> views.faqs(page, cites, terms, sink);
            case GLOSSARY -> new Views.GlossaryPart(views.glossary(url, file, cites, terms, sink));
            case SOURCES -> new Views.SourcesPart(views.allSources());
            case CHANGES ->
                    new Views.ChangesPart(views.legalChanges(url, file, cites, terms, sink));
            case ARTICLE, HOME, COMPARISON -> new Views.ArticlePart();
        };
    }

    /**
     * Reports each id the rendered page has more than once (a link to it could land on either): at
     * the heading that makes one of them, else at the page's first line.
     */
    private static void duplicateIds(
            String html, Page page, List<Heading> headings, Consumer<Diagnostic> sink) {
        java.util.Set<String> seen = new java.util.HashSet<>();
        java.util.Set<String> reported = new java.util.HashSet<>();
        for (int at = html.indexOf(ID); at >= 0; at = html.indexOf(ID, at + ID.length())) {
            int end = html.indexOf('"', at + ID.length());
            if (end < 0) {
                break;
            }
            String id = html.substring(at + ID.length(), end);
            if (!seen.add(id) && reported.add(id)) {
                Heading h =
                        headings.stream().filter(x -> x.id().equals(id)).findFirst().orElse(null);
                sink.accept(
                        h != null
                                ? Diagnostic.error(
                                        page.file(),
                                        h.line(),
                                        h.column(),
                                        "this heading's anchor '#"
                                                + id
                                                + "' is also used by another element of the page (an FAQ, term, table, footnote or "
                                                + "citation id, or the theme's); reword the heading")
                                : Diagnostic.error(
                                        page.file(),
                                        1,
                                        1,
                                        "the rendered page has the id '"
                                                + id
                                                + "' more than "
                                                + "once; rename the FAQ, term or table id (or the theme element) that repeats it"));
            }
        }
    }

    private Views.PageView view(CompiledPage compiled) {
        Page page = compiled.page();
        String url = page.url();
        String indexHref = SitePaths.relative(url, CITATIONS_URL, style);
        DateRef reviewed = page.meta().reviewed();
        return new Views.PageView(
                page.title(),
                page.meta().description(),
                url,
                config.absolute(url),
                page.layout(),
                compiled.bodyHtml(),
                compiled.headings().stream().filter(h -> h.level() <= 3).toList(),
                ViewFactory.display(page.meta().updated()),
                page.meta().updated().toString(),
                reviewed == null ? "" : ViewFactory.display(reviewed.date()),
                reviewed == null ? "" : reviewed.date().toString(),
                views.sources(page.meta().sources()),
                related(page, url),
                editUrl(page),
                views.changes(page.meta().changes()),
                page.meta().figures(),
                compiled.tables(),
                setup.children().getOrDefault(url, List.of()).stream()
                        .map(
                                c ->
                                        new Views.SectionView(
                                                c.title(),
                                                SitePaths.relative(url, c.url(), style),
                                                c.meta().description()))
                        .toList(),
                new Views.CitingView(
                        compiled.cited().count(),
                        CitationIndex.summary(setup.citations().catalog(), compiled.cited())
                                .stream()
                                .map(
                                        e ->
                                                new Views.CitedView(
                                                        e.id(),
                                                        e.label(),
                                                        e.heading(),
                                                        e.verified(),
                                                        e.url(),
                                                        e.count(),
                                                        indexHref + "#" + e.anchor(),
                                                        Views.ProviderView.of(e.asOf())))
                                .toList(),
                        indexHref,
                        compiled.terms()),
                compiled.notices(),
                StructuredData.forPage(config, page),
                compiled.part());
    }

    /**
     * A page that cites the law must say when it was last checked against it; each registered
     * change to a provision it cites made after that date is a warning at its 'reviewed' date and a
     * notice on the page.
     */
    private List<Views.NoticeView> currency(Page page, CitedPage cites, Consumer<Diagnostic> sink) {
        DateRef reviewed = page.meta().reviewed();
        if (reviewed == null) {
            if (cites.count() > 0) {
                sink.accept(
                        Diagnostic.error(
                                page.file(),
                                1,
                                1,
                                "this page cites the law ("
                                        + cites.count()
                                        + " citation(s)) but its front matter has no 'reviewed:' date; add 'reviewed: YYYY-MM-DD', the "
                                        + "day its facts were last checked against the law and official guidance"));
            }
            return List.of();
        }
        return setup
                .citations()
                .catalog()
                .changesAfter(reviewed.date(), cites.authorities())
                .stream()
                .map(
                        r -> {
                            var c = r.change();
                            sink.accept(
                                    Diagnostic.warning(
                                            page.file(),
                                            reviewed.line(),
                                            reviewed.column(),
                                            "'"
                                                    + c.title()
                                                    + "' ("
                                                    + c.id()
                                                    + ", "
                                                    + c.date()
                                                    + ") changed "
                                                    + r.affects().stream()
                                                            .map(dev.sesref.cite.Authority::label)
                                                            .distinct()
                                                            .collect(
                                                                    java.util.stream.Collectors
                                                                            .joining(", "))
                                                    + ", cited here, after this page was reviewed ("
                                                    + reviewed.date()
                                                    + "); check the page against "
                                                    + "it, then set 'reviewed:' to the day you did"));
                            return new Views.NoticeView(
                                    c.title(),
                                    ViewFactory.display(c.date()),
                                    c.date().toString(),
                                    changesUrl == null
                                            ? ""
                                            : SitePaths.relative(page.url(), changesUrl, style)
                                                    + "#"
                                                    + c.id());
                        })
                .toList();
    }

    private List<Views.LinkView> related(Page page, String url) {
        return page.meta().related().stream()
                .map(r -> pagesByUrl.get(SitePaths.normalizePage(r.value())))
                .filter(java.util.Objects::nonNull)
                .map(p -> new Views.LinkView(p.title(), SitePaths.relative(url, p.url(), style)))
                .toList();
    }

    private String editUrl(Page page) {
        return config.editUrl().isEmpty() ? "" : config.editUrl().replace("{path}", page.relPath());
    }
}
