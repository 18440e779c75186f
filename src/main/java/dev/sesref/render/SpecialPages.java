package dev.sesref.render;

import dev.sesref.cite.CitationIndex;
import dev.sesref.content.Change;
import dev.sesref.content.Layout;
import dev.sesref.content.LinkStyle;
import dev.sesref.content.Page;
import dev.sesref.content.SitePaths;
import dev.sesref.diag.BuildFailedException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The generated pages and files that are not content: 404, search, citations index, update log,
 * Atom feed, sitemap and robots.txt. Rendered after the content pages.
 */
public final class SpecialPages {
    private final RenderSetup setup;
    private final CitationIndex index;
    private final Frame frame;
    private final LinkStyle style;

    /**
     * @param index every page's citations, once the pages are rendered
     */
    public SpecialPages(RenderSetup setup, CitationIndex index) {
        this.setup = setup;
        this.index = index;
        this.frame = new Frame(setup);
        this.style = setup.style();
    }

    /**
     * The 404 page: served at any address by a web server, so its links are absolute under the base
     * path, except in the offline bundle, where it sits at the root and links relatively.
     */
    public String notFound() throws BuildFailedException {
        String url = "/404.html";
        Links links =
                style == LinkStyle.INDEX_FILE
                        ? Links.relativeTo(url, style)
                        : new Links(url, style, setup.config().basePath());
        return setup.theme()
                .render(
                        "404.ftlh",
                        frame.root(
                                view(
                                        url,
                                        "Page not found",
                                        "There is no page at this address.",
                                        "special",
                                        null,
                                        new Views.ArticlePart()),
                                links));
    }

    public String search() throws BuildFailedException {
        String url = PageRenderer.SEARCH_URL;
        return setup.theme()
                .render(
                        "search.ftlh",
                        frame.root(
                                view(
                                        url,
                                        "Search",
                                        "Search every page, question and glossary term of the site.",
                                        "special",
                                        null,
                                        new Views.ArticlePart()),
                                Links.relativeTo(url, style)));
    }

    private Views.AuthorityView authority(CitationIndex.Entry e, String url) {
        return new Views.AuthorityView(
                e.anchor(),
                e.label(),
                e.heading(),
                e.verified(),
                e.links().stream().map(Views.ProviderView::of).toList(),
                e.uses().size(),
                pagesCiting(e.uses(), url));
    }

    /**
     * An authority's uses grouped by page, in page order, and within a page by the part that cites
     * it, in text order.
     */
    private List<Views.PageUsesView> pagesCiting(List<CitationIndex.Use> uses, String url) {
        Map<String, List<CitationIndex.Use>> byPage = new LinkedHashMap<>();
        uses.forEach(u -> byPage.computeIfAbsent(u.pageUrl(), k -> new ArrayList<>()).add(u));
        List<Views.PageUsesView> out = new ArrayList<>();
        byPage.forEach(
                (page, list) -> {
                    Map<String, List<CitationIndex.Use>> byPart = new LinkedHashMap<>();
                    list.forEach(
                            u ->
                                    byPart.computeIfAbsent(u.section(), k -> new ArrayList<>())
                                            .add(u));
                    CitationIndex.Use first = list.get(0);
                    out.add(
                            new Views.PageUsesView(
                                    first.pageTitle(),
                                    SitePaths.relative(url, page, style),
                                    Views.ProviderView.of(first.asOf()),
                                    ViewFactory.display(first.reviewed()),
                                    first.reviewed() == null ? "" : first.reviewed().toString(),
                                    byPart.entrySet().stream()
                                            .map(p -> place(url, page, p.getKey(), p.getValue()))
                                            .toList()));
                });
        return out;
    }

    /** A part of a page, linked to its first citation of an authority and then to the others. */
    private Views.PlaceView place(
            String url, String page, String part, List<CitationIndex.Use> uses) {
        List<String> hrefs =
                uses.stream()
                        .map(u -> SitePaths.relative(url, page + "#" + u.anchor(), style))
                        .toList();
        return new Views.PlaceView(part, hrefs.get(0), hrefs.subList(1, hrefs.size()));
    }

    /** Every cited authority with its links and the places that cite it. */
    public String citationIndex() throws BuildFailedException {
        String url = PageRenderer.CITATIONS_URL;
        List<Views.CitationGroupView> groups =
                index.groups().stream()
                        .map(
                                g ->
                                        new Views.CitationGroupView(
                                                g.title(),
                                                g.entries().stream()
                                                        .map(e -> authority(e, url))
                                                        .toList()))
                        .toList();
        return setup.theme()
                .render(
                        "citations.ftlh",
                        frame.root(
                                view(
                                        url,
                                        "Citations index",
                                        "Every statute, regulation and law the site cites, with links to the official text and to each "
                                                + "place it is cited.",
                                        "citations",
                                        newest(),
                                        new Views.CitationIndexPart(groups)),
                                Links.relativeTo(url, style)));
    }

