package dev.sesref.site;

import dev.sesref.content.ContentCache;
import dev.sesref.content.MarkdownSource;
import dev.sesref.content.Page;
import dev.sesref.diag.Diagnostic;
import dev.sesref.markdown.MarkdownRenderer;
import dev.sesref.markdown.ParsedMarkdown;
import dev.sesref.render.CompiledPage;
import dev.sesref.render.Theme;
import dev.sesref.search.BodySection;
import dev.sesref.search.DocumentExtractor;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * What earlier builds of the same folders produced, so that a rebuild (serve) redoes only what a
 * change affects. Inputs are compared by value; a key that equals the last one is replaced by the
 * last one's instance, so an entry is reused only when it was made from exactly the current inputs.
 */
public final class RenderCache {
    /** A page compiled from exactly {@code page} (its text and front matter) and {@code shape}. */
    record CompiledEntry(Page page, Object shape, CompiledPage compiled) {}

    /** A compiled page rendered through a layout's templates, and the problems found in it. */
    record PageEntry(CompiledPage compiled, Object layout, byte[] html, List<Diagnostic> problems) {
        PageEntry {
            problems = List.copyOf(problems);
        }
    }

    /** Generated files made from site-wide inputs only (or those plus every page's citations). */
    record FilesEntry(Object key, Map<String, byte[]> files) {}

    private final ContentCache content = new ContentCache();
    private final Map<String, CompiledEntry> compiled = new ConcurrentHashMap<>();
    private final Map<String, PageEntry> pages = new ConcurrentHashMap<>();
    private final Map<String, Parsed> parsed = new ConcurrentHashMap<>();
    private final Map<String, Object> canonical = new HashMap<>();
    private final Map<String, FilesEntry> files = new HashMap<>();
    private Theme theme;
    private volatile Map<String, byte[]> search = Map.of();
    private final boolean keep;

    /** A cache that keeps what a build made, for the next build (serve). */
    public RenderCache() {
        this(true);
    }

    private RenderCache(boolean keep) {
        this.keep = keep;
    }

    /**
     * For a single build: keeps no rendered page, and lets each parsed page go once it is rendered.
     */
    static RenderCache oneShot() {
        return new RenderCache(false);
    }

    /** A page's parsed body and its search sections, read from the tree before any render. */
    private static final class Parsed {
        final MarkdownSource body;
        final ParsedMarkdown markdown;
        final List<BodySection> sections;
        volatile boolean consumed;

        Parsed(MarkdownSource body, ParsedMarkdown markdown, List<BodySection> sections) {
            this.body = body;
            this.markdown = markdown;
            this.sections = sections;
        }
    }

    ContentCache content() {
        return content;
    }

    /**
     * The theme of the last build when its templates are unchanged (its compiled templates are
     * kept).
     */
    synchronized Theme theme(Theme fresh) {
        if (theme == null
                || !theme.dir().equals(fresh.dir())
                || !theme.templates().equals(fresh.templates())) {
            theme = fresh;
        }
        return theme;
    }

    /**
     * The canonical instance of the inputs named {@code name} (site-wide, or one layout's): the
     * last one's if equal.
     */
    synchronized Object canonical(String name, Object current) {
        Object last = canonical.get(name);
        if (current.equals(last)) {
            return last;
        }
        canonical.put(name, current);
        return current;
    }

    /** A page's parsed body: the cached one when the text is unchanged. */
    ParsedMarkdown parsed(Page page, MarkdownRenderer markdown) {
        Parsed p = parsed.get(page.url());
        return (p == null || !p.body.equals(page.body()) ? parse(page, markdown) : p).markdown;
    }

    /** A page's search sections, taken when its body was parsed (before citations were linked). */
    List<BodySection> sections(Page page, MarkdownRenderer markdown) {
        Parsed p = parsed.get(page.url());
        return (p == null || !p.body.equals(page.body()) ? parse(page, markdown) : p).sections;
    }

    /** A parsed body no render has changed yet (rendering links citations into the tree). */
    ParsedMarkdown forRender(Page page, MarkdownRenderer markdown) {
        Parsed p = parsed.get(page.url());
        if (p == null || p.consumed || !p.body.equals(page.body())) {
            p = parse(page, markdown);
        }
        p.consumed = true;
        if (!keep) {
            parsed.remove(page.url());
        }
        return p.markdown;
    }

    private Parsed parse(Page page, MarkdownRenderer markdown) {
        ParsedMarkdown md = markdown.parse(page.body());
        Parsed p = new Parsed(page.body(), md, new DocumentExtractor(markdown).sections(md));
        parsed.put(page.url(), p);
        return p;
    }

    /**
     * The page as the last build compiled it, when its content (the page record compares its text
     * and front matter) and the site-wide inputs are unchanged.
     */
    Optional<CompiledPage> compiled(Page page, Object shape) {
        CompiledEntry e = compiled.get(page.url());
        return e != null && e.shape() == shape && e.page().equals(page)
                ? Optional.of(e.compiled())
                : Optional.empty();
    }

    void putCompiled(Page page, Object shape, CompiledPage result) {
        if (keep) {
            compiled.put(page.url(), new CompiledEntry(page, shape, result));
        }
    }

    /** The page's HTML, when it was rendered from this very compiled page and layout. */
    Optional<PageEntry> page(CompiledPage page, Object layout) {
        PageEntry e = pages.get(page.page().url());
        return e != null && e.compiled() == page && e.layout() == layout
                ? Optional.of(e)
                : Optional.empty();
    }

    void putPage(PageEntry entry) {
        if (keep) {
            pages.put(entry.compiled().page().url(), entry);
        }
    }

    /** Forgets pages that no longer exist. */
    void retainPages(java.util.Set<String> urls) {
        compiled.keySet().retainAll(urls);
        pages.keySet().retainAll(urls);
        parsed.keySet().retainAll(urls);
    }

    synchronized Optional<Map<String, byte[]>> files(String group, Object key) {
        FilesEntry e = files.get(group);
        return e != null && e.key().equals(key) ? Optional.of(e.files()) : Optional.empty();
    }

    synchronized Map<String, byte[]> putFiles(
            String group, Object key, Map<String, String> generated) {
        FilesEntry e = new FilesEntry(key, utf8(generated));
        files.put(group, e);
        return e.files();
    }

    /** The search index files of the last build that made them. */
    Map<String, byte[]> search() {
        return search;
    }

    void search(Map<String, String> files) {
        search = utf8(files);
    }

    static Map<String, byte[]> utf8(Map<String, String> files) {
        Map<String, byte[]> out = new java.util.TreeMap<>();
        files.forEach((k, v) -> out.put(k, v.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
        return java.util.Collections.unmodifiableMap(out);
    }
}
