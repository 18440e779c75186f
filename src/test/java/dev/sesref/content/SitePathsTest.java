package dev.sesref.content;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Clean URLs and relative links, for hosted (folder) and offline (index.html) links. */
class SitePathsTest {

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(
            nullValues = "NULL",
            value = {
                "index.md, /",
                "overview.md, /overview/",
                "compare/index.md, /compare/",
                "compare/ses-st-sl.md, /compare/ses-st-sl/",
                "a/b/c.md, /a/b/c/",
                "Overview.md, NULL",
                "pay_and_performance.md, NULL",
                "notes.txt, NULL",
                "index/x.md, /index/x/",
            })
    void urlOfContentFile(String file, String url) {
        assertEquals(url, SitePaths.urlOf(file));
    }

    @ParameterizedTest(name = "{0} to {1} ({2})")
    @CsvSource({
        "/, /overview/, DIRECTORY, overview/",
        "/, /, DIRECTORY, ./",
        "/, /, INDEX_FILE, index.html",
        "/overview/, /, DIRECTORY, ../",
        "/overview/, /, INDEX_FILE, ../index.html",
        "/compare/x/, /faq/#hatch-act, DIRECTORY, ../../faq/#hatch-act",
        "/compare/x/, /faq/#hatch-act, INDEX_FILE, ../../faq/index.html#hatch-act",
        "/compare/x/, /assets/site.css, INDEX_FILE, ../../assets/site.css",
        "/overview/, #top, DIRECTORY, #top",
    })
    void relativeLinks(String from, String to, LinkStyle style, String expected) {
        assertEquals(expected, SitePaths.relative(from, to, style));
    }
}
