package dev.sesref.markdown;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * {@link MarkdownRenderer#fixTables}: the scrolling wrapper and the caption moved to its own
 * table's start. Inputs are shaped as flexmark writes tables with captions (caption last, then a
 * newline); {@code |} stands for a newline, {@code W} for the wrapper's opening tag.
 */
class FixTablesTest {
    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = ';',
            value = {
                "no table;<p>x</p>;<p>x</p>",
                "table without caption;<table>|<tbody>a</tbody>|</table>|;W<table>|<tbody>a</tbody>|</table></div>|",
                "caption last, newline;<table>|<tbody>a</tbody>|<caption>C</caption>|</table>|;"
                        + "W<table>|<caption>C</caption>|<tbody>a</tbody>|</table></div>|",
                "caption last, no newline;<table><tbody>a</tbody><caption>C</caption></table>;"
                        + "W<table>|<caption>C</caption><tbody>a</tbody></table></div>",
                // Found in review: the page-wide regex gave the second table's caption to the
                // first.
                "uncaptioned then captioned;<table>|<tbody>a</tbody>|</table>|<p>x</p>|<table>|<tbody>b</tbody>|<caption>C</caption>|</table>|;"
                        + "W<table>|<tbody>a</tbody>|</table></div>|<p>x</p>|W<table>|<caption>C</caption>|<tbody>b</tbody>|</table></div>|",
                "captioned then uncaptioned;<table>|<tbody>a</tbody>|<caption>C</caption>|</table>|<table>|<tbody>b</tbody>|</table>|;"
                        + "W<table>|<caption>C</caption>|<tbody>a</tbody>|</table></div>|W<table>|<tbody>b</tbody>|</table></div>|",
                "two captioned;<table>|a|<caption>C</caption>|</table>|<table>|b|<caption>D</caption>|</table>|;"
                        + "W<table>|<caption>C</caption>|a|</table></div>|W<table>|<caption>D</caption>|b|</table></div>|",
                "caption not last stays;<table>|<caption>C</caption>|<tbody>a</tbody>|</table>|;"
                        + "W<table>|<caption>C</caption>|<tbody>a</tbody>|</table></div>|",
                "caption outside tables stays;<p><caption>C</caption></p>|<table>|a|</table>|;"
                        + "<p><caption>C</caption></p>|W<table>|a|</table></div>|",
                "unclosed table;<table>|a|<caption>C</caption>|;W<table>|a|<caption>C</caption>|",
            })
    void movesEachCaptionWithinItsTable(String name, String html, String expected) {
        String wrapper =
                "<div class=\"table-scroll\" role=\"region\" aria-label=\"Table\" tabindex=\"0\">";
        assertEquals(
                expected.replace("|", "\n").replace("W", wrapper),
                MarkdownRenderer.fixTables(html.replace("|", "\n")),
                name);
    }
}
