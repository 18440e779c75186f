package dev.sesref.site;

import dev.sesref.cite.CitationIndex;
import dev.sesref.cite.CitationLinker;
import dev.sesref.config.ConfigLoader;
import dev.sesref.config.SiteConfig;
import dev.sesref.content.Content;
import dev.sesref.content.ContentLoader;
import dev.sesref.content.LinkStyle;
import dev.sesref.diag.BuildFailedException;
import dev.sesref.diag.Diagnostic;
import dev.sesref.diag.Diagnostics;
import dev.sesref.markdown.InternalLinks;
import dev.sesref.markdown.LinkTargets;
import dev.sesref.markdown.MarkdownRenderer;
import dev.sesref.markdown.ParsedMarkdown;
import dev.sesref.render.CompiledPage;
import dev.sesref.render.PageRenderer;
import dev.sesref.render.RenderSetup;
import dev.sesref.render.SpecialPages;
import dev.sesref.render.Theme;
import dev.sesref.search.BodySection;
import dev.sesref.search.SearchDocument;
import dev.sesref.search.SearchIndex;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Builds the whole site: the pipeline config, content, markdown, render, output, one named step
 * each.
 */
public final class SiteBuilder {
    private final BuildOptions options;
    private final RenderCache cache;
    private final boolean deferSearch;
    private final Diagnostics diagnostics = new Diagnostics();
    private final MarkdownRenderer markdown = new MarkdownRenderer();
    private final StepTimes times = new StepTimes();
    private final PageSteps pages;

    public SiteBuilder(BuildOptions options) {
        this(options, RenderCache.oneShot(), false);
    }

    /**
     * A builder that reuses what earlier builds with the same cache made (serve).
     *
     * @param deferSearch leave the search index of the last build in place; {@link #search} makes
     *     the new one
     */
    public SiteBuilder(BuildOptions options, RenderCache cache, boolean deferSearch) {
        this.options = options;
        this.cache = cache;
        this.deferSearch = deferSearch;
        this.pages = new PageSteps(cache, diagnostics, markdown);
    }

    /**
     * Runs every step; throws with all diagnostics when any step found an error, in which case the
     * output folder is left untouched.
     */
    public BuildReport build() throws BuildFailedException {
        if (!options.write()) {
            return render().report();
        }
        OutputGuard.checkFolder(
                options.outDir(), options.contentDir(), options.themesDir(), options.force());
        Path fresh = OutputWriter.prepare(options.outDir());
        try {
            Rendered rendered =
                    render(SiteOutput.onDisk(fresh, OutputWriter.lastBuild(options.outDir())));
            times.run("swap output in", () -> OutputWriter.swapIn(fresh, options.outDir()));
            return rendered.report();
        } catch (UncheckedIOException e) {
            throw new BuildFailedException(
                    List.of(
                            Diagnostic.error(
                                    options.outDir(),
                                    0,
                                    0,
                                    "cannot write the site: "
                                            + e.getCause()
                                            + "; the previous site is left as it was")));
        } finally {
            OutputWriter.discard(fresh);
        }
    }

    /** A rendered site, not yet written anywhere, and its report. */
    public record Rendered(
            SiteOutput output,
            BuildReport report,
            SiteConfig config,
            Content content,
            CitationIndex citations) {}

    /** Runs every step but writing; throws with all diagnostics when any step found an error. */
    public Rendered render() throws BuildFailedException {
        return render(new SiteOutput());
    }

    private Rendered render(SiteOutput output) throws BuildFailedException {
        SiteConfig config =
                times.time(
                        "load config",
                        () ->
                                ConfigLoader.load(
                                        options.contentDir(),
                                        options.contentDir(),
                                        options.baseUrl()));
        Content content =
                times.time(
                        "load content",
                        () ->
                                new ContentLoader(
                                                options.contentDir(),
                                                options.contentDir(),
                                                cache.content())
                                        .load());
        Theme theme =
                times.time(
                        "load theme",
                        () ->
                                cache.theme(
                                        Theme.load(
                                                options.themesDir(),
                                                options.themesDir(),
                                                config.theme())));
        Steps.checkLayouts(content, theme, diagnostics);
        CitationLinker citations =
                times.time(
                        "load citations",
                        () ->
                                Steps.loadCitations(
                                        config, content, options.contentDir(), diagnostics));
        // Only the anchors are kept from here: each parsed page stays in the cache until it is
        // rendered.
        Map<String, Set<String>> anchors =
                times.time("parse markdown", () -> Steps.anchors(content, parseMarkdown(content)));
        Object shape = cache.canonical("site", Steps.shape(config, content, anchors, options));
        LinkTargets links =
                new InternalLinks(anchors, Steps.assetPaths(content), options.linkStyle());
        RenderSetup setup =
                new RenderSetup(
                        config,
                        content,
                        theme,
                        markdown,
                        links,
                        options.linkStyle(),
                        Steps.children(content),
                        citations);
        List<SearchDocument> searchDocs =
                deferSearch
                        ? List.of()
                        : times.time(
                                "extract search documents",
                                () -> SearchIndex.extract(content, sections(content), markdown));
        PageRenderer renderer = new PageRenderer(setup);
        List<CompiledPage> compiled =
                times.time("compile pages", () -> pages.compile(content, renderer, shape));
        CitationIndex citationIndex =
                new CitationIndex(
                        citations.catalog(), compiled.stream().map(CompiledPage::cited).toList());
        times.run("render pages", () -> pages.render(compiled, renderer, theme, output));
        // Written from both cores: creating thousands of files is mostly the kernel's work.
        times.run(
                "build search index",
                () ->
                        searchIndex(searchDocs, citationIndex, content.lexicon())
                                .entrySet()
                                .parallelStream()
                                .forEach(f -> output.put(f.getKey(), f.getValue())));
        times.run(
                "render site pages",
                () ->
                        renderSitePages(
                                new SpecialPages(setup, citationIndex),
                                shape,
                                theme,
                                citationIndex,
                                output));
        times.run(
                "copy assets",
                () -> Steps.copyAssets(theme, content, options.contentDir(), output, diagnostics));
        failOnErrors();
        return new Rendered(
                output,
                new BuildReport(
                        content.pages().size(),
                        output.size(),
                        diagnostics.sorted(),
                        Steps.newest(content)),
                config,
                content,
                citationIndex);
    }

