package dev.sesref.markdown;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.data.DataHolder;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The fast text path must write exactly what flexmark's own Text rendering writes. Cases written
 * for this test: plain prose, each character it escapes, each that sends it back to flexmark
 * (backslash escapes, entities, carriage returns, NUL), and text inside emphasis, links, headings
 * and tables.
 */
class PlainTextRendererTest {
    private static final DataHolder OPTIONS = MarkdownOptions.options();
    private static final Parser PARSER = Parser.builder(OPTIONS).build();
    private static final HtmlRenderer FLEXMARK = HtmlRenderer.builder(OPTIONS).build();
    private static final HtmlRenderer FAST =
            HtmlRenderer.builder(OPTIONS)
                    .nodeRendererFactory(new PlainTextRenderer.Factory())
                    .build();

    @ParameterizedTest
    @ValueSource(
            strings = {
                "Plain prose about the Senior Executive Service.",
                "a < b > c \"quoted\" 'single'",
                "Tom & Jerry, AT&T, &amp; &copy; &#169; &#xA9; &bogus;",
                "back\\slash \\* not emphasis \\\\ two",
                "line one\r\nline two\rline three\n",
                "nul \u0000 here",
                "*emphasis with <angle> and \"quotes\"* and __strong & bold__",
                "[a link \"title\"](https://example.com/?a=1&b=2) after <b>inline html</b>",
                "# Heading with \"quotes\" & <stuff>\n\ntext",
                "| a \"x\" | b & c |\n|-|-|\n| <1> | \\| pipe |\n",
                "Smart quotes \"like this\" and it's -- done...",
                "5 U.S.C. \u00a7 3132(a)(2) \u2014 em dash \u00a0 no-break",
            })
    void writesWhatFlexmarkWrites(String markdown) {
        Document doc = PARSER.parse(markdown);
        assertEquals(FLEXMARK.render(doc), FAST.render(doc));
    }
}
