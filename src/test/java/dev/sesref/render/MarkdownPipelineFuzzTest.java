package dev.sesref.render;

import static org.junit.jupiter.api.Assertions.assertTrue;

import com.code_intelligence.jazzer.junit.FuzzTest;
import com.code_intelligence.jazzer.mutation.annotation.NotNull;
import dev.sesref.cite.CitationCatalog;
import dev.sesref.cite.CitationLinker;
import dev.sesref.cite.PageCitations;
import dev.sesref.config.CitationSettings;
import dev.sesref.content.Content;
import dev.sesref.content.LinkStyle;
import dev.sesref.content.MarkdownSource;
import dev.sesref.diag.Diagnostic;
import dev.sesref.markdown.InternalLinks;
import dev.sesref.markdown.MarkdownRenderer;
import dev.sesref.markdown.ParsedMarkdown;
import dev.sesref.testing.BrowserUrls;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Element;

/**
 * Issue 21: the Markdown page pipeline (parse, link citations, render) on any text ends, without an
 * exception, within seconds; and when it reports no error, the HTML it made holds only the elements
 * Markdown makes, no event handler or style attribute, and no link a browser would read as anything
 * but http, https, mailto or relative.
 */
class MarkdownPipelineFuzzTest {
    private static final MarkdownRenderer MARKDOWN = new MarkdownRenderer();
    private static final CitationLinker CITATIONS =
            new CitationLinker(
                    CitationCatalog.load(
                            new Content(
                                    List.of(), List.of(), List.of(), List.of(), List.of(),
                                    List.of(), List.of(), List.of(), List.of(), List.of()),
                            CitationSettings.DEFAULTS,
                            Path.of("content"),
                            new ArrayList<>()));

    /** The repository's own citation template writes each citation, as in a build. */
    private static final ThemeMarkup MARKUP = new ThemeMarkup(theme());

    private static Theme theme() {
        try {
            Path themes = dev.sesref.testing.Trees.repo().resolve("themes");
            return Theme.load(themes, themes, "default");
        } catch (dev.sesref.diag.BuildFailedException e) {
            throw new IllegalStateException(e);
        }
    }

    private static final InternalLinks LINKS =
            new InternalLinks(
                    Map.of(
                            "/",
                            Set.of(),
                            "/guide/",
                            Set.of("intro"),
                            "/guide/page/",
                            Set.of("a-heading")),
                    Set.of("/files/chart.png"),
                    LinkStyle.DIRECTORY);

    /** What Markdown, its extensions, the allowed inline tags and citation links produce. */
    private static final Set<String> ELEMENTS =
            Set.of(
                    "body",
                    "p",
                    "h1",
                    "h2",
                    "h3",
                    "h4",
                    "h5",
                    "h6",
                    "ul",
                    "ol",
                    "li",
                    "blockquote",
                    "pre",
                    "code",
                    "em",
                    "strong",
                    "a",
                    "img",
                    "hr",
                    "br",
                    "table",
                    "thead",
                    "tbody",
                    "tr",
                    "th",
                    "td",
                    "caption",
                    "div",
                    "sup",
                    "sub",
                    "del",
                    "dl",
                    "dt",
                    "dd",
                    "abbr",
                    "kbd",
                    "small",
                    "wbr");

    private static final Set<String> URL_ATTRIBUTES = Set.of("href", "src");
    private static final Set<String> SAFE_SCHEMES = Set.of("http", "https", "mailto");

    static {
        // Loads and initialises the parser's, the linker's and the theme's classes before any input
        // is timed: under Jazzer's instrumentation in CI, that alone took over 5 s of the first
        // input.
        ParsedMarkdown md =
                MARKDOWN.parse(
                        new MarkdownSource(
                                Path.of("warm-up.md"),
                                "# A\n\nSee 5 U.S.C. 3132 and [b](/guide/).\n\n| a | b |\n|-|-|\n| 1 | 2 |\n[C]\n",
                                1,
                                0));
        CITATIONS.link(md, new PageCitations("/guide/page/", "Warm-up", null), MARKUP, d -> {});
        MARKDOWN.render(md, "/guide/page/", "guide/page.md", LINKS, MARKUP, d -> {});
    }

    @FuzzTest(maxDuration = "10s")
    void rendersSafeHtml(@NotNull String text) {
        dev.sesref.testing.NearHang.check(() -> rendersSafely(text));
    }

    private static void rendersSafely(String text) {
        List<Diagnostic> problems = new ArrayList<>();
        ParsedMarkdown md = MARKDOWN.parse(new MarkdownSource(Path.of("fuzz.md"), text, 1, 0));
        CITATIONS.link(md, new PageCitations("/guide/page/", "Fuzz", null), MARKUP, problems::add);
        String html =
                MARKDOWN.render(md, "/guide/page/", "guide/page.md", LINKS, MARKUP, problems::add);
        if (problems.stream().noneMatch(Diagnostic::isError)) {
            for (Element e : Jsoup.parseBodyFragment(html).body().getAllElements()) {
                assertTrue(
                        ELEMENTS.contains(e.normalName()),
                        () -> "element <" + e.normalName() + "> from:\n" + text);
                for (Attribute a : e.attributes()) {
                    String name = a.getKey().toLowerCase(java.util.Locale.ROOT);
                    assertTrue(
                            !name.startsWith("on")
                                    && !name.equals("style")
                                    && !name.equals("srcdoc"),
                            () -> "attribute " + name + " from:\n" + text);
                    String scheme =
                            URL_ATTRIBUTES.contains(name) ? BrowserUrls.scheme(a.getValue()) : null;
                    assertTrue(
                            scheme == null || SAFE_SCHEMES.contains(scheme),
                            () -> name + "=\"" + a.getValue() + "\" from:\n" + text);
                }
            }
        }
    }
}
