package dev.sesref.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import dev.sesref.site.OutputGuard;
import dev.sesref.testing.Cli;
import dev.sesref.testing.Trees;
import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Each bad input must give exit code 1, the exact {@code path:line:col: error: message} headline,
 * the offending source line, and leave the previous output untouched; and never echo a control
 * character or a file from outside the content. Cases marked "issue 21" are the hostile inputs of
 * that issue (links out of the content, script in the site, crashes and near-hangs, unclear
 * errors).
 */
class BadInputTest {
    /** The text of a file outside the content folder, which no message may ever show. */
    private static final String SECRET = "TOP-SECRET: a value from outside the content folder";

    /**
     * A change to a fixture (its content folder, its themes folder, and the temporary folder
     * holding both).
     */
    interface Breakage {
        void apply(Path content, Path themes, Path tmp) throws IOException;
    }

    static Stream<Arguments> cases() {
        return Stream.of(
                basic(
                        "invalid YAML in front matter",
                        edit("about.md", "title: About", "title: About: the site"),
                        "content/about.md:2:13: error: invalid YAML: mapping values are not allowed here (a value that contains ': ' must be put in quotes)"),
                basic(
                        "tab used for indentation",
                        edit("about.md", "title: About", "title: About\nrelated:\n\t- /guide/"),
                        "content/about.md:4:1: error: invalid YAML: a tab character cannot indent YAML; indent with spaces"),
                basic(
                        "unknown front-matter key",
                        edit("about.md", "title: About", "titel: About"),
                        "content/about.md:2:1: error: unknown key 'titel' in front matter (did you mean 'title'?)"),
                basic(
                        "missing title",
                        edit("guide/index.md", "title: Guide\n", ""),
                        "content/guide/index.md:2:1: error: missing required key 'title' in front matter; add a line 'title: ...'"),
                basic(
                        "bad date",
                        edit("about.md", "updated: 2026-02-01", "updated: 2026-02-30"),
                        "content/about.md:4:10: error: 'updated' must be a date written YYYY-MM-DD (e.g. 2026-11-22), not '2026-02-30'"),
                basic(
                        "wrong type",
                        edit("guide/first-steps.md", "order: 1", "order: first"),
                        "content/guide/first-steps.md:5:8: error: 'order' must be a whole number, not a text ('first')"),
                basic(
                        "duplicate URL path",
                        write(
                                "guide.md",
                                "---\ntitle: Guide again\ndescription: Clashes with guide/index.md.\nupdated: 2026-01-01\n---\nText.\n"),
                        "content/guide/index.md:1:1: error: URL path /guide/ is also produced by content/guide.md; rename or remove one of the two files"),
                basic(
                        "unknown source id",
                        edit(
                                "about.md",
                                "sources: [handbook, statute]",
                                "sources: [handbook, statue]"),
                        "content/about.md:5:21: error: unknown source 'statue' (did you mean 'statute'?); it must be defined in data/sources.yml"),
                basic(
                        "missing layout",
                        edit(
                                "about.md",
                                "sources: [handbook, statute]",
                                "sources: [handbook, statute]\nlayout: wide"),
                        "content/about.md:6:9: error: layout 'wide' not found in the theme (no file layouts/wide.ftlh); available layouts: article, home"),
                basic(
                        "broken template syntax",
                        themeEdit(
                                "mini/layouts/article.ftlh",
                                "<h1>${page.title}</h1>",
                                "<h1>${page.title</h1>"),
                        "themes/mini/layouts/article.ftlh:6:"),
                basic(
                        "template refers to a missing value",
                        themeEdit(
                                "mini/layouts/article.ftlh",
                                "<h1>${page.title}</h1>",
                                "<h1>${page.subtitle}</h1>"),
                        "themes/mini/layouts/article.ftlh:6:7: error: template error: The following has evaluated to null or missing: ==> page.subtitle"),
                basic(
                        "invalid UTF-8",
                        bytes(
                                "about.md",
                                "---\ntitle: Ab\u00ffout\n".getBytes(StandardCharsets.ISO_8859_1)),
                        "content/about.md:2:10: error: invalid UTF-8 byte 0xFF; save the file as UTF-8"),
                basic(
                        "front matter never closed",
                        write("about.md", "---\ntitle: About\ndescription: never closed\n"),
                        "content/about.md:1:1: error: the front matter opened on line 1 is never closed; add a line '---' after its last key"),
                basic(
                        "broken internal link",
                        edit("guide/index.md", "[back home](/)", "[back home](/hme/)"),
                        "content/guide/index.md:7:52: error: link to '/hme/' matches no page"),
                basic(
                        "broken anchor",
                        edit("guide/index.md", "[back home](/)", "[back home](/about/#who)"),
                        "content/guide/index.md:7:52: error: link to '/about/#who': page /about/ has no anchor '#who'"),
                basic(
                        "malformed citation",
                        edit(
                                "guide/index.md",
                                "and goes [back home](/).",
                                "and goes [back home](/) under 5 CFR 317. Then"),
                        "content/guide/index.md:7:73: error: citation '5 CFR 317.' has no section after the part"),
                basic(
                        "reversed citation range",
                        edit("about.md", "We are", "Under 5 U.S.C. 3136\u20133131 we are"),
                        "content/about.md:13:7: error: citation '5 U.S.C. 3136\u20133131'"),
                basic(
                        "bad id in the authorities catalog",
                        write(
                                "data/authorities.yml",
                                "authorities:\n  - {id: usc/five/3132, heading: Definitions}\n"),
                        "content/data/authorities.yml:2:10: error: 'usc/five/3132' is not a citation id"),
                basic(
                        "unknown citation link provider",
                        edit("site.yml", "theme: mini", "theme: mini\ncitations:\n  usc: westlaw"),
                        "content/site.yml:6: error: citations: "),
                basic(
                        "CRLF line endings keep positions",
                        (c, t, tmp) ->
                                Files.writeString(
                                        c.resolve("about.md"),
                                        Files.readString(c.resolve("about.md"))
                                                .replace("title: About", "titel: About")
                                                .replace("\n", "\r\n")),
                        "content/about.md:2:1: error: unknown key 'titel' in front matter (did you mean 'title'?)"),
                basic(
                        "byte order mark keeps columns",
                        (c, t, tmp) ->
                                Files.writeString(
                                        c.resolve("about.md"),
                                        "\uFEFF"
                                                + Files.readString(c.resolve("about.md"))
                                                        .replace(
                                                                "updated: 2026-02-01",
                                                                "updated: 2026-2-1")),
                        "content/about.md:4:10: error: 'updated' must be a date written YYYY-MM-DD (e.g. 2026-11-22), not '2026-2-1'"),
                basic(
                        "duplicate front-matter key",
                        edit("about.md", "title: About", "title: About\ntitle: About again"),
                        "content/about.md:3:1: error: duplicate key 'title' (first given on line 2); keep one of them"),
                basic(
                        "list expected",
                        edit("about.md", "sources: [handbook, statute]", "sources: true"),
                        "content/about.md:5:10: error: 'sources' must be a list, not true/false ('true')"),
                basic(
                        "unknown key in a data file",
                        edit(
                                "data/sources.yml",
                                "    publisher: Fixture Press",
                                "    publsher: Fixture Press"),
                        "content/data/sources.yml:4:5: error: unknown key 'publsher' in a source (did you mean 'publisher'?)"),
                basic(
                        "duplicate FAQ id",
                        write(
                                "data/faqs.yml",
                                "categories:\n  - id: general\n    title: General\n    questions:\n"
                                        + "      - id: same\n        question: One?\n        answer: Yes.\n"
                                        + "      - id: same\n        question: Two?\n        answer: No.\n"),
                        "content/data/faqs.yml:8: error: duplicate FAQ id 'same' (first used near line 5)"),
                basic(
                        "table row missing a cell",
                        write(
                                "data/comparisons.yml",
                                "tables:\n  - id: t\n    caption: C\n    columns: [A, B, C]\n"
                                        + "    rows:\n      - {header: R, cells: [one]}\n"),
                        "content/data/comparisons.yml:6:28: error: this row has 1 cells but the table has 2 columns after the header column (B, C); add or remove cells"),
                basic(
                        "large file with a broken link on its last line",
                        (c, t, tmp) ->
                                Files.writeString(
                                        c.resolve("guide/first-steps.md"),
                                        Files.readString(c.resolve("guide/first-steps.md"))
                                                + "\nFiller sentence for a very long page.\n"
                                                        .repeat(25_000)
                                                + "\nSee [nothing](/nothing/).\n"),
                        "content/guide/first-steps.md:50022:5: error: link to '/nothing/' matches no page"),
                basic(
                        "tab in a data file",
                        write(
                                "data/sources.yml",
                                "sources:\n  - id: handbook\n\ttitle: The Fixture Handbook\n"),
                        "content/data/sources.yml:3:1: error: invalid YAML: a tab character cannot indent YAML; indent with spaces"),
                basic(
                        "broken symbolic link",
                        (c, t, tmp) ->
                                Files.createSymbolicLink(
                                        c.resolve("gone.md"), c.resolve("nowhere.md")),
                        "content/gone.md: error: symbolic link to a file that does not exist; fix or remove the link"),

                // Issue 21, item 2: nothing outside content/ or themes/ is published, served or
                // quoted.
                basic(
                        "link to the process environment (issue 21)",
                        (c, t, tmp) ->
                                Files.createSymbolicLink(
                                        c.resolve("env.txt"), Path.of("/proc/self/environ")),
                        "content/env.txt: error: a symbolic link leads outside content/; sesref reads only files inside it"),
                basic(
                        "link in data/ to a file outside the content (issue 21)",
                        (c, t, tmp) ->
                                replaceByLink(
                                        c.resolve("data/sources.yml"), tmp.resolve("secret.txt")),
                        "content/data/sources.yml: error: a symbolic link leads outside content/"),
                basic(
                        "page that links outside the content (issue 21)",
                        (c, t, tmp) ->
                                replaceByLink(c.resolve("about.md"), tmp.resolve("secret.txt")),
                        "content/about.md: error: a symbolic link leads outside content/"),
                basic(
                        "folder linked from outside the content (issue 21)",
                        (c, t, tmp) ->
                                Files.createSymbolicLink(c.resolve("more"), tmp.resolve("outside")),
                        "content/more: error: a symbolic link leads outside content/"),
                basic(
                        "folder linked from inside the content (issue 21)",
                        (c, t, tmp) ->
                                Files.createSymbolicLink(c.resolve("again"), c.resolve("guide")),
                        "content/again: error: symbolic link to a folder; sesref does not follow those"),
                basic(
                        "symbolic link loop (issue 21)",
                        (c, t, tmp) ->
                                Files.createSymbolicLink(
                                        c.resolve("loop.md"), c.resolve("loop.md")),
                        "content/loop.md: error: symbolic link loop; fix or remove the link"),
                basic(
                        "FIFO in the content (issue 21)",
                        (c, t, tmp) -> mkfifo(c.resolve("pipe.md")),
                        "content/pipe.md: error: not a regular file (a FIFO, socket or device); remove it"),
                basic(
                        "theme file linked outside the themes (issue 21)",
                        (c, t, tmp) ->
                                Files.createSymbolicLink(
                                        t.resolve("mini/static/leak.css"),
                                        tmp.resolve("secret.txt")),
                        "themes/mini/static/leak.css: error: a symbolic link leads outside themes/"),
                basic(
                        "theme folder linked from elsewhere (issue 21)",
                        (c, t, tmp) -> {
                            Files.move(t.resolve("mini"), tmp.resolve("mini-elsewhere"));
                            Files.createSymbolicLink(
                                    t.resolve("mini"), tmp.resolve("mini-elsewhere"));
                        },
                        "themes/mini: error: symbolic link to a folder; sesref does not follow those"),
                basic(
                        "template linked outside the themes (issue 21)",
                        (c, t, tmp) ->
                                Files.createSymbolicLink(
                                        t.resolve("mini/layouts/extra.ftlh"),
                                        tmp.resolve("secret.txt")),
                        "themes/mini/layouts/extra.ftlh: error: a symbolic link leads outside themes/"),

                // Issue 21, item 3: no script in the built site.
                basic(
                        "javascript: link in any case (issue 21)",
                        edit(
                                "guide/index.md",
                                "[back home](/)",
                                "[back home](JaVaScRiPt:alert(1))"),
                        "content/guide/index.md:7:52: error: URL 'JaVaScRiPt:alert(1)' uses the scheme 'javascript:'"),
                basic(
                        "javascript: link behind an entity and a space (issue 21)",
                        edit(
                                "guide/index.md",
                                "[back home](/)",
                                "[back home]( &#106;avascript:alert(1))"),
                        "content/guide/index.md:7:52: error: URL 'javascript:alert(1)' uses the scheme 'javascript:'"),
                basic(
                        "data: image (issue 21)",
                        edit(
                                "guide/index.md",
                                "[back home](/)",
                                "![home](data:text/html;base64,PHNjcmlwdD4=)"),
                        "content/guide/index.md:7:52: error: URL 'data:text/html;base64,PHNjcmlwdD4=' uses the scheme 'data:'"),
                basic(
                        "javascript: source URL (issue 21)",
                        edit(
                                "data/sources.yml",
                                "url: https://example.org/handbook",
                                "url: \" javascript:alert(1)\""),
                        "content/data/sources.yml:5:10: error: URL ' javascript:alert(1)' uses the scheme 'javascript:'"),
                basic(
                        "javascript: editUrl (issue 21)",
                        edit(
                                "site.yml",
                                "editUrl: https://example.org/edit/{path}",
                                "editUrl: \"javascript:alert('{path}')\""),
                        "content/site.yml:5:10: error: editUrl: URL 'javascript:alert('{path}')' uses the scheme 'javascript:'"),
                basic(
                        "javascript: repository (issue 21)",
                        edit(
                                "site.yml",
                                "theme: mini",
                                "theme: mini\nrepository: JAVASCRIPT:alert(1)"),
                        "content/site.yml:5:13: error: repository: URL 'JAVASCRIPT:alert(1)' uses the scheme 'javascript:'"),
                basic(
                        "nav entry leading to another site (issue 21)",
                        edit("site.yml", "path: /about/", "path: \"//evil.example/x\""),
                        "content/site.yml:9:26: error: nav path must be a site path starting with '/', e.g. /overview/, not '//evil.example/x'"),
                basic(
                        "script block in a page (issue 21)",
                        edit("about.md", "First.", "<script>alert(1)</script>"),
                        "content/about.md:17:1: error: an HTML block is not allowed in content"),
                basic(
                        "event handler in inline HTML (issue 21)",
                        edit("about.md", "First.", "First <img src=x onerror=alert(1)>."),
                        "content/about.md:17:7: error: HTML tag '<img src=x onerror=alert(1)>' is not allowed in content"),
                layouts(
                        "raw HTML in an FAQ answer (issue 21)",
                        edit(
                                "data/faqs.yml",
                                "Yes. See the",
                                "Yes. <iframe src=\"https://example.org/\"></iframe> See the"),
                        "content/data/faqs.yml:8:16: error: HTML tag '<iframe src=\"https://example.org/\">' is not allowed in content"),
                layouts(
                        "FAQ category on a page of another layout",
                        edit("about.md", "updated:", "category: pay\nupdated:"),
                        "content/about.md:4:11: error: 'category' names the FAQ category a page with 'layout: faq' shows; this page's layout is 'sources': remove 'category' or set 'layout: faq'"),
                layouts(
                        "unknown FAQ category",
                        edit("faq.md", "layout: faq", "layout: faq\ncategory: payy"),
                        "content/faq.md:6:11: error: unknown FAQ category 'payy' (did you mean 'pay'?); it must be defined in data/faqs.yml"),
                layouts(
                        "two pages answer one FAQ category",
                        (c, t, tmp) -> {
                            replace(
                                    c.resolve("faq.md"),
                                    "layout: faq",
                                    "layout: faq\ncategory: pay");
                            Files.writeString(
                                    c.resolve("pay.md"),
                                    "---\ntitle: Pay\ndescription: Pay questions.\nupdated: 2026-03-02\nlayout: faq\ncategory: pay\n---\n",
                                    StandardCharsets.UTF_8);
                        },
                        "content/pay.md:6:11: error: FAQ category 'pay' is already shown by faq.md; a category has one page: remove 'category' from one"),
                layouts(
                        "raw HTML in a table cell (issue 21)",
                        edit(
                                "data/comparisons.yml",
                                "cells: [None,",
                                "cells: [\"<b onmouseover=alert(1)>None</b>\","),
                        "content/data/comparisons.yml:9:18: error: HTML tag '<b onmouseover=alert(1)>' is not allowed in content"),

                // Issue 21, item 4: limits instead of crashes and near-hangs.
                basic(
                        "50,000 nested block quotes (issue 21)",
                        edit("about.md", "First.", ">".repeat(50_000) + " deep"),
                        "content/about.md:17:1: error: this paragraph or table is longer than 10000 characters"),
                basic(
                        "1,000 nested block quotes on separate lines (issue 21)",
                        edit("about.md", "First.", nestedQuotes(1_000)),
                        "content/about.md:81:1: error: block quotes and lists nested more than 64 levels deep"),
                basic(
                        "50,000 nested list markers (issue 21)",
                        edit("about.md", "First.", "- ".repeat(50_000) + "deep"),
                        "content/about.md:17:1: error: this paragraph or table is longer than 10000 characters"),
                basic(
                        "list nested 2,000 levels (issue 21)",
                        edit("about.md", "First.", nestedList(2_000)),
                        "content/about.md: error: file is 4,014,460 bytes; the limit is 1,048,576 bytes (1 MiB)"),
                basic(
                        "list nested 300 levels (issue 21)",
                        edit("about.md", "First.", nestedList(300)),
                        "content/about.md:81:1: error: block quotes and lists nested more than 64 levels deep"),
                basic(
                        "a run of 3,000 stars that overflows flexmark's stack (issue 21)",
                        edit("about.md", "First.", "*".repeat(3_000) + "a" + "*".repeat(3_000)),
                        "content/about.md:11:1: error: this Markdown text is too complex to process",
                        1),
                basic(
                        "2 GB file (issue 21)",
                        (c, t, tmp) -> {
                            try (RandomAccessFile f =
                                    new RandomAccessFile(c.resolve("huge.md").toFile(), "rw")) {
                                f.setLength(2L << 30); // sparse: takes no disk space
                            }
                        },
                        "content/huge.md: error: file is 2,147,483,648 bytes; the limit is 1,048,576 bytes (1 MiB)"),
                basic(
                        "YAML nested 100,000 deep (issue 21)",
                        write(
                                "data/sources.yml",
                                "sources: " + "[".repeat(100_000) + "]".repeat(100_000) + "\n"),
                        "content/data/sources.yml:1:73: error: YAML nested more than 64 levels deep; flatten the structure",
                        1),
                basic(
                        "terminal escape sequence in a page (issue 21)",
                        edit("about.md", "First.", "First \u001b[2J\u001b[31mred."),
                        "content/about.md:17:7: error: control character U+001B in the text; remove it"),
                basic(
                        "terminal escape sequence in a file name (issue 21)",
                        write(
                                "bad\u001b[31m.md",
                                "---\ntitle: Bad\ndescription: x\nupdated: 2026-01-01\n---\n"),
                        "content/bad\\x1b[31m.md: error: file name 'bad\\x1b[31m.md' cannot become a clean URL"),

                // Issue 21, item 7: errors that say what is wrong, where, once.
                basic(
                        "YAML alias in front matter (issue 21)",
                        edit(
                                "about.md",
                                "title: About\ndescription: Who wrote",
                                "title: &t About\ndescription: *t\nx-description: Who wrote"),
                        "content/about.md:3:14: error: YAML alias '*t': aliases are not supported; write the value out in full"),
                basic(
                        "missing data/sources.yml: one error, not one per reference (issue 21)",
                        (c, t, tmp) -> Files.delete(c.resolve("data/sources.yml")),
                        "content/data/sources.yml: error: file not found, but 5 reference(s) need it, the first at "
                                + "content/about.md:5:11 ('handbook'); create it",
                        1),
                basic(
                        "order too large for a number (issue 21)",
                        edit("guide/first-steps.md", "order: 1", "order: 99999999999999999999999"),
                        "content/guide/first-steps.md:5:8: error: 'order' must be a whole number from -1000000 to 1000000, not 99999999999999999999999"),
                basic(
                        "heading whose anchor repeats another id of the page (issue 21)",
                        edit("about.md", "## Who we are", "## Fn 1"),
                        "content/about.md:11:1: error: this heading's anchor '#fn-1' is also used by another element of the page"),
                layouts(
                        "syntax error in the shared base template: reported once, at its place (issue 21)",
                        themeEdit(
                                "default/layouts/base.ftlh",
                                "<#macro frame>",
                                "<#macro frame><#if>"),
                        "themes/default/layouts/base.ftlh:2:16: error: template syntax error:",
                        1),
                basic(
                        "empty page (issue 21)",
                        write("about.md", ""),
                        "content/about.md:1:1: error: the file is empty; a page starts with front matter between '---' lines"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    @Timeout(value = 60, unit = TimeUnit.SECONDS) // a guard against hangs, not a speed target
    void reportsAndKeepsTheLastGoodSite(
            String name,
            String fixture,
            Breakage breakage,
            String headline,
            int errors,
            @TempDir Path tmp)
            throws IOException {
        Path content = tmp.resolve("content");
        Path themes = tmp.resolve("themes");
        Trees.copyFixture(fixture, tmp);
        Files.writeString(tmp.resolve("secret.txt"), SECRET + "\n");
        Files.createDirectories(tmp.resolve("outside"));
        Files.writeString(tmp.resolve("outside/page.md"), "---\ntitle: " + SECRET + "\n---\n");
        Path out = tmp.resolve("site");
        Files.createDirectories(out);
        Files.writeString(out.resolve("index.html"), "last good build\n");
        Files.writeString(out.resolve(OutputGuard.MARKER), "an earlier build\n");
        Map<String, byte[]> before = Trees.snapshot(out);
        breakage.apply(content, themes, tmp);

        Cli.Result run =
                Cli.run(
                        "build",
                        "--content",
                        content.toString(),
                        "--themes",
                        themes.toString(),
                        "--out",
                        out.toString());
        // Paths print as given; show them relative to the temporary folder, as a user in it would
        // see them.
        Cli.Result r = new Cli.Result(run.exit(), run.out(), run.err().replace(tmp + "/", ""));

        assertEquals(1, r.exit(), r.err());
        assertTrue(
                r.err().contains(headline),
                "expected headline\n  " + headline + "\nin\n" + r.err());
        String afterHeadline = r.err().substring(r.err().indexOf(headline));
        assertTrue(
                afterHeadline.lines().skip(1).findFirst().orElse("").startsWith("  ")
                        || !headline.matches(".*:\\d+:\\d+: .*"),
                "the source line follows the headline:\n" + r.err());
        if (errors > 0) {
            assertTrue(
                    r.err().contains("\n" + errors + " error(s), "),
                    "expected " + errors + " error(s):\n" + r.err());
        }
        assertFalse(
                r.err().contains(SECRET.substring(0, 10)),
                "a file from outside the content was quoted:\n" + r.err());
        assertTrue(
                r.err().chars().noneMatch(ch -> ch < 0x20 && ch != '\n'),
                "raw control characters in:\n" + r.err());
        assertTrue(r.err().contains("build failed; site was not changed"), r.err());
        assertEquals("", Trees.diff(before, Trees.snapshot(out)), "output must be untouched");
        try (Stream<Path> s = Files.list(tmp)) {
            assertEquals(
                    0,
                    s.filter(p -> p.getFileName().toString().startsWith(".site.")).count(),
                    "no temp folder left");
        }
    }

    /**
     * A page whose title holds text that would end or swallow the JSON-LD script element if printed
     * as it is.
     */
    @Test
    void scriptTextInTitlesStaysInert(@TempDir Path tmp) throws IOException {
        Trees.copyFixture("theme-layouts", tmp);
        replace(
                tmp.resolve("content/about.md"),
                "title: Sources and about",
                "title: \"<!--<script> </script><script>alert(1)</script> & about\"");
        Path out = tmp.resolve("site");
        Cli.Result r =
                Cli.run(
                        "build",
                        "--content",
                        tmp.resolve("content").toString(),
                        "--themes",
                        tmp.resolve("themes").toString(),
                        "--out",
                        out.toString());
        assertEquals(0, r.exit(), r.err());
        String html = Files.readString(out.resolve("about/index.html"));
        String jsonLd = html.substring(html.indexOf("<script type=\"application/ld+json\">"));
        jsonLd = jsonLd.substring(0, jsonLd.indexOf("</script>") + "</script>".length());
        assertTrue(jsonLd.contains("\\u003C!--\\u003Cscript\\u003E \\u003C/script\\u003E"), jsonLd);
        assertFalse(
                jsonLd.replace("<script type=\"application/ld+json\">", "")
                        .replace("</script>", "")
                        .matches("(?s).*[<>&].*"),
                jsonLd);
        assertFalse(html.contains("<script>alert(1)"), "the title reached the page unescaped");
    }

    @Test
    void unreadableFileIsReported(@TempDir Path tmp) throws IOException {
        Path content = tmp.resolve("content");
        Trees.copy(Trees.testResources().resolve("fixtures/basic/content"), content);
        Path about = content.resolve("about.md");
        assumeFalse(
                !about.toFile().setReadable(false, false) || Files.isReadable(about),
                "running as root: permissions are not enforced");
        Cli.Result r =
                Cli.run(
                        "build",
                        "--content",
                        content.toString(),
                        "--themes",
                        Trees.testResources().resolve("fixtures/basic/themes").toString(),
                        "--out",
                        tmp.resolve("site").toString());
        assertEquals(1, r.exit());
        assertTrue(
                r.err().contains("about.md: error: cannot read file: permission denied"), r.err());
    }

    @Test
    void usageErrorsExitWithTwo() {
        assertEquals(2, Cli.run("build", "--no-such-option").exit());
        assertEquals(2, Cli.run("frobnicate").exit());
        assertEquals(2, Cli.run("daemon", "--stop").exit(), "the build server is gone (issue 21)");
        assertEquals(0, Cli.run("--help").exit());
        assertEquals(0, Cli.run("--version").exit());
    }

    /** Main registers only the named subcommand; help, names and suggestions must not show it. */
    @Test
    void helpAndSuggestionsSeeEveryCommand() {
        Cli.Result top = Cli.run("--help");
        for (String name : List.of("build", "check", "cite", "search", "bundle", "new", "serve")) {
            assertTrue(
                    top.out().contains("\n  " + name + " "),
                    () -> name + " missing from: " + top.out());
        }
        assertFalse(top.out().contains("daemon"), top.out());
        Cli.Result build = Cli.run("build", "--help");
        assertEquals(0, build.exit());
        assertTrue(build.out().startsWith("Usage: sesref build "), build.out());
        Cli.Result typo = Cli.run("biuld");
        assertEquals(2, typo.exit());
        assertTrue(typo.err().contains("Did you mean: sesref build?"), typo.err());
        Cli.Result nested = Cli.run("new", "faq", "--help");
        assertTrue(nested.out().startsWith("Usage: sesref new faq "), nested.out());
    }

    private static Arguments basic(String name, Breakage breakage, String headline) {
        return Arguments.of(name, "basic", breakage, headline, 0);
    }

    private static Arguments basic(String name, Breakage breakage, String headline, int errors) {
        return Arguments.of(name, "basic", breakage, headline, errors);
    }

    /** A case on the fixture that uses every layout of the real theme. */
    private static Arguments layouts(String name, Breakage breakage, String headline) {
        return Arguments.of(name, "theme-layouts", breakage, headline, 0);
    }

    private static Arguments layouts(String name, Breakage breakage, String headline, int errors) {
        return Arguments.of(name, "theme-layouts", breakage, headline, errors);
    }

    private static String nestedQuotes(int depth) {
        StringBuilder sb = new StringBuilder();
        for (int i = 1; i <= depth; i++) {
            sb.append(">".repeat(i)).append(" level\n");
        }
        return sb.toString();
    }

    private static String nestedList(int depth) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < depth; i++) {
            sb.append("  ".repeat(i)).append("- level\n");
        }
        return sb.toString();
    }

    private static Breakage edit(String file, String from, String to) {
        return (c, t, tmp) -> replace(c.resolve(file), from, to);
    }

    private static Breakage themeEdit(String file, String from, String to) {
        return (c, t, tmp) -> replace(t.resolve(file), from, to);
    }

    private static Breakage write(String file, String text) {
        return (c, t, tmp) -> Files.writeString(c.resolve(file), text, StandardCharsets.UTF_8);
    }

    private static Breakage bytes(String file, byte[] data) {
        return (c, t, tmp) -> Files.write(c.resolve(file), data);
    }

    private static void replaceByLink(Path file, Path target) throws IOException {
        Files.delete(file);
        Files.createSymbolicLink(file, target);
    }

    private static void mkfifo(Path path) throws IOException {
        try {
            int code = new ProcessBuilder("mkfifo", path.toString()).inheritIO().start().waitFor();
            assertEquals(0, code, "mkfifo failed");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException(e);
        }
    }

    private static void replace(Path file, String from, String to) throws IOException {
        String text = Files.readString(file, StandardCharsets.UTF_8);
        if (!text.contains(from)) {
            throw new IllegalStateException(file + " has no '" + from + "'");
        }
        Files.writeString(file, text.replace(from, to), StandardCharsets.UTF_8);
    }
}
