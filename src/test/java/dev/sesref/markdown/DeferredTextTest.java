package dev.sesref.markdown;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.sesref.content.LinkStyle;
import dev.sesref.content.MarkdownSource;
import dev.sesref.diag.Diagnostic;
import dev.sesref.testing.Trees;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Deferring plain text past flexmark's writer must not change a byte: every content page, every
 * Markdown golden input and the cases written here (text at the start of a line after a hard break,
 * in lists, tables, footnotes and definitions; marker characters in the source) render the same
 * with and without it, link problems included. And markers that do not come back exactly once are
 * refused.
 */
class DeferredTextTest {
    private static final TableMarkup MARKUP = dev.sesref.testing.Trees.themeMarkup();

    private static final char OPEN = '\uE000';
    private static final char CLOSE = '\uE001';
    private static final InternalLinks LINKS =
            new InternalLinks(
                    Map.of("/", Set.of(), "/guide/page/", Set.of("tables")),
                    Set.of(),
                    LinkStyle.DIRECTORY);

    @ParameterizedTest(name = "{0}")
    @MethodSource("sources")
    void sameHtmlWithAndWithout(String name, String markdown) {
        assertEquals(
                render(new MarkdownRenderer(false), markdown),
                render(new MarkdownRenderer(true), markdown),
                name);
    }

    static Stream<Arguments> sources() {
        List<Arguments> out =
                new ArrayList<>(
                        List.of(
                                Arguments.of(
                                        "hard break, then spaces",
                                        "first line  \n   second line\\\n\tthird"),
                                Arguments.of(
                                        "list and quote",
                                        "- one\n- two *three*\n\n  more\n\n> quoted\n> text"),
                                Arguments.of(
                                        "table, footnote, definition",
                                        "| a | b |\n|-|-|\n| x y | [z](/missing/) |\n\nSee[^1].\n\n[^1]: The note.\n\nTerm\n: Its definition."),
                                Arguments.of(
                                        "marker characters in the source",
                                        "text " + OPEN + "0" + CLOSE + " and " + CLOSE),
                                Arguments.of("escapes and entities", "a \\* b &amp; c < d \"e\""),
                                Arguments.of(
                                        "spaces at the edges of a caption and a cell",
                                        "| a |\n|-|\n|  b  |\n[  caption text  ]"),
                                Arguments.of(
                                        "inline HTML across a line",
                                        "a <span\nclass=\"x\">  b</span>\n<br>\n  c"),
                                Arguments.of(
                                        "HTML block, then text",
                                        "<div>\n\n  text in a div\n\n</div>"),
                                Arguments.of(
                                        "inline HTML on one line, at a line start, with a tab",
                                        "a <abbr title=\"Senior Executive Service\">SES</abbr> b\n<b>bold</b> start\n<i\tclass=\"x\">t</i>"),
                                Arguments.of(
                                        "inline HTML in a table cell and a heading",
                                        "| <b>x</b> |\n|-|\n| <i>y</i> |\n\n## A <em>b</em> c")));
        Trees.markdownInputs().forEach(e -> out.add(Arguments.of(e.getKey(), e.getValue())));
        return out.stream();
    }

    private static String render(MarkdownRenderer renderer, String markdown) {
        List<Diagnostic> problems = new ArrayList<>();
        ParsedMarkdown parsed =
                renderer.parse(new MarkdownSource(Path.of("page.md"), markdown, 1, 0));
        String html =
                renderer.render(
                        parsed, "/guide/page/", "guide/page.md", LINKS, MARKUP, problems::add);
        return html + problems.stream().map(Diagnostic::headline).toList();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = '|',
            nullValues = "null",
            value = {
                "both markers in order|<p>{0} and {1}</p>|<p>one and two</p>",
                "markers out of order|{1}, {0}|two, one",
                "a marker missing|<p>{0}</p>|null",
                "a marker twice|{0}{0}{1}|null",
                "an unknown number|{0}{1}" + OPEN + "2" + CLOSE + "|null",
                "not a number|{0}{1}" + OPEN + "x!" + CLOSE + "|null",
                "an unclosed marker|{0}{1}" + OPEN + "|null",
                "a stray closing character|{0}{1}" + CLOSE + "|null",
            })
    void fillRefusesAlteredMarkers(String name, String html, String expected) {
        DeferredText deferred = new DeferredText();
        String first = deferred.marker("one");
        String second = deferred.marker("two");
        assertEquals(
                expected, deferred.fill(html.replace("{0}", first).replace("{1}", second)), name);
    }
}