    /** The update log: every page's change notes, newest first. */
    public String whatsNew() throws BuildFailedException {
        String url = PageRenderer.WHATS_NEW_URL;
        List<Views.UpdateView> updates =
                updates().stream()
                        .map(
                                u ->
                                        new Views.UpdateView(
                                                u.id(setup.config()),
                                                ViewFactory.display(u.change().date()),
                                                u.change().date().toString(),
                                                u.change().note(),
                                                u.page().title(),
                                                SitePaths.relative(url, u.page().url(), style)))
                        .toList();
        return setup.theme()
                .render(
                        "whats-new.ftlh",
                        frame.root(
                                view(
                                        url,
                                        "What's new",
                                        "Every change to the site's pages, newest first, from each page's update log.",
                                        "whats-new",
                                        newest(),
                                        new Views.UpdatesPart(updates)),
                                Links.relativeTo(url, style)));
    }

    /** The Atom feed of the update log. */
    public String feed() throws BuildFailedException {
        var config = setup.config();
        List<Views.UpdateView> entries =
                new ArrayList<>(
                        updates().stream()
                                .map(
                                        u ->
                                                new Views.UpdateView(
                                                        u.id(config),
                                                        u.change().date().toString(),
                                                        u.change().date() + "T00:00:00Z",
                                                        u.change().note(),
                                                        u.page().title(),
                                                        config.absolute(u.page().url())))
                                .toList());
        // The registry of legal changes, when a page lists it: each change is an entry of its own.
        setup.content()
                .pageWithLayout(Layout.CHANGES)
                .ifPresent(
                        page ->
                                setup.citations()
                                        .catalog()
                                        .changes()
                                        .forEach(
                                                r ->
                                                        entries.add(
                                                                new Views.UpdateView(
                                                                        config.absolute(page.url())
                                                                                + "#"
                                                                                + r.change().id(),
                                                                        r.change()
                                                                                .date()
                                                                                .toString(),
                                                                        r.change().date()
                                                                                + "T00:00:00Z",
                                                                        r.change().title(),
                                                                        page.title(),
                                                                        config.absolute(page.url())
                                                                                + "#"
                                                                                + r.change()
                                                                                        .id()))));
        entries.sort(
                Comparator.comparing(Views.UpdateView::date)
                        .reversed()
                        .thenComparing(Views.UpdateView::id));
        String updated =
                entries.stream()
                        .map(Views.UpdateView::date)
                        .max(Comparator.naturalOrder())
                        .filter(d -> d.compareTo(newest()) > 0)
                        .orElse(newest());
        return setup.theme()
                .render(
                        "feed.xml.ftlx",
                        new FeedRoot(
                                frame.site(),
                                config.absolute("/feed.xml"),
                                config.absolute(PageRenderer.WHATS_NEW_URL),
                                updated + "T00:00:00Z",
                                entries));
    }

    /** The data model of the Atom feed. */
    public record FeedRoot(
            Views.SiteView site,
            String self,
            String alternate,
            String updated,
            List<Views.UpdateView> entries) {}

    /** Renders a site-wide file (sitemap, robots.txt) from every page's absolute URL and date. */
    public String sitemap(String template) throws BuildFailedException {
        var config = setup.config();
        List<Views.LinkView> entries =
                new ArrayList<>(
                        setup.content().pages().stream()
                                .map(
                                        p ->
                                                new Views.LinkView(
                                                        p.meta().updated().toString(),
                                                        config.absolute(p.url())))
                                .toList());
        for (String generated : List.of(PageRenderer.CITATIONS_URL, PageRenderer.WHATS_NEW_URL)) {
            entries.add(new Views.LinkView(newest(), config.absolute(generated)));
        }
        entries.sort(Comparator.comparing(Views.LinkView::href));
        return setup.theme().render(template, new SitemapRoot(frame.site(), entries));
    }

    /**
     * The data model of site-wide files: {@code entries} hold each page's date (title) and absolute
     * URL (href).
     */
    public record SitemapRoot(Views.SiteView site, List<Views.LinkView> entries) {}

    private record Update(Page page, Change change) {
        /** Stays the same when other entries are added: page, date and the note's first words. */
        String id(dev.sesref.config.SiteConfig config) {
            String slug = dev.sesref.content.Ids.slug(change.note());
            return config.absolute(page.url())
                    + "#update-"
                    + change.date()
                    + "-"
                    + (slug.length() > 40 ? slug.substring(0, 40).replaceAll("-+$", "") : slug);
        }
    }

    private List<Update> updates() {
        return setup.content().pages().stream()
                .flatMap(p -> p.meta().changes().stream().map(c -> new Update(p, c)))
                .sorted(
                        Comparator.comparing((Update u) -> u.change().date())
                                .reversed()
                                .thenComparing(u -> u.page().title())
                                .thenComparing(u -> u.change().note()))
                .toList();
    }

    /** The newest page date: generated pages change when content does. */
    private String newest() {
        return setup.content().newest().map(LocalDate::toString).orElse("1970-01-01");
    }

    private Views.PageView view(
            String url,
            String title,
            String description,
            String layout,
            String updated,
            Views.LayoutPart part) {
        var config = setup.config();
        String iso = updated == null ? "" : updated;
        return new Views.PageView(
                title,
                description,
                url,
                config.absolute(url),
                layout,
                "",
                List.of(),
                iso.isEmpty() ? "" : ViewFactory.display(LocalDate.parse(iso)),
                iso,
                "",
                "",
                List.of(),
                List.of(),
                "",
                List.of(),
                List.of(),
                List.of(),
                List.of(),
                new Views.CitingView(
                        index.total(),
                        List.of(),
                        SitePaths.relative(url, PageRenderer.CITATIONS_URL, style),
                        List.of()),
                List.of(),
                "",
                part);
    }
}
