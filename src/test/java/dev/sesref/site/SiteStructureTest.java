package dev.sesref.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.sesref.testing.Cli;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Structural checks over every page of the real site: ids, headings, landmarks and internal links.
 */
class SiteStructureTest {
    @TempDir static Path tmp;
    static Path site;
    static Map<String, Document> pages = new TreeMap<>();

    @BeforeAll
    static void build() throws Exception {
        site = tmp.resolve("site");
        Cli.buildRealSite(site);
        try (Stream<Path> s = Files.walk(site)) {
            for (Path p : s.filter(f -> f.toString().endsWith(".html")).toList()) {
                pages.put(
                        site.relativize(p).toString().replace('\\', '/'),
                        Jsoup.parse(p.toFile(), "UTF-8"));
            }
        }
        assertTrue(pages.size() >= 16, pages.keySet().toString());
    }

    @Test
    void idsAreUniqueOnEveryPage() {
        List<String> dupes = new ArrayList<>();
        pages.forEach(
                (name, doc) -> {
                    Set<String> seen = new HashSet<>();
                    for (Element e : doc.select("[id]")) {
                        if (!seen.add(e.id())) {
                            dupes.add(name + ": #" + e.id());
                        }
                    }
                });
        assertEquals(List.of(), dupes);
    }

    @Test
    void oneH1AndNoSkippedHeadingLevels() {
        List<String> problems = new ArrayList<>();
        pages.forEach(
                (name, doc) -> {
                    if (doc.select("h1").size() != 1) {
                        problems.add(name + ": " + doc.select("h1").size() + " h1");
                    }
                    int previous = 0;
                    for (Element h : doc.select("h1, h2, h3, h4, h5, h6")) {
                        int level = h.tagName().charAt(1) - '0';
                        if (level > previous + 1) {
                            problems.add(
                                    name + ": h" + previous + " then h" + level + " (" + h.text()
                                            + ")");
                        }
                        previous = level;
                    }
                });
        assertEquals(List.of(), problems);
    }

    @Test
    void landmarksSkipLinkAndUnofficialNotice() {
        pages.forEach(
                (name, doc) -> {
                    assertEquals(1, doc.select("header.site-header").size(), name);
                    assertEquals(1, doc.select("main#sr-main").size(), name);
                    assertEquals(1, doc.select("footer.site-footer").size(), name);
                    assertEquals(1, doc.select("nav[aria-label=Main]").size(), name);
                    assertEquals("#sr-main", doc.select("a.skip-link").attr("href"), name);
                    assertTrue(
                            doc.select(".site-footer").text().contains("not a government website"),
                            name);
                    assertTrue(doc.select("html").attr("lang").equals("en"), name);
                    assertTrue(doc.select("img:not([alt])").isEmpty(), name);
                });
    }

    @Test
    void everyInternalLinkAndAnchorResolves() {
        List<String> broken = new ArrayList<>();
        pages.forEach(
                (name, doc) -> {
                    for (Element a : doc.select("a[href], link[href]")) {
                        String href = a.attr("href");
                        if (href.matches("^[a-z]+:.*") || href.startsWith("//")) {
                            continue;
                        }
                        URI target = URI.create("file:///" + name).resolve(href);
                        String path = target.getPath().substring(1);
                        if (path.isEmpty() || path.endsWith("/")) {
                            path = path + "index.html";
                        }
                        if (name.equals("404.html")) {
                            continue; // its links are absolute under the base path
                        }
                        Document page = pages.get(path);
                        if (page == null && !Files.exists(site.resolve(path))) {
                            broken.add(name + ": " + href);
                        } else if (target.getFragment() != null
                                && page != null
                                && page.getElementById(target.getFragment()) == null) {
                            broken.add(name + ": " + href + " (no such anchor)");
                        }
                    }
                });
        assertEquals(List.of(), broken);
    }

    /** A FAQ answer's sources link to their entries in the page's source list, which exist. */
    @Test
    void answerSourcesLinkToThePagesSourceList() {
        int links = 0;
        List<String> broken = new ArrayList<>();
        for (var e : pages.entrySet()) {
            for (Element a : e.getValue().select(".faq-sources a")) {
                links++;
                String id = a.attr("href").substring(1);
                Element target = e.getValue().getElementById(id);
                if (!a.attr("href").startsWith("#src-")
                        || target == null
                        || target.closest("ul.source-list") == null) {
                    broken.add(e.getKey() + " " + a.attr("href"));
                }
            }
        }
        assertTrue(links >= 100, "only " + links + " source links in FAQ answers");
        assertEquals(List.of(), broken);
    }

    /**
     * Issue 25: the FAQ and the glossary open with an index that links every question and term,
     * above them; every page's navigation sits in a disclosure that works without script.
     */
    @Test
    void findingAidsLinkEveryQuestionAndTermFromAbove() {
        List<String> missing = new ArrayList<>();
        int answered = 0;
        Element hubIndex = pages.get("faq/index.html").selectFirst("nav.faq-index");
        assertTrue(hubIndex != null, "no question index on the FAQ page");
        for (var e : pages.entrySet()) {
            if (!e.getKey().startsWith("faq/")) {
                continue;
            }
            Document faq = e.getValue();
            Element faqIndex = faq.selectFirst("nav.faq-index");
            for (Element q : faq.select("section.faq[id]")) {
                answered++;
                if (faqIndex == null
                        || faqIndex.select("a[href=#" + q.id() + "]").isEmpty()
                        || faqIndex.siblingIndex() > q.parent().siblingIndex()) {
                    missing.add(e.getKey() + " #" + q.id());
                }
                String fromHub = e.getKey().replace("index.html", "") + "#" + q.id();
                if (hubIndex.select("a[href=#" + q.id() + "], a[href=../" + fromHub + "]")
                        .isEmpty()) {
                    missing.add("the FAQ page's list lacks " + fromHub);
                }
            }
        }
        Document glossary = pages.get("glossary/index.html");
        Element terms = glossary.selectFirst("nav.glossary-index");
        assertTrue(terms != null, "no term index on the glossary");
        for (Element t : glossary.select("dl.glossary dt[id]")) {
            if (terms.select("a[href=#" + t.id() + "]").isEmpty()) {
                missing.add("glossary #" + t.id());
            }
        }
        for (Element a : terms.select(".az-bar a")) {
            if (glossary.getElementById(a.attr("href").substring(1)) == null) {
                missing.add("A-Z link to nothing: " + a.attr("href"));
            }
        }
        assertTrue(answered >= 30, "FAQ questions: " + answered);
        assertTrue(glossary.select("dl.glossary dt[id]").size() >= 30, "glossary terms");
        assertEquals(List.of(), missing);
        pages.forEach(
                (name, doc) -> {
                    Element nav = doc.selectFirst("nav.site-nav");
                    assertTrue(
                            nav != null && nav.parent().is("details.site-menu"),
                            name + ": main navigation outside its disclosure");
                });
    }
}
