package dev.sesref.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.sesref.cite.CitationCatalog;
import dev.sesref.cite.CitationLinker;
import dev.sesref.config.ConfigLoader;
import dev.sesref.content.ComparisonTable;
import dev.sesref.content.Content;
import dev.sesref.content.ContentLoader;
import dev.sesref.content.MarkdownSource;
import dev.sesref.content.Page;
import dev.sesref.content.SitePaths;
import dev.sesref.markdown.MarkdownRenderer;
import dev.sesref.testing.Cli;
import dev.sesref.testing.Trees;
import java.net.URI;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every citation in the real content is linked on its page, counted in the page's "N citations",
 * and listed in the citations index, which points back at exactly those places.
 */
class CitationSiteTest {
    @TempDir static Path tmp;
    static Path site;
    static Content content;
    static CitationLinker linker;

    @BeforeAll
    static void build() throws Exception {
        site = tmp.resolve("site");
        Path dir = Trees.repo().resolve("content");
        Cli.Result r =
                Cli.run(
                        "build",
                        "--content",
                        dir.toString(),
                        "--themes",
                        Trees.repo().resolve("themes").toString(),
                        "--out",
                        site.toString());
        assertEquals(0, r.exit(), r.err());
        content = new ContentLoader(dir, dir).load();
        var config = ConfigLoader.load(dir, dir, null);
        linker =
                new CitationLinker(
                        CitationCatalog.load(content, config.citations(), dir, new ArrayList<>()));
    }

    @Test
    void everyCitationInTheContentIsRenderedAsACitation() throws Exception {
        int total = 0;
        for (Page p : content.pages()) {
            int expected = sourcesOf(p).stream().mapToInt(CitationSiteTest::count).sum();
            Document doc = page(p.url());
            int rendered = doc.select("main [id^=cite-]").size();
            assertEquals(expected, rendered, p.relPath());
            String meta = doc.select("#sr-citations").text();
            if (expected > 0) {
                assertTrue(meta.contains(expected + " citation"), p.relPath() + ": " + meta);
            }
            total += expected;
        }
        assertTrue(total > 150, "only " + total + " citations in the content");
    }

    @Test
    void citationsIndexPointsAtEveryCitationAndOnlyThere() throws Exception {
        Set<String> onPages = new TreeSet<>();
        for (Page p : content.pages()) {
            for (Element e : page(p.url()).select("main [id^=cite-]")) {
                onPages.add(p.url() + "#" + e.id());
            }
        }
        Document index = page("/citations/");
        Set<String> fromIndex = new TreeSet<>();
        for (Element a : index.select(".authority-uses a:not(.cited-asof):not(.cite-page)")) {
            URI target = URI.create("http://x/citations/").resolve(a.attr("href"));
            fromIndex.add(target.getPath() + "#" + target.getFragment());
        }
        assertEquals(onPages, fromIndex);
        for (Element a : index.select(".authority-links a")) {
            assertTrue(a.attr("href").startsWith("https://"), a.attr("href"));
        }
        // Each CFR use also links the text as it stood on the citing page's review date (issue 22).
        var asOf = index.select(".authority-uses a.cited-asof");
        assertTrue(asOf.size() > 20, "point-in-time links: " + asOf.size());
        for (Element a : asOf) {
            assertTrue(
                    a.attr("href")
                            .matches(
                                    "https://www\\.ecfr\\.gov/on/\\d{4}-\\d{2}-\\d{2}/title-\\d+/.+"),
                    a.attr("href"));
        }
    }

    @Test
    void linksSayTheyLeaveTheSiteAndThePageListCarriesTheirPreview() throws Exception {
        var overview = page("/overview/");
        Element a = overview.select("a.cite[data-cite=usc/5/3132]").first();
        assertTrue(a != null, "no link to 5 U.S.C. 3132 on the overview");
        assertEquals("", a.attr("title"), "no mouse-only title: the preview replaces it");
        assertTrue(
                a.text()
                        .replace('\u00a0', ' ')
                        .contains("5 U.S.C. 3132 (official text, another site)"),
                a.text());
        // site.js builds the hover/focus/tap preview from the page's citation list entry
        Element entry = overview.select(".cited-list li[data-cite=usc/5/3132]").first();
        assertTrue(entry != null, "no citation list entry for usc/5/3132");
        assertTrue(entry.text().contains("Definitions and exclusions"), entry.text());
        assertTrue(entry.select("a.cited-index, .cited-index a").size() == 1, entry.html());
    }

    private static int count(MarkdownSource src) {
        return src.isBlank() ? 0 : linker.find(new MarkdownRenderer().parse(src), d -> {}).size();
    }

    private static List<MarkdownSource> sourcesOf(Page p) {
        List<MarkdownSource> out = new ArrayList<>(List.of(p.body()));
        switch (p.layout()) {
            case "faq" ->
                    content.faqCategoriesOn(p)
                            .forEach(c -> c.questions().forEach(f -> out.add(f.answer())));
            case "glossary" -> content.glossary().forEach(g -> out.add(g.definition()));
            case "changes" -> content.legalChanges().forEach(c -> out.add(c.summary()));
            default -> {}
        }
        for (var ref : p.meta().tables()) {
            ComparisonTable t = content.table(ref.value()).orElseThrow();
            out.add(t.lead());
            t.rows()
                    .forEach(
                            r -> {
                                out.add(r.header());
                                out.addAll(r.cells());
                            });
            out.add(t.notes());
        }
        return out;
    }

    private static Document page(String url) throws Exception {
        return Jsoup.parse(site.resolve(SitePaths.outputFile(url)).toFile(), "UTF-8");
    }
}
