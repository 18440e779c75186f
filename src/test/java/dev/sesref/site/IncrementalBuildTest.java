package dev.sesref.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.sesref.content.LinkStyle;
import dev.sesref.diag.BuildFailedException;
import dev.sesref.testing.Trees;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Consumer;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;

/**
 * Rebuilds the real site through one cache after each kind of edit (serve's path) and requires the
 * output to be byte-identical to a fresh build, and the pages rendered again to be exactly the ones
 * the edit affects. The edits run in order on one copy of the content, as an editor would make
 * them.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class IncrementalBuildTest {
    private static final Set<String> ALL = Set.of("*");

    private Path tmp;
    private Path content;
    private Path themes;
    private final RenderCache cache = new RenderCache();
    private Set<String> lastCompiled = Set.of();

    @BeforeAll
    void firstBuild(@TempDir Path dir) throws Exception {
        tmp = dir;
        content = tmp.resolve("content");
        themes = tmp.resolve("themes");
        Trees.copy(Trees.repo().resolve("content"), content);
        Trees.copy(Trees.repo().resolve("themes"), themes);
        SiteBuilder first = new SiteBuilder(options(), cache, false);
        assertEquals(first.render().content().pagesByUrl().keySet(), first.renderedPages());
    }

    private BuildOptions options() {
        return new BuildOptions(
                content, themes, tmp.resolve("out"), null, LinkStyle.DIRECTORY, false);
    }

    /**
     * Edits, rebuilds through the cache, compares with a fresh build, and returns the pages
     * rendered again.
     */
    private Set<String> rebuildAfter(Consumer<Path> edit) throws BuildFailedException {
        edit.accept(tmp);
        SiteBuilder incremental = new SiteBuilder(options(), cache, false);
        SiteBuilder.Rendered result = incremental.render();
        SiteOutput fresh = new SiteBuilder(options()).render().output();
        assertEquals("", diff(fresh, result.output()));
        Set<String> rendered = incremental.renderedPages();
        lastCompiled = incremental.compiledPages();
        return rendered.equals(result.content().pagesByUrl().keySet())
                ? ALL
                : new TreeSet<>(rendered);
    }

    private static String diff(SiteOutput expected, SiteOutput actual) {
        StringBuilder sb = new StringBuilder();
        Set<String> names = new TreeSet<>(expected.generated().keySet());
        names.addAll(actual.generated().keySet());
        for (String n : names) {
            byte[] e = expected.generated().get(n);
            byte[] a = actual.generated().get(n);
            if (e == null || a == null || !Arrays.equals(e, a)) {
                sb.append(e == null ? "extra: " : a == null ? "missing: " : "differs: ")
                        .append(n)
                        .append('\n');
            }
        }
        if (!expected.copied().equals(actual.copied())) {
            sb.append("copied files differ\n");
        }
        return sb.toString();
    }

    private static Consumer<Path> append(String file, String text) {
        return root -> edit(root.resolve(file), s -> s + text);
    }

    private static Consumer<Path> replace(String file, String from, String to) {
        return root ->
                edit(
                        root.resolve(file),
                        s -> {
                            assertTrue(s.contains(from), file + " lacks " + from);
                            return s.replace(from, to);
                        });
    }

    private static void edit(Path file, java.util.function.UnaryOperator<String> change) {
        try {
            Files.writeString(
                    file,
                    change.apply(Files.readString(file, StandardCharsets.UTF_8)),
                    StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Test
    @Order(1)
    void aBodyEditRendersOnlyThatPage() throws Exception {
        assertEquals(
                Set.of("/overview/"),
                rebuildAfter(append("content/overview.md", "\nOne more sentence.\n")));
        assertEquals(Set.of("/overview/"), lastCompiled);
    }

    @Test
    @Order(2)
    void aNewCitationRendersThePageAndUpdatesTheCitationsIndex() throws Exception {
        assertEquals(
                Set.of("/history/"),
                rebuildAfter(append("content/history.md", "\nSee also 5 U.S.C. 3396.\n")));
    }

    @Test
    @Order(3)
    void aNothingChangedRebuildRendersNothing() throws Exception {
        assertEquals(Set.of(), rebuildAfter(root -> {}));
    }

    @Test
    @Order(4)
    void aLayoutEditRendersOnlyThePagesUsingIt() throws Exception {
        Set<String> faqPages = new java.util.TreeSet<>();
        try (var files = Files.list(Trees.repo().resolve("content/faq"))) {
            files.forEach(
                    f -> faqPages.add("/faq/" + f.getFileName().toString().replace(".md", "/")));
        }
        faqPages.add("/faq/");
        assertEquals(
                faqPages,
                rebuildAfter(append("themes/default/layouts/faq.ftlh", "\n<#-- edited -->\n")));
        assertEquals(Set.of(), lastCompiled, "a template edit reuses every compiled page");
    }

    @Test
    @Order(5)
    void sharedTemplatesHeadingsTitlesDataAndConfigRenderEverything() throws Exception {
        assertEquals(
                ALL,
                rebuildAfter(append("themes/default/partials/page.ftlh", "\n<#-- edited -->\n")));
        assertEquals(Set.of(), lastCompiled, "a template edit reuses every compiled page");
        assertEquals(
                ALL, rebuildAfter(append("content/overview.md", "\n## A new section\n\nText.\n")));
        assertEquals(
                ALL,
                rebuildAfter(
                        replace(
                                "content/about.md",
                                "title: Sources and about",
                                "title: About and sources")));
        assertEquals(
                ALL,
                rebuildAfter(
                        replace(
                                "content/data/faqs.yml",
                                "What does the SES insignia stand for?",
                                "What does the SES emblem stand for?")));
        assertEquals(
                Set.of(),
                rebuildAfter(append("content/site.yml", "\n# a comment changes no setting\n")));
        assertEquals(
                ALL,
                rebuildAfter(
                        replace(
                                "content/site.yml",
                                "tagline: An unofficial guide",
                                "tagline: An independent guide")));
    }

    @Test
    @Order(6)
    void pagesAddedAndRemoved() throws Exception {
        Consumer<Path> add =
                root -> {
                    try {
                        Files.writeString(
                                root.resolve("content/extra.md"),
                                "---\ntitle: Extra page\ndescription: "
                                        + "A page added while the preview runs, for the test.\nupdated: 2026-01-05\nsources: [opm-ses-faqs-2010]\n---\nText.\n");
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                };
        assertEquals(ALL, rebuildAfter(add));
        assertEquals(ALL, rebuildAfter(root -> root.resolve("content/extra.md").toFile().delete()));
    }

    @Test
    @Order(7)
    void aFailedBuildLeavesNothingStaleBehind() throws Exception {
        edit(content.resolve("overview.md"), s -> s.replaceFirst("title:", "titel:"));
        assertThrows(
                BuildFailedException.class,
                () -> new SiteBuilder(options(), cache, false).render());
        // Back to the last good text: its renders are reused, and the output equals a fresh
        // build's.
        assertEquals(Set.of(), rebuildAfter(replace("content/overview.md", "titel:", "title:")));
    }

    @Test
    @Order(8)
    void aDeferredSearchIndexEqualsTheFreshOne() throws Exception {
        append("content/overview.md", "\nA sentence about the Senior Executive Service pay cap.\n")
                .accept(tmp);
        SiteBuilder deferred = new SiteBuilder(options(), cache, true);
        SiteBuilder.Rendered rendered = deferred.render();
        deferred.search(rendered).forEach(rendered.output()::put);
        assertEquals("", diff(new SiteBuilder(options()).render().output(), rendered.output()));
    }
}
