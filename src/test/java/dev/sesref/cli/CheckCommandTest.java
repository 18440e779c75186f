package dev.sesref.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.sesref.testing.Cli;
import dev.sesref.testing.Trees;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code sesref check}: the editorial checks beyond the build, in text and JSON, and {@code sesref
 * new page}.
 */
class CheckCommandTest {
    @TempDir Path tmp;
    Path content;
    Path themes;

    @BeforeEach
    void copyFixture() {
        content = tmp.resolve("content");
        themes = tmp.resolve("themes");
        Trees.copyFixture("basic", tmp);
    }

    private Cli.Result check(String... extra) {
        String[] base = {
            "check",
            "--content",
            content.toString(),
            "--themes",
            themes.toString(),
            "--today",
            "2026-03-01"
        };
        String[] args = java.util.Arrays.copyOf(base, base.length + extra.length);
        System.arraycopy(extra, 0, args, base.length, extra.length);
        Cli.Result r = Cli.run(args);
        return new Cli.Result(
                r.exit(), r.out().replace(tmp + "/", ""), r.err().replace(tmp + "/", ""));
    }

    private void page(String rel, String body) throws Exception {
        Files.writeString(
                content.resolve(rel),
                "---\ntitle: Extra\ndescription: A page added by the test.\nupdated: 2026-02-01\n---\n"
                        + body,
                StandardCharsets.UTF_8);
    }

    @Test
    void cleanFixturePasses() {
        Cli.Result r = check();
        assertEquals(0, r.exit(), r.err());
        assertTrue(r.out().contains("checked 4 pages: no errors"), r.out());
    }

    @Test
    void headingLevelsImagesAndUnreachablePages() throws Exception {
        // A page in a folder without an index page: no section list includes it, and nothing links
        // to it.
        Files.createDirectories(content.resolve("orphans"));
        page("orphans/extra.md", "# Big\n\n## Fine\n\n#### Skipped\n\n![](/files/note.txt)\n");
        Cli.Result r = check();
        assertEquals(1, r.exit(), r.err());
        assertTrue(
                r.err()
                        .contains(
                                "content/orphans/extra.md:6:1: warning: a '#' heading repeats the page's title level"),
                r.err());
        assertTrue(
                r.err()
                        .contains(
                                "content/orphans/extra.md:10:1: warning: heading level skipped: h4 after h2; use ### here"),
                r.err());
        assertTrue(
                r.err().contains("content/orphans/extra.md:12:1: error: image without alt text"),
                r.err());
        assertTrue(
                r.err()
                        .contains(
                                "content/orphans/extra.md:1:1: warning: no link leads to /orphans/extra/ from the home page"),
                r.err());
    }

    @Test
    void datesInTheFutureAndPastTheReviewInterval() throws Exception {
        Files.writeString(
                content.resolve("about.md"),
                Files.readString(content.resolve("about.md"))
                        .replace("updated: 2026-02-01", "updated: 2027-01-01"));
        Cli.Result r = check();
        assertTrue(
                r.err()
                        .contains(
                                "content/about.md:4: error: 'updated' (2027-01-01) is in the future (today is 2026-03-01)"),
                r.err());
        Cli.Result later =
                Cli.run(
                        "check",
                        "--content",
                        content.toString(),
                        "--themes",
                        themes.toString(),
                        "--today",
                        "2031-01-01");
        assertTrue(later.err().contains("is more than 24 months old"), later.err());
    }

    @Test
    void duplicateIdsInTheRenderedPageAreErrors() throws Exception {
        // The heading's anchor is #fn-1, which is also the id of the page's first footnote.
        Files.writeString(
                content.resolve("about.md"),
                Files.readString(content.resolve("about.md")).replace("## Who we are", "## Fn 1"));
        for (Cli.Result r :
                List.of(
                        check(),
                        Cli.run(
                                "build",
                                "--content",
                                content.toString(),
                                "--themes",
                                themes.toString(),
                                "--out",
                                tmp.resolve("out").toString()))) {
            assertEquals(1, r.exit(), r.err());
            assertTrue(
                    r.err()
                            .contains(
                                    "content/about.md:11:1: error: this heading's anchor '#fn-1' is also used by "
                                            + "another element of the page"),
                    r.err());
        }
    }

