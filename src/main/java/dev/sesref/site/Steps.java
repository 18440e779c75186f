package dev.sesref.site;

import dev.sesref.cite.CitationCatalog;
import dev.sesref.cite.CitationLinker;
import dev.sesref.config.SiteConfig;
import dev.sesref.content.Content;
import dev.sesref.content.Layout;
import dev.sesref.content.Page;
import dev.sesref.content.SitePaths;
import dev.sesref.diag.BuildFailedException;
import dev.sesref.diag.Diagnostic;
import dev.sesref.diag.Diagnostics;
import dev.sesref.diag.SourceTree;
import dev.sesref.markdown.Heading;
import dev.sesref.markdown.ParsedMarkdown;
import dev.sesref.render.PageRenderer;
import dev.sesref.render.SpecialPages;
import dev.sesref.render.Theme;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

/** The smaller steps of {@link SiteBuilder}, each computed once for the whole site. */
final class Steps {
    private Steps() {}

    static void checkLayouts(Content content, Theme theme, Diagnostics diagnostics) {
        for (Page p : content.pages()) {
            var layout = p.meta().layout();
            if (!theme.hasLayout(layout.value())) {
                diagnostics.add(
                        Diagnostic.error(
                                p.file(),
                                layout.line(),
                                layout.column(),
                                "layout '"
                                        + layout.value()
                                        + "' not found in the theme (no file layouts/"
                                        + layout.value()
                                        + ".ftlh); available layouts: "
                                        + String.join(", ", theme.layouts())));
            } else if (p.kind() == Layout.COMPARISON && p.meta().tables().isEmpty()) {
                diagnostics.add(
                        Diagnostic.error(
                                p.file(),
                                layout.line(),
                                layout.column(),
                                "a comparison page needs 'tables: [table-id]' naming tables of data/comparisons.yml"));
            }
        }
    }

    /**
     * Every page's path and the ids on it: headings, plus the FAQ, glossary and table ids its
     * layout prints.
     */
    static Map<String, Set<String>> anchors(Content content, Map<String, ParsedMarkdown> bodies) {
        Map<String, Set<String>> anchors = new HashMap<>();
        for (Page p : content.pages()) {
            Set<String> ids = new HashSet<>();
            bodies.get(p.url()).headings().stream().map(Heading::id).forEach(ids::add);
            ids.addAll(p.kind().anchors(content, p));
            p.meta()
                    .tables()
                    .forEach(
                            t -> {
                                ids.add(t.value());
                                content.table(t.value()).ifPresent(c -> ids.addAll(c.rowIds()));
                            });
            anchors.put(p.url(), ids);
        }
        anchors.put(PageRenderer.CITATIONS_URL, Set.of());
        anchors.put(PageRenderer.SEARCH_URL, Set.of());
        anchors.put(PageRenderer.WHATS_NEW_URL, Set.of());
        return anchors;
    }

    static Set<String> assetPaths(Content content) {
        return content.assets().stream().map(a -> "/" + a).collect(Collectors.toSet());
    }

    /**
     * Each page's direct sub-pages: those with an {@code order} first, by order, then the rest by
     * title.
     */
    static Map<String, List<Page>> children(Content content) {
        Map<String, List<Page>> children = new TreeMap<>();
        for (Page p : content.pages()) {
            if (p.url().equals("/")) {
                continue;
            }
            String parent =
                    p.url().substring(0, p.url().lastIndexOf('/', p.url().length() - 2) + 1);
            children.computeIfAbsent(parent, k -> new ArrayList<>()).add(p);
        }
        children.values()
                .forEach(
                        l ->
                                l.sort(
                                        Comparator.comparingInt(
                                                        (Page p) ->
                                                                p.meta().order() == 0
                                                                        ? Integer.MAX_VALUE
                                                                        : p.meta().order())
                                                .thenComparing(Page::title)
                                                .thenComparing(Page::url)));
        return children;
    }

    /** The newest page date: the date of the build's content (never the clock). */
    static java.time.LocalDate newest(Content content) {
        return content.newest().orElse(java.time.LocalDate.of(1980, 1, 1));
    }

