package dev.sesref.site;

import dev.sesref.config.ConfigLoader;
import dev.sesref.config.SiteConfig;
import dev.sesref.content.Content;
import dev.sesref.content.ContentLoader;
import dev.sesref.content.Page;
import dev.sesref.content.LinkStyle;
import dev.sesref.content.SitePaths;
import dev.sesref.diag.BuildFailedException;
import dev.sesref.diag.Diagnostic;
import dev.sesref.diag.Diagnostics;
import dev.sesref.cite.CitationIndex;
import dev.sesref.cite.CitationLinker;
import dev.sesref.markdown.InternalLinks;
import dev.sesref.markdown.LinkTargets;
import dev.sesref.markdown.MarkdownRenderer;
import dev.sesref.markdown.ParsedMarkdown;
import dev.sesref.render.PageRenderer;
import dev.sesref.render.RenderSetup;
import dev.sesref.render.SpecialPages;
import dev.sesref.render.Theme;
import dev.sesref.search.SearchDocument;
import dev.sesref.search.SearchIndex;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** Builds the whole site: the pipeline config, content, markdown, render, output, one named step each. */
public final class SiteBuilder {
    private final BuildOptions options;
    private final Diagnostics diagnostics = new Diagnostics();
    private final MarkdownRenderer markdown = new MarkdownRenderer();
    private final StepTimes times = new StepTimes();

    public SiteBuilder(BuildOptions options) {
        this.options = options;
    }

    /**
     * Runs every step; throws with all diagnostics when any step found an error, in which case the
     * output folder is left untouched.
     */
    public BuildReport build() throws BuildFailedException {
        OutputGuard.check(options);
        Rendered rendered = render();
        if (options.write()) {
            times.run("write output", () -> OutputWriter.write(rendered.output(), options.outDir()));
        }
        return rendered.report();
    }

    /** A rendered site, not yet written anywhere, and its report. */
    public record Rendered(SiteOutput output, BuildReport report, SiteConfig config, Content content) {
    }

    /** Runs every step but writing; throws with all diagnostics when any step found an error. */
    public Rendered render() throws BuildFailedException {
        SiteConfig config = times.time("load config", () -> ConfigLoader.load(options.contentDir(),
                options.contentDir(), options.baseUrl()));
        Content content = times.time("load content", () -> new ContentLoader(options.contentDir(),
                options.contentDir()).load());
        Theme theme = times.time("load theme", () -> Theme.load(options.themesDir(), options.themesDir(),
                config.theme()));
        Steps.checkLayouts(content, theme, diagnostics);
        CitationLinker citations = times.time("load citations", () -> Steps.loadCitations(config, content,
                options.contentDir(), diagnostics));
        Map<String, ParsedMarkdown> bodies = times.time("parse markdown", () -> parseMarkdown(content));
        LinkTargets links = new InternalLinks(Steps.anchors(content, bodies), Steps.assetPaths(content),
                options.linkStyle());
        CitationIndex citationIndex = new CitationIndex(citations.catalog());
        RenderSetup setup = new RenderSetup(config, content, theme, markdown, links, options.linkStyle(),
                Steps.children(content), citations, citationIndex);
        SiteOutput output = new SiteOutput();
        List<SearchDocument> searchDocs = times.time("extract search documents",
                () -> SearchIndex.extract(content, bodies, markdown));
        times.run("render pages", () -> renderPages(content, bodies, new PageRenderer(setup), output));
        times.run("build search index", () -> SearchIndex.build(searchDocs, citationIndex,
                options.linkStyle() == LinkStyle.INDEX_FILE ? SearchIndex.Format.SCRIPT : SearchIndex.Format.JSON)
                .forEach(output::put));
        times.run("render site pages", () -> Steps.renderSpecialPages(new SpecialPages(setup), output, diagnostics));
        times.run("copy assets", () -> Steps.copyAssets(theme, content, options.contentDir(), output, diagnostics));
        failOnErrors();
        return new Rendered(output, new BuildReport(content.pages().size(), output.size(), diagnostics.sorted(),
                Steps.newest(content)), config, content);
    }

    /** How long each step of this builder's last run took. */
    public StepTimes times() {
        return times;
    }

    private Map<String, ParsedMarkdown> parseMarkdown(Content content) {
        Map<String, ParsedMarkdown> bodies = new ConcurrentHashMap<>();
        content.pages().parallelStream().forEach(p -> bodies.put(p.url(), markdown.parse(p.body())));
        return bodies;
    }

    private void renderPages(Content content, Map<String, ParsedMarkdown> bodies, PageRenderer renderer,
                             SiteOutput output) {
        content.pages().parallelStream().forEach((Page p) -> {
            try {
                output.put(SitePaths.outputFile(p.url()), renderer.render(p, bodies.get(p.url()), diagnostics::add));
            } catch (BuildFailedException e) {
                diagnostics.addAll(e.diagnostics());
            }
        });
    }

    private void failOnErrors() throws BuildFailedException {
        if (diagnostics.hasErrors()) {
            throw new BuildFailedException(diagnostics.sorted());
        }
    }

    /** What a successful build did, and the warnings it found. */
    public record BuildReport(int pages, int files, List<Diagnostic> warnings, java.time.LocalDate newest) {
        public BuildReport {
            warnings = List.copyOf(warnings);
        }
    }
}
