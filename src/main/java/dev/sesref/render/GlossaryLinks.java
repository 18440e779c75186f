package dev.sesref.render;

import com.vladsch.flexmark.util.ast.TextCollectingVisitor;
import dev.sesref.content.Content;
import dev.sesref.content.GlossaryTerm;
import dev.sesref.content.Layout;
import dev.sesref.content.LinkStyle;
import dev.sesref.content.Page;
import dev.sesref.content.SitePaths;
import dev.sesref.markdown.MarkdownRenderer;
import dev.sesref.markdown.ParsedMarkdown;
import dev.sesref.markdown.TermLinker;
import dev.sesref.markdown.TermMarkup;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Links the first use of each glossary term in a page's text (its body, then its FAQ answers,
 * changes and table notes) to its definition, and lists the terms linked (with the first sentence
 * of each definition) for the page's "Terms used" list, from which the theme previews them. Not on
 * the glossary itself, nor on pages that opt out ({@code glossaryLinks: false}), nor when the site
 * has no glossary page.
 */
final class GlossaryLinks {
    /** The longest a definition's preview may be, in characters. */
    private static final int SUMMARY = 220;

    /** The end of a sentence: a stop before a space and a capital, parenthesis or quote. */
    private static final java.util.regex.Pattern SENTENCE_END =
            java.util.regex.Pattern.compile("[.!?](?=\\s+[A-Z(\"“])");

    private final TermLinker linker;
    private final String glossaryUrl;
    private final LinkStyle style;
    private final Map<String, String> summaries = new HashMap<>();

    GlossaryLinks(Content content, MarkdownRenderer markdown, LinkStyle style) {
        this.linker = new TermLinker(content.glossary());
        this.glossaryUrl = content.pageWithLayout(Layout.GLOSSARY).map(Page::url).orElse(null);
        this.style = style;
        for (GlossaryTerm t : content.glossary()) {
            ParsedMarkdown md = markdown.parse(t.definition());
            summaries.put(
                    t.id(), summary(new TextCollectingVisitor().collectAndGetText(md.document())));
        }
    }

    /** The term links of one page as it is compiled: its body first, then its data parts. */
    PageTerms forPage(Page page) {
        boolean links =
                glossaryUrl != null
                        && page.kind() != Layout.GLOSSARY
                        && page.meta().glossaryLinks();
        return new PageTerms(
                links ? SitePaths.relative(page.url(), glossaryUrl, style) + "#" : null);
    }

    /** The terms linked so far on one page, in the order the page uses them. */
    final class PageTerms {
        private final String base;
        private final Set<GlossaryTerm> linked = new LinkedHashSet<>();

        private PageTerms(String base) {
            this.base = base;
        }

        /** Links, in place, the first use in {@code md} of each term not yet linked on the page. */
        void link(ParsedMarkdown md, TermMarkup markup) {
            if (base != null) {
                linker.link(md, markup, id -> base + id, linked);
            }
        }

        /** The terms linked on the page, for its "Terms used" list. */
        List<Views.TermUseView> used() {
            return linked.stream()
                    .map(
                            t ->
                                    new Views.TermUseView(
                                            t.id(),
                                            t.term(),
                                            t.expansion(),
                                            summaries.get(t.id()),
                                            base + t.id()))
                    .toList();
        }
    }

    /** The first sentence of a definition, or its first {@value #SUMMARY} characters. */
    static String summary(String text) {
        String flat = text.strip().replaceAll("\\s+", " ");
        java.util.regex.Matcher end = SENTENCE_END.matcher(flat);
        String first = end.find() ? flat.substring(0, end.end()) : flat;
        if (first.length() <= SUMMARY) {
            return first;
        }
        int cut = first.lastIndexOf(' ', SUMMARY - 1);
        return first.substring(0, cut > 0 ? cut : SUMMARY) + "…";
    }
}