    static CitationLinker loadCitations(
            SiteConfig config, Content content, Path contentDir, Diagnostics diagnostics) {
        List<Diagnostic> problems = new ArrayList<>();
        CitationCatalog catalog =
                CitationCatalog.load(content, config.citations(), contentDir, problems);
        diagnostics.addAll(problems);
        return new CitationLinker(catalog);
    }

    /** The citations index page; rendered after every page has reported its citations. */
    static Map<String, String> citationFiles(SpecialPages special) throws BuildFailedException {
        return Map.of(SitePaths.outputFile(PageRenderer.CITATIONS_URL), special.citationIndex());
    }

    /**
     * Pages and files made from the site-wide inputs: update log, search page, 404, feed, sitemap,
     * robots.
     */
    static Map<String, String> siteFiles(SpecialPages special) throws BuildFailedException {
        Map<String, String> out = new TreeMap<>();
        out.put(SitePaths.outputFile(PageRenderer.WHATS_NEW_URL), special.whatsNew());
        out.put(SitePaths.outputFile(PageRenderer.SEARCH_URL), special.search());
        out.put("404.html", special.notFound());
        out.put("feed.xml", special.feed());
        out.put("sitemap.xml", special.sitemap("sitemap.xml.ftlx"));
        out.put("robots.txt", special.sitemap("robots.txt.ftl"));
        return out;
    }

    /**
     * The inputs every page's rendering may read besides its own file: configuration, every page's
     * path and front matter, the data files, the anchors of every page, the assets and link style.
     * A body edit leaves it equal, so only the edited page renders again.
     */
    static Object shape(
            SiteConfig config,
            Content content,
            Map<String, Set<String>> anchors,
            BuildOptions options) {
        return List.of(
                config,
                content.pages().stream().map(p -> List.of(p.url(), p.relPath(), p.meta())).toList(),
                content.sources(),
                content.faqCategories(),
                content.glossary(),
                content.tables(),
                content.authorities(),
                content.aliases(),
                content.legalChanges(),
                content.assets(),
                anchors,
                options.linkStyle());
    }

    /**
     * The templates a layout may use: every template of the theme except the other layouts pages
     * use, so an edit of one layout re-renders only its pages and an edit of a shared partial all.
     */
    static Object layoutInputs(Theme theme, String layout, Set<String> usedLayouts) {
        Map<String, String> out = new TreeMap<>(theme.templates());
        usedLayouts.stream()
                .filter(l -> !l.equals(layout))
                .forEach(l -> out.remove("layouts/" + l + ".ftlh"));
        return out;
    }

    /** Publishes a theme file, its CSS and JavaScript without comments and indentation. */
    private static void copyStatic(SiteOutput output, String path, Path file) {
        Optional<String> compact = Optional.empty();
        if (Compactor.handles(path)) {
            try {
                compact = Compactor.compact(path, Files.readString(file));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        compact.ifPresentOrElse(text -> output.put(path, text), () -> output.copy(path, file));
    }

    /**
     * Copies the theme's {@code static/} files and the content's non-Markdown files (checked again
     * as they are copied).
     */
    static void copyAssets(
            Theme theme,
            Content content,
            Path contentDir,
            SiteOutput output,
            Diagnostics diagnostics) {
        theme.statics().forEach((path, file) -> copyStatic(output, path, file));
        SourceTree tree;
        try {
            tree = SourceTree.open(contentDir, contentDir, "content directory not found");
        } catch (BuildFailedException e) {
            diagnostics.addAll(e.diagnostics());
            return;
        }
        for (String asset : content.assets()) {
            try {
                if (output.contains(asset)) {
                    diagnostics.add(
                            Diagnostic.error(
                                    contentDir.resolve(asset),
                                    0,
                                    0,
                                    "this file would overwrite a generated or theme file of the same path; rename it"));
                } else {
                    output.copy(asset, tree.check(asset));
                }
            } catch (BuildFailedException e) {
                diagnostics.addAll(e.diagnostics());
            }
        }
    }
}
