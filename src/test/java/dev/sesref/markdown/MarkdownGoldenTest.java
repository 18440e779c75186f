package dev.sesref.markdown;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.sesref.content.LinkStyle;
import dev.sesref.content.MarkdownSource;
import dev.sesref.diag.Diagnostic;
import dev.sesref.testing.Trees;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Golden tests of Markdown rendering: {@code golden/markdown/NAME.md} renders, as the page {@code
 * /guide/page/}, to exactly {@code NAME.html}, with its link problems appended as {@code <!--
 * diagnostic -->} lines. Regenerate with {@code -Dsesref.updateGolden=true}.
 */
class MarkdownGoldenTest {
    private static final TableMarkup MARKUP = dev.sesref.testing.Trees.themeMarkup();

    private static final Path DIR = Trees.testResources().resolve("golden/markdown");
    private static final InternalLinks LINKS =
            new InternalLinks(
                    Map.of(
                            "/", Set.of(),
                            "/guide/", Set.of("intro"),
                            "/guide/page/", Set.of("a-heading", "tables"),
                            "/history/", Set.of("the-1978-law")),
                    Set.of("/files/chart.png"),
                    LinkStyle.DIRECTORY);

    static Stream<String> cases() throws Exception {
        try (Stream<Path> s = Files.list(DIR)) {
            return s
                    .map(p -> p.getFileName().toString())
                    .filter(n -> n.endsWith(".md"))
                    .map(n -> n.substring(0, n.length() - 3))
                    .sorted()
                    .toList()
                    .stream();
        }
    }

    @ParameterizedTest
    @MethodSource("cases")
    void rendersAsExpected(String name) throws Exception {
        String md = Files.readString(DIR.resolve(name + ".md"), StandardCharsets.UTF_8);
        MarkdownRenderer renderer = new MarkdownRenderer();
        List<Diagnostic> problems = new ArrayList<>();
        Path file = Path.of("golden", name + ".md");
        ParsedMarkdown parsed = renderer.parse(new MarkdownSource(file, md, 1, 0));
        StringBuilder actual =
                new StringBuilder(
                        renderer.render(
                                parsed,
                                "/guide/page/",
                                "guide/page.md",
                                LINKS,
                                MARKUP,
                                problems::add));
        for (Heading h : parsed.headings()) {
            actual.append("<!-- heading ")
                    .append(h.level())
                    .append(' ')
                    .append(h.id())
                    .append(" -->\n");
        }
        for (Diagnostic d : problems) {
            actual.append("<!-- ").append(d.headline()).append(" -->\n");
        }
        Path expected = DIR.resolve(name + ".html");
        if (Trees.updateGolden()) {
            Files.writeString(expected, actual, StandardCharsets.UTF_8);
        }
        assertEquals(Files.readString(expected, StandardCharsets.UTF_8), actual.toString(), name);
    }
}
