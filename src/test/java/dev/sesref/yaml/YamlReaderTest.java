package dev.sesref.yaml;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.sesref.diag.BuildFailedException;
import dev.sesref.diag.Diagnostic;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Positions of YAML values and of YAML errors, offset by the front matter's first line. */
class YamlReaderTest {
    private static final Path FILE = Path.of("x.md");

    @Test
    void valuesKnowTheirLineAndColumn() throws Exception {
        YamlNode root = YamlReader.parse(FILE, "title: A\nsources:\n  - one\n  - two\n", 1);
        YamlNode.Mapping m = (YamlNode.Mapping) root;
        YamlNode.Entry sources = m.entry("sources").orElseThrow();
        assertEquals(3, sources.line());
        assertEquals(1, sources.column());
        YamlNode two = ((YamlNode.Sequence) sources.value()).items().get(1);
        assertEquals(5, two.line());
        assertEquals(5, two.column());
    }

    @Test
    void duplicateKeysAreErrors() {
        BuildFailedException e =
                assertThrows(
                        BuildFailedException.class,
                        () -> YamlReader.parse(FILE, "title: A\ntitle: B\n", 0));
        assertEquals(
                "x.md:2:1: error: duplicate key 'title' (first given on line 1); keep one of them",
                e.diagnostics().get(0).headline());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = '|',
            value = {
                "title: a: b|1|9|mapping values are not allowed here",
                "list: [a, b|1|12|a quote or bracket is not closed",
                "key: \"open|1|11|a quote or bracket is not closed",
                "a:\\n\\t- b|2|1|a tab character cannot indent YAML",
            })
    void syntaxErrorsArePositioned(String yaml, int line, int col, String message) {
        String text = yaml.replace("\\n", "\n").replace("\\t", "\t");
        BuildFailedException e =
                assertThrows(BuildFailedException.class, () -> YamlReader.parse(FILE, text, 0));
        Diagnostic d = e.diagnostics().get(0);
        assertEquals(line, d.line(), d.headline());
        assertEquals(col, d.column(), d.headline());
        assertTrue(d.message().startsWith("invalid YAML: "), d.message());
        if (message != null) {
            assertTrue(d.message().contains(message), d.message());
        }
    }

    @Test
    void fieldsReportUnknownKeysWithSuggestion() throws Exception {
        YamlNode root = YamlReader.parse(FILE, "titel: A\nupdated: 2026-1-5\n", 0);
        List<Diagnostic> sink = new ArrayList<>();
        YamlFields f =
                YamlFields.of(FILE, root, "front matter", Set.of("title", "updated"), sink)
                        .orElseThrow();
        assertEquals(null, f.date("updated").orElse(null));
        assertEquals(
                List.of(
                        "x.md:1:1: error: unknown key 'titel' in front matter (did you mean 'title'?); allowed keys: title, updated",
                        "x.md:2:10: error: 'updated' must be a date written YYYY-MM-DD (e.g. 2026-11-22), not '2026-1-5'"),
                sink.stream().map(Diagnostic::headline).toList());
    }
}
