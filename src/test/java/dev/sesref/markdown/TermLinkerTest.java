package dev.sesref.markdown;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.sesref.content.GlossaryTerm;
import dev.sesref.content.MarkdownSource;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Which words TermLinker links (issue 25: the first use of a glossary term on a page links to its
 * definition; never in headings, links or code; terms can opt out). Each row is a Markdown text and
 * the HTML it renders to with terms marked as [id:text].
 */
class TermLinkerTest {
    static final List<GlossaryTerm> GLOSSARY =
            List.of(
                    term("qrb", "QRB", "Qualifications Review Board", true),
                    term("hatch-act", "Hatch Act", "", true),
                    term("reassignment", "Reassignment (120-day rule)", "", true),
                    term("acting", "Acting (in an SES position)", "", false));

    static GlossaryTerm term(String id, String term, String expansion, boolean link) {
        return new GlossaryTerm(
                id,
                term,
                expansion,
                new MarkdownSource(Path.of("glossary.yml"), "A definition.", 1, 0),
                List.of(),
                List.of(),
                link);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = '|',
            textBlock =
                    """
                    first use only                  | A QRB meets. The QRB decides.            | <p>A [qrb:QRB] meets. The QRB decides.</p>
                    expansion counts as a use       | The Qualifications Review Board and QRB. | <p>The [qrb:Qualifications Review Board] and QRB.</p>
                    whole words, case-sensitive     | QRBs, qrb, hatch act, Hatch Acts.        | <p>QRBs, qrb, hatch act, Hatch Acts.</p>
                    not in headings                 | ## The Hatch Act\\n\\nHatch Act rules.   | <h2 id="the-hatch-act">The Hatch Act</h2>\\n<p>[hatch-act:Hatch Act] rules.</p>
                    not in links                    | [QRB page](/q/) then QRB.                | <p><a href="../q/">QRB page</a> then [qrb:QRB].</p>
                    not in code                     | `QRB` and QRB.                           | <p><code>QRB</code> and [qrb:QRB].</p>
                    term without its parenthesis    | Reassignment is limited.                 | <p>[reassignment:Reassignment] is limited.</p>
                    an opted-out term stays text    | Acting Director Jones.                   | <p>Acting Director Jones.</p>
                    two terms in one text           | The Hatch Act binds QRB members.         | <p>The [hatch-act:Hatch Act] binds [qrb:QRB] members.</p>
                    """)
    void linksTheFirstUseOfEachTerm(String why, String markdown, String expected) {
        ParsedMarkdown md = parse(markdown);
        new TermLinker(GLOSSARY).link(md, t -> "[" + t.id() + ":" + t.text() + "]", id -> id);
        assertEquals(expected.replace("\\n", "\n"), render(md), why);
    }

    /**
     * A page's parts (its body, then each FAQ answer) share one set of linked terms: a term linked
     * higher up is not linked again, and the set gains the terms each part links, in page order.
     */
    @Test
    void laterPartsLinkOnlyTermsNotLinkedAbove() {
        TermLinker linker = new TermLinker(GLOSSARY);
        Set<GlossaryTerm> linked = new LinkedHashSet<>();
        ParsedMarkdown body = parse("A QRB meets.");
        ParsedMarkdown answer = parse("The QRB and the Hatch Act.");
        linker.link(body, t -> "[" + t.id() + ":" + t.text() + "]", id -> id, linked);
        linker.link(answer, t -> "[" + t.id() + ":" + t.text() + "]", id -> id, linked);
        assertEquals("<p>The QRB and the [hatch-act:Hatch Act].</p>", render(answer));
        assertEquals(List.of("qrb", "hatch-act"), linked.stream().map(GlossaryTerm::id).toList());
    }

    private static ParsedMarkdown parse(String markdown) {
        return new MarkdownRenderer()
                .parse(new MarkdownSource(Path.of("page.md"), markdown.replace("\\n", "\n"), 1, 0));
    }

    private static String render(ParsedMarkdown md) {
        MarkdownRenderer renderer = new MarkdownRenderer();
        return renderer.render(
                        md,
                        "/page/",
                        "page.md",
                        new InternalLinks(
                                Map.of("/page/", Set.<String>of(), "/q/", Set.<String>of()),
                                Set.of(),
                                dev.sesref.content.LinkStyle.DIRECTORY),
                        dev.sesref.testing.Trees.themeMarkup(),
                        d -> {})
                .strip();
    }
}
