package dev.sesref.site;

import dev.sesref.content.Content;
import dev.sesref.content.SitePaths;
import dev.sesref.diag.BuildFailedException;
import dev.sesref.diag.Diagnostics;
import dev.sesref.markdown.MarkdownRenderer;
import dev.sesref.render.CompiledPage;
import dev.sesref.render.PageRenderer;
import dev.sesref.render.Theme;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

/**
 * The two per-page steps of a build, each page in parallel: compile it, then render it through its
 * layout; each reuses what the cache holds from an earlier build with the same inputs.
 */
final class PageSteps {
    private final RenderCache cache;
    private final Diagnostics diagnostics;
    private final MarkdownRenderer markdown;

    /** The pages compiled and rendered anew (not reused from the cache), by URL path. */
    final Set<String> compiled = ConcurrentHashMap.newKeySet();

    final Set<String> rendered = ConcurrentHashMap.newKeySet();

    PageSteps(RenderCache cache, Diagnostics diagnostics, MarkdownRenderer markdown) {
        this.cache = cache;
        this.diagnostics = diagnostics;
        this.markdown = markdown;
    }

    /**
     * Every page compiled: the cached result when the page and the site-wide inputs are unchanged.
     * A page that fails to compile is left out, its problems reported.
     */
    List<CompiledPage> compile(Content content, PageRenderer renderer, Object shape) {
        Map<String, CompiledPage> done = new ConcurrentHashMap<>();
        content.pages().parallelStream()
                .forEach(
                        p -> {
                            CompiledPage c = cache.compiled(p, shape).orElse(null);
                            if (c == null) {
                                try {
                                    compiled.add(p.url());
                                    c = renderer.compile(p, cache.forRender(p, markdown));
                                } catch (BuildFailedException e) {
                                    diagnostics.addAll(e.diagnostics());
                                    return;
                                }
                                cache.putCompiled(p, shape, c);
                            }
                            diagnostics.addAll(c.problems());
                            done.put(p.url(), c);
                        });
        return content.pages().stream()
                .map(p -> done.get(p.url()))
                .filter(java.util.Objects::nonNull)
                .toList();
    }

    /**
     * Renders each compiled page through its layout again only when it was compiled anew or its
     * layout's templates changed.
     */
    void render(
            List<CompiledPage> compiled, PageRenderer renderer, Theme theme, SiteOutput output) {
        Set<String> used =
                compiled.stream().map(c -> c.page().layout()).collect(Collectors.toSet());
        Map<String, Object> layouts = new HashMap<>();
        used.forEach(
                l ->
                        layouts.put(
                                l,
                                cache.canonical(
                                        "layout " + l, Steps.layoutInputs(theme, l, used))));
        compiled.parallelStream()
                .forEach(
                        c -> {
                            Object layout = layouts.get(c.page().layout());
                            RenderCache.PageEntry entry = cache.page(c, layout).orElse(null);
                            if (entry == null) {
                                try {
                                    rendered.add(c.page().url());
                                    PageRenderer.Result r = renderer.render(c);
                                    entry =
                                            new RenderCache.PageEntry(
                                                    c,
                                                    layout,
                                                    r.html().getBytes(StandardCharsets.UTF_8),
                                                    r.problems());
                                    cache.putPage(entry);
                                } catch (BuildFailedException e) {
                                    diagnostics.addAll(e.diagnostics());
                                    return;
                                }
                            }
                            diagnostics.addAll(entry.problems());
                            output.put(SitePaths.outputFile(c.page().url()), entry.html());
                        });
    }
}