    @Test
    void jsonFormatListsEveryDiagnostic() throws Exception {
        page("extra.md", "#### Deep\n");
        Cli.Result r = check("--format", "json");
        JsonNode doc = new ObjectMapper().readTree(r.out());
        assertEquals(0, doc.get("errors").asInt());
        // the deep heading, plus the fixture's two uncatalogued citations
        assertEquals(3, doc.get("warnings").asInt(), r.out());
        JsonNode first = doc.get("diagnostics").get(0);
        assertEquals("content/extra.md", first.get("path").asText());
        assertEquals("warning", first.get("severity").asText());
    }

    @Test
    void newPageCreatesAValidDocumentedPage() throws Exception {
        Cli.Result r =
                Cli.run(
                        "new",
                        "page",
                        "--content",
                        content.toString(),
                        "--date",
                        "2026-02-02",
                        "guide/more-steps");
        assertEquals(0, r.exit(), r.err());
        String text = Files.readString(content.resolve("guide/more-steps.md"));
        assertTrue(
                text.contains("title: \"More steps\"") && text.contains("# Required. One sentence"),
                text);
        assertEquals(0, check().exit(), check().err());
        assertEquals(
                1,
                Cli.run("new", "page", "--content", content.toString(), "guide/more-steps").exit());
        assertEquals(2, Cli.run("new", "page", "--content", content.toString(), "Bad Name").exit());
    }

    @Test
    void newFaqCreatesTheFileThenAppendsDocumentedEntriesThatBuild() throws Exception {
        Cli.Result r =
                Cli.run(
                        "new",
                        "faq",
                        "--content",
                        content.toString(),
                        "--category",
                        "general",
                        "--question",
                        "Who appoints career executives?");
        assertEquals(0, r.exit(), r.err());
        r =
                Cli.run(
                        "new",
                        "faq",
                        "--content",
                        content.toString(),
                        "--category",
                        "general",
                        "--id",
                        "second");
        assertEquals(0, r.exit(), r.err());
        String yaml = Files.readString(content.resolve("data/faqs.yml"));
        assertTrue(
                yaml.contains("- id: who-appoints-career-executives")
                        && yaml.contains("# New FAQ (sesref new faq)"),
                yaml);
        assertTrue(yaml.indexOf("- id: second") > yaml.indexOf("- id: who-appoints"), yaml);
        Cli.Result checked = check();
        assertEquals(0, checked.exit(), checked.err());

        Cli.Result typo =
                Cli.run("new", "faq", "--content", content.toString(), "--category", "generl");
        assertEquals(1, typo.exit());
        assertTrue(
                typo.err().contains("no FAQ category 'generl' (did you mean 'general'?)"),
                typo.err());
        assertEquals(
                1,
                Cli.run(
                                "new",
                                "faq",
                                "--content",
                                content.toString(),
                                "--category",
                                "general",
                                "--id",
                                "second")
                        .exit());
        assertEquals(
                2,
                Cli.run(
                                "new",
                                "faq",
                                "--content",
                                content.toString(),
                                "--category",
                                "general",
                                "--id",
                                "Bad Id")
                        .exit());
    }

    @Test
    void newFaqGoesAtTheEndOfItsCategoryNotOfTheFile() throws Exception {
        Files.writeString(
                content.resolve("data/faqs.yml"),
                """
                categories:
                  - id: first
                    title: First
                    questions:
                      - id: one
                        question: One?
                        answer: One.

                  - id: last
                    title: Last
                    questions:
                      - id: two
                        question: Two?
                        answer: Two.
                """);
        assertEquals(
                0,
                Cli.run(
                                "new",
                                "faq",
                                "--content",
                                content.toString(),
                                "--category",
                                "first",
                                "--id",
                                "added")
                        .exit());
        var tree =
                new com.fasterxml.jackson.databind.ObjectMapper(
                                new com.fasterxml.jackson.dataformat.yaml.YAMLFactory())
                        .readTree(content.resolve("data/faqs.yml").toFile());
        assertEquals(
                List.of("one", "added"), tree.at("/categories/0/questions").findValuesAsText("id"));
        assertEquals("two", tree.at("/categories/1/questions/0/id").asText());
        assertEquals(0, check().exit(), check().err());
    }
}
