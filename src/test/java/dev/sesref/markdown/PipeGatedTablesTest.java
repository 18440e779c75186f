package dev.sesref.markdown;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.vladsch.flexmark.ast.Paragraph;
import com.vladsch.flexmark.ext.tables.TablesExtension;
import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.data.DataHolder;
import com.vladsch.flexmark.util.data.MutableDataSet;
import dev.sesref.testing.Trees;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The pipe gate in front of flexmark's table pre-processor must not change a node: every content
 * page, every Markdown golden input and the cases written here (tables with and without leading
 * pipes, captions, a pipe only after the first line, pipes in code and in a later paragraph) parse
 * to the same tree and HTML as with flexmark's own tables extension.
 */
class PipeGatedTablesTest {
    private static final DataHolder GATED = MarkdownOptions.options();
    private static final DataHolder FLEXMARK = withFlexmarkTables(GATED);

    @ParameterizedTest(name = "{0}")
    @MethodSource("sources")
    void sameTreeAndHtml(String name, String markdown) {
        assertEquals(dump(FLEXMARK, markdown), dump(GATED, markdown), name);
    }

    static Stream<Arguments> sources() {
        List<Arguments> out =
                new ArrayList<>(
                        List.of(
                                Arguments.of(
                                        "table with leading pipes",
                                        "| a | b |\n|---|:-:|\n| 1 | 2 |\n"),
                                Arguments.of(
                                        "table without leading pipes, caption",
                                        "a | b\n-|-\n1 | 2\n[The caption]\n"),
                                Arguments.of(
                                        "pipe only after the first line",
                                        "first line\nsecond | line\n-|-\n"),
                                Arguments.of(
                                        "no pipe anywhere", "Plain prose.\n\nMore prose\n---\n"),
                                Arguments.of(
                                        "pipe in code, then a table later",
                                        "`a|b` text\n\n| x |\n|-|\n| y |\n"),
                                Arguments.of("single-column table", "| only |\n|-|\n| cell |\n"),
                                Arguments.of(
                                        "header and separator that do not match",
                                        "| a | b |\n|-|\n| 1 |\n"),
                                Arguments.of(
                                        "table in a list item and a quote",
                                        "- | a |\n  |-|\n  | b |\n\n> | c |\n> |-|\n")));
        Trees.markdownInputs().forEach(e -> out.add(Arguments.of(e.getKey(), e.getValue())));
        return out.stream();
    }

    @Test
    void findsPipesInAnyOrderOfParagraphs() {
        Document doc =
                Parser.builder(GATED)
                        .build()
                        .parse("no pipe here\n\nbut | here\n\nnone\n\nlast | one\n\nend\n");
        List<Paragraph> paragraphs = new ArrayList<>();
        doc.getChildIterator()
                .forEachRemaining(
                        n -> {
                            if (n instanceof Paragraph p) {
                                paragraphs.add(p);
                            }
                        });
        assertTrue(paragraphs.get(0).getChars().getBase() instanceof String, "fast path not taken");
        List<Boolean> expected = List.of(false, true, false, true, false);
        for (int[] order :
                new int[][] {
                    {0, 1, 2, 3, 4}, {4, 3, 2, 1, 0}, {1, 0, 3, 2, 4}, {2, 2, 0, 4, 1, 3, 1}
                }) {
            PipeGatedTables.PipeFinder finder = new PipeGatedTables.PipeFinder();
            for (int i : order) {
                assertEquals(
                        expected.get(i),
                        finder.hasPipe(paragraphs.get(i)),
                        "paragraph " + i + " in order " + java.util.Arrays.toString(order));
            }
        }
    }

    private static DataHolder withFlexmarkTables(DataHolder options) {
        MutableDataSet o = new MutableDataSet(options);
        List<com.vladsch.flexmark.util.misc.Extension> extensions =
                new ArrayList<>(Parser.EXTENSIONS.get(options));
        extensions.replaceAll(e -> e instanceof PipeGatedTables ? TablesExtension.create() : e);
        o.set(Parser.EXTENSIONS, extensions);
        return o.toImmutable();
    }

    private static String dump(DataHolder options, String markdown) {
        Document doc = Parser.builder(options).build().parse(markdown);
        StringBuilder tree = new StringBuilder();
        dump(doc, 0, tree);
        return tree + HtmlRenderer.builder(options).build().render(doc);
    }

    /** Each node's type, offsets and flexmark's own description of its parts, indented by depth. */
    private static void dump(Node node, int depth, StringBuilder out) {
        out.append("  ".repeat(depth))
                .append(node)
                .append('[')
                .append(node.getStartOffset())
                .append(", ")
                .append(node.getEndOffset())
                .append("]\n");
        for (Node child = node.getFirstChild(); child != null; child = child.getNext()) {
            dump(child, depth + 1, out);
        }
    }
}
