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
import java.util.List;
import java.util.Map;

/**
 * Links the first use of each glossary term in a page's text to its definition, and lists the terms
 * linked (with the first sentence of each definition) for the page's "Terms used" list, from which
 * the theme previews them. Not on the glossary itself, nor on pages that opt out ({@code
 * glossaryLinks: false}), nor when the site has no glossary page.
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

    /** Links the terms in {@code body} (in place) and returns them, in text order. */
    List<Views.TermUseView> link(Page page, ParsedMarkdown body, TermMarkup markup) {
        if (glossaryUrl == null || page.kind() == Layout.GLOSSARY || !page.meta().glossaryLinks()) {
            return List.of();
        }
        String base = SitePaths.relative(page.url(), glossaryUrl, style) + "#";
        return linker.link(body, markup, id -> base + id).stream()
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
