package dev.sesref.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import dev.sesref.testing.Cli;
import dev.sesref.testing.Trees;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Each bad input must give exit code 1, the exact {@code path:line:col: error: message} headline, the
 * offending source line, and leave the previous output untouched.
 */
class BadInputTest {

    /** A change to the basic fixture and the headline it must produce. */
    interface Breakage {
        void apply(Path content, Path themes) throws IOException;
    }

    static Stream<Arguments> cases() {
        return Stream.of(
                Arguments.of("invalid YAML in front matter",
                        edit("about.md", "title: About", "title: About: the site"),
                        "content/about.md:2:13: error: invalid YAML: mapping values are not allowed here (a value that contains ': ' must be put in quotes)"),
                Arguments.of("tab used for indentation",
                        edit("about.md", "title: About", "title: About\nrelated:\n\t- /guide/"),
                        "content/about.md:4:1: error: invalid YAML: a tab character cannot indent YAML; indent with spaces"),
                Arguments.of("unknown front-matter key",
                        edit("about.md", "title: About", "titel: About"),
                        "content/about.md:2:1: error: unknown key 'titel' in front matter (did you mean 'title'?)"),
                Arguments.of("missing title",
                        edit("guide/index.md", "title: Guide\n", ""),
                        "content/guide/index.md:2:1: error: missing required key 'title' in front matter; add a line 'title: ...'"),
                Arguments.of("bad date",
                        edit("about.md", "updated: 2026-02-01", "updated: 2026-02-30"),
                        "content/about.md:4:10: error: 'updated' must be a date written YYYY-MM-DD (e.g. 2026-11-22), not '2026-02-30'"),
                Arguments.of("wrong type",
                        edit("guide/first-steps.md", "order: 1", "order: first"),
                        "content/guide/first-steps.md:5:8: error: 'order' must be a whole number, not a text ('first')"),
                Arguments.of("duplicate URL path",
                        write("guide.md", "---\ntitle: Guide again\ndescription: Clashes with guide/index.md.\nupdated: 2026-01-01\n---\nText.\n"),
                        "content/guide/index.md:1:1: error: URL path /guide/ is also produced by content/guide.md; rename or remove one of the two files"),
                Arguments.of("unknown source id",
                        edit("about.md", "sources: [handbook, statute]", "sources: [handbook, statue]"),
                        "content/about.md:5:21: error: unknown source 'statue' (did you mean 'statute'?); it must be defined in data/sources.yml"),
                Arguments.of("missing layout",
                        edit("about.md", "sources: [handbook, statute]", "sources: [handbook, statute]\nlayout: wide"),
                        "content/about.md:6:9: error: layout 'wide' not found in the theme (no file layouts/wide.ftlh); available layouts: article, home"),
                Arguments.of("broken template syntax",
                        themeEdit("mini/layouts/article.ftlh", "<h1>${page.title}</h1>", "<h1>${page.title</h1>"),
                        "themes/mini/layouts/article.ftlh:6:"),
                Arguments.of("template refers to a missing value",
                        themeEdit("mini/layouts/article.ftlh", "<h1>${page.title}</h1>", "<h1>${page.subtitle}</h1>"),
                        "themes/mini/layouts/article.ftlh:6:7: error: template error: The following has evaluated to null or missing: ==> page.subtitle"),
                Arguments.of("invalid UTF-8",
                        bytes("about.md", "---\ntitle: Ab\u00ffout\n".getBytes(StandardCharsets.ISO_8859_1)),
                        "content/about.md:2:10: error: invalid UTF-8 byte 0xFF; save the file as UTF-8"),
                Arguments.of("front matter never closed",
                        write("about.md", "---\ntitle: About\ndescription: never closed\n"),
                        "content/about.md:1:1: error: the front matter opened on line 1 is never closed; add a line '---' after its last key"),
                Arguments.of("empty file",
                        write("about.md", ""),
                        "content/about.md: error: the file is empty; a page starts with front matter between '---' lines"),
                Arguments.of("broken internal link",
                        edit("guide/index.md", "[back home](/)", "[back home](/hme/)"),
                        "content/guide/index.md:7:52: error: link to '/hme/' matches no page"),
                Arguments.of("broken anchor",
                        edit("guide/index.md", "[back home](/)", "[back home](/about/#who)"),
                        "content/guide/index.md:7:52: error: link to '/about/#who': page /about/ has no anchor '#who'"),
                Arguments.of("malformed citation",
                        edit("guide/index.md", "and goes [back home](/).", "and goes [back home](/) under 5 CFR 317. Then"),
                        "content/guide/index.md:7:73: error: citation '5 CFR 317.' has no section after the part"),
                Arguments.of("reversed citation range",
                        edit("about.md", "We are", "Under 5 U.S.C. 3136\u20133131 we are"),
                        "content/about.md:13:7: error: citation '5 U.S.C. 3136\u20133131'"),
                Arguments.of("bad id in the authorities catalog",
                        write("data/authorities.yml", "authorities:\n  - {id: usc/five/3132, heading: Definitions}\n"),
                        "content/data/authorities.yml:2:10: error: 'usc/five/3132' is not a citation id"),
                Arguments.of("unknown citation link provider",
                        edit("site.yml", "theme: mini", "theme: mini\ncitations:\n  usc: westlaw"),
                        "content/site.yml:6: error: citations: "),
                Arguments.of("CRLF line endings keep positions",
                        (Breakage) (c, t) -> Files.writeString(c.resolve("about.md"), Files.readString(c.resolve("about.md"))
                                .replace("title: About", "titel: About").replace("\n", "\r\n")),
                        "content/about.md:2:1: error: unknown key 'titel' in front matter (did you mean 'title'?)"),
                Arguments.of("byte order mark keeps columns",
                        (Breakage) (c, t) -> Files.writeString(c.resolve("about.md"), "\uFEFF" + Files.readString(c.resolve("about.md"))
                                .replace("updated: 2026-02-01", "updated: 2026-2-1")),
                        "content/about.md:4:10: error: 'updated' must be a date written YYYY-MM-DD (e.g. 2026-11-22), not '2026-2-1'"),
                Arguments.of("duplicate front-matter key",
                        edit("about.md", "title: About", "title: About\ntitle: About again"),
                        "content/about.md:3:1: error: duplicate key 'title' (first given on line 2); keep one of them"),
                Arguments.of("list expected",
                        edit("about.md", "sources: [handbook, statute]", "sources: true"),
                        "content/about.md:5:10: error: 'sources' must be a list, not true/false ('true')"),
                Arguments.of("unknown key in a data file",
                        edit("data/sources.yml", "    publisher: Fixture Press", "    publsher: Fixture Press"),
                        "content/data/sources.yml:4:5: error: unknown key 'publsher' in a source (did you mean 'publisher'?)"),
                Arguments.of("duplicate FAQ id",
                        write("data/faqs.yml", "categories:\n  - id: general\n    title: General\n    questions:\n"
                                + "      - id: same\n        question: One?\n        answer: Yes.\n"
                                + "      - id: same\n        question: Two?\n        answer: No.\n"),
                        "content/data/faqs.yml:8: error: duplicate FAQ id 'same' (first used near line 5)"),
                Arguments.of("table row missing a cell",
                        write("data/comparisons.yml", "tables:\n  - id: t\n    caption: C\n    columns: [A, B, C]\n"
                                + "    rows:\n      - {header: R, cells: [one]}\n"),
                        "content/data/comparisons.yml:6:28: error: this row has 1 cells but the table has 2 columns after the header column (B, C); add or remove cells"),
                Arguments.of("huge file with a broken link on its last line",
                        (Breakage) (c, t) -> Files.writeString(c.resolve("guide/first-steps.md"),
                                Files.readString(c.resolve("guide/first-steps.md"))
                                        + "\nFiller sentence for a very long page.\n".repeat(60_000) + "\nSee [nothing](/nothing/).\n"),
                        "content/guide/first-steps.md:120021:5: error: link to '/nothing/' matches no page"),
                Arguments.of("tab in a data file",
                        write("data/sources.yml", "sources:\n  - id: handbook\n\ttitle: The Fixture Handbook\n"),
                        "content/data/sources.yml:3:1: error: invalid YAML: a tab character cannot indent YAML; indent with spaces"),
                Arguments.of("broken symbolic link",
                        (Breakage) (c, t) -> Files.createSymbolicLink(c.resolve("gone.md"), c.resolve("nowhere.md")),
                        "content/gone.md: error: cannot read file: no such file; check that it exists and is readable"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void reportsAndKeepsTheLastGoodSite(String name, Breakage breakage, String headline, @TempDir Path tmp)
            throws IOException {
        Path content = tmp.resolve("content");
        Path themes = tmp.resolve("themes");
        Trees.copyFixture("basic", tmp);
        Path out = tmp.resolve("site");
        Files.createDirectories(out);
        Files.writeString(out.resolve("index.html"), "last good build\n");
        Map<String, byte[]> before = Trees.snapshot(out);
        breakage.apply(content, themes);

        Cli.Result run = Cli.run("build", "--content", content.toString(), "--themes", themes.toString(),
                "--out", out.toString());
        // Paths print as given; show them relative to the temporary folder, as a user in it would see them.
        Cli.Result r = new Cli.Result(run.exit(), run.out(), run.err().replace(tmp + "/", ""));

        assertEquals(1, r.exit(), r.err());
        assertTrue(r.err().contains(headline), "expected headline\n  " + headline + "\nin\n" + r.err());
        String afterHeadline = r.err().substring(r.err().indexOf(headline));
        assertTrue(afterHeadline.lines().skip(1).findFirst().orElse("").startsWith("  ") || !headline.matches(".*:\\d+:\\d+: .*"),
                "the source line follows the headline:\n" + r.err());
        assertTrue(r.err().contains("build failed; site was not changed"), r.err());
        assertEquals("", Trees.diff(before, Trees.snapshot(out)), "output must be untouched");
        try (Stream<Path> s = Files.list(tmp)) {
            assertEquals(0, s.filter(p -> p.getFileName().toString().startsWith(".site.")).count(), "no temp folder left");
        }
    }

    @Test
    void unreadableFileIsReported(@TempDir Path tmp) throws IOException {
        Path content = tmp.resolve("content");
        Trees.copy(Trees.testResources().resolve("fixtures/basic/content"), content);
        Path about = content.resolve("about.md");
        assumeFalse(!about.toFile().setReadable(false, false) || Files.isReadable(about), "running as root: permissions are not enforced");
        Cli.Result r = Cli.run("build", "--content", content.toString(), "--themes",
                Trees.testResources().resolve("fixtures/basic/themes").toString(), "--out", tmp.resolve("site").toString());
        assertEquals(1, r.exit());
        assertTrue(r.err().contains("about.md: error: cannot read file: permission denied"), r.err());
    }

    @Test
    void usageErrorsExitWithTwo() {
        assertEquals(2, Cli.run("build", "--no-such-option").exit());
        assertEquals(2, Cli.run("frobnicate").exit());
        assertEquals(0, Cli.run("--help").exit());
        assertEquals(0, Cli.run("--version").exit());
    }

    /** Main registers only the named subcommand; help, names and suggestions must not show it. */
    @Test
    void helpAndSuggestionsSeeEveryCommand() {
        Cli.Result top = Cli.run("--help");
        for (String name : List.of("build", "check", "cite", "search", "bundle", "new", "serve")) {
            assertTrue(top.out().contains("\n  " + name + " "), () -> name + " missing from: " + top.out());
        }
        Cli.Result build = Cli.run("build", "--help");
        assertEquals(0, build.exit());
        assertTrue(build.out().startsWith("Usage: sesref build "), build.out());
        Cli.Result typo = Cli.run("biuld");
        assertEquals(2, typo.exit());
        assertTrue(typo.err().contains("Did you mean: sesref build?"), typo.err());
        Cli.Result nested = Cli.run("new", "faq", "--help");
        assertTrue(nested.out().startsWith("Usage: sesref new faq "), nested.out());
    }

    private static Breakage edit(String file, String from, String to) {
        return (c, t) -> replace(c.resolve(file), from, to);
    }

    private static Breakage themeEdit(String file, String from, String to) {
        return (c, t) -> replace(t.resolve(file), from, to);
    }

    private static Breakage write(String file, String text) {
        return (c, t) -> Files.writeString(c.resolve(file), text, StandardCharsets.UTF_8);
    }

    private static Breakage bytes(String file, byte[] data) {
        return (c, t) -> Files.write(c.resolve(file), data);
    }

    private static void replace(Path file, String from, String to) throws IOException {
        String text = Files.readString(file, StandardCharsets.UTF_8);
        if (!text.contains(from)) {
            throw new IllegalStateException(file + " has no '" + from + "'");
        }
        Files.writeString(file, text.replace(from, to), StandardCharsets.UTF_8);
    }
}