    /**
     * The search index of a rendered site, what a deferred build leaves for later; kept as the
     * cache's current index. Runs beside the next rebuild (serve); it reads each page's sections
     * from the cache, values taken when the page was parsed (a page whose text has changed since is
     * parsed again), never a tree that rebuild links citations into.
     */
    public Map<String, byte[]> search(Rendered rendered) {
        cache.search(
                SearchIndex.build(
                        SearchIndex.extract(
                                rendered.content(), sections(rendered.content()), markdown),
                        rendered.citations(),
                        rendered.content().lexicon(),
                        searchFormat(),
                        d -> {}));
        return cache.search();
    }

    /** The pages this builder rendered (the others were reused from the cache), by URL path. */
    public Set<String> renderedPages() {
        return Set.copyOf(pages.rendered);
    }

    /** The pages this builder compiled (the others were reused from the cache), by URL path. */
    public Set<String> compiledPages() {
        return Set.copyOf(pages.compiled);
    }

    /** How long each step of this builder's last run took. */
    public StepTimes times() {
        return times;
    }

    /**
     * Every page's parsed body. A page that could not be parsed (over the limits) fails the build
     * here: without its headings, every link into it would be reported as well.
     */
    private Map<String, ParsedMarkdown> parseMarkdown(Content content) throws BuildFailedException {
        cache.retainPages(content.pagesByUrl().keySet());
        Map<String, ParsedMarkdown> bodies = new ConcurrentHashMap<>();
        content.pages().parallelStream()
                .forEach(p -> bodies.put(p.url(), cache.parsed(p, markdown)));
        List<Diagnostic> unparsed =
                bodies.values().stream()
                        .filter(b -> !b.parsed())
                        .flatMap(b -> b.problems().stream())
                        .toList();
        if (!unparsed.isEmpty()) {
            diagnostics.addAll(unparsed);
            failOnErrors();
        }
        return bodies;
    }

    /**
     * Each page's search sections, read from its parsed body before any render linked citations.
     */
    private Map<String, List<BodySection>> sections(Content content) {
        Map<String, List<BodySection>> out = new ConcurrentHashMap<>();
        content.pages().parallelStream()
                .forEach(p -> out.put(p.url(), cache.sections(p, markdown)));
        return out;
    }

    private Map<String, byte[]> searchIndex(
            List<SearchDocument> docs,
            CitationIndex citationIndex,
            List<dev.sesref.content.LexiconEntry> lexicon) {
        if (!deferSearch) {
            cache.search(
                    SearchIndex.build(
                            docs, citationIndex, lexicon, searchFormat(), diagnostics::add));
        }
        return cache.search();
    }

    private SearchIndex.Format searchFormat() {
        return options.linkStyle() == LinkStyle.INDEX_FILE
                ? SearchIndex.Format.SCRIPT
                : SearchIndex.Format.JSON;
    }

    /**
     * The citations index (again only when a page's citations changed) and the other site-wide
     * pages.
     */
    private void renderSitePages(
            SpecialPages special,
            Object shape,
            Theme theme,
            CitationIndex index,
            SiteOutput output) {
        try {
            Object siteKey = List.of(shape, theme);
            Map<String, byte[]> site = cache.files("site", siteKey).orElse(null);
            if (site == null) {
                site = cache.putFiles("site", siteKey, Steps.siteFiles(special));
            }
            Object citeKey = List.of(shape, theme, index.uses());
            Map<String, byte[]> cites = cache.files("citations", citeKey).orElse(null);
            if (cites == null) {
                cites = cache.putFiles("citations", citeKey, Steps.citationFiles(special));
            }
            site.forEach(output::put);
            cites.forEach(output::put);
        } catch (BuildFailedException e) {
            diagnostics.addAll(e.diagnostics());
        }
    }

    private void failOnErrors() throws BuildFailedException {
        if (diagnostics.hasErrors()) {
            throw new BuildFailedException(diagnostics.sorted());
        }
    }

    /** What a successful build did, and the warnings it found. */
    public record BuildReport(
            int pages, int files, List<Diagnostic> warnings, java.time.LocalDate newest) {
        public BuildReport {
            warnings = List.copyOf(warnings);
        }
    }
}
