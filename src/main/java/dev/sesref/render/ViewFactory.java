package dev.sesref.render;

import dev.sesref.cite.CitationLinker;
import dev.sesref.cite.PageCitations;
import dev.sesref.content.Change;
import dev.sesref.content.ComparisonTable;
import dev.sesref.content.Content;
import dev.sesref.content.FaqCategory;
import dev.sesref.content.GlossaryTerm;
import dev.sesref.content.LinkStyle;
import dev.sesref.content.MarkdownSource;
import dev.sesref.content.Page;
import dev.sesref.content.Ref;
import dev.sesref.content.SitePaths;
import dev.sesref.content.Source;
import dev.sesref.diag.Diagnostic;
import dev.sesref.markdown.LinkTargets;
import dev.sesref.markdown.MarkdownRenderer;
import dev.sesref.markdown.ParsedMarkdown;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;

/** Builds the template views of sources, FAQs, glossary terms and tables for one page. */
final class ViewFactory {
    private static final DateTimeFormatter DISPLAY =
            DateTimeFormatter.ofPattern("MMMM d, uuuu", Locale.US);

    private final Content content;
    private final Map<String, Source> sources;
    private final MarkdownRenderer markdown;
    private final LinkTargets links;
    private final CitationLinker citations;
    private final ThemeMarkup markup;
    private final LinkStyle style;

    ViewFactory(
            Content content,
            MarkdownRenderer markdown,
            LinkTargets links,
            CitationLinker citations,
            ThemeMarkup markup,
            LinkStyle style) {
        this.style = style;
        this.markup = markup;
        this.content = content;
        this.sources = content.sourcesById();
        this.markdown = markdown;
        this.links = links;
        this.citations = citations;
    }

    static String display(LocalDate date) {
        return date == null ? "" : DISPLAY.format(date);
    }

    Views.SourceView source(Source s) {
        return new Views.SourceView(
                s.id(),
                s.title(),
                s.publisher(),
                s.url(),
                display(s.date()),
                s.date() == null ? "" : s.date().toString(),
                s.note(),
                s.offline(),
                s.archive());
    }

    List<Views.SourceView> sources(List<Ref> refs) {
        return refs.stream()
                .map(r -> sources.get(r.value()))
                .filter(java.util.Objects::nonNull)
                .map(this::source)
                .toList();
    }

    List<Views.SourceView> allSources() {
        return content.sources().stream().map(this::source).toList();
    }

    List<Views.ChangeView> changes(List<Change> changes) {
        return changes.stream()
                .sorted((a, b) -> b.date().compareTo(a.date()))
                .map(c -> new Views.ChangeView(display(c.date()), c.date().toString(), c.note()))
                .toList();
    }

    /** The registry of legal changes, newest first, for the page that lists them. */
    List<Views.LegalChangeView> legalChanges(
            String url,
            String file,
            PageCitations cites,
            GlossaryLinks.PageTerms terms,
            Consumer<Diagnostic> sink) {
        var catalog = citations.catalog();
        return catalog.changes().stream()
                .map(
                        r ->
                                new Views.LegalChangeView(
                                        r.change().id(),
                                        display(r.change().date()),
                                        r.change().date().toString(),
                                        r.change().title(),
                                        blockIn(
                                                r.change().title(),
                                                r.change().summary(),
                                                url,
                                                file,
                                                cites,
                                                terms,
                                                sink),
                                        sources(r.change().sources()),
                                        r.affects().stream()
                                                .map(
                                                        a ->
                                                                new Views.LinkView(
                                                                        catalog.describe(a),
                                                                        catalog.url(a).orElse("")))
                                                .toList(),
                                        r.change().pages().stream()
                                                .map(
                                                        p ->
                                                                content.pagesByUrl()
                                                                        .get(
                                                                                SitePaths
                                                                                        .normalizePage(
                                                                                                p
                                                                                                        .value())))
                                                .filter(java.util.Objects::nonNull)
                                                .map(
                                                        p ->
                                                                new Views.LinkView(
                                                                        p.title(),
                                                                        SitePaths.relative(
                                                                                url, p.url(),
                                                                                style)))
                                                .toList()))
                .toList();
    }

    /** A FAQ page's categories: its own category, or (on the page without one) every category. */
    Views.FaqPart faqs(
            Page page,
            PageCitations cites,
            GlossaryLinks.PageTerms terms,
            Consumer<Diagnostic> sink) {
        List<FaqCategory> here = content.faqCategoriesOn(page);
        boolean hub = page.meta().category() == null;
        Map<String, Page> ownPages = content.faqCategoryPages();
        List<Views.FaqCategoryView> out = new java.util.ArrayList<>();
        for (FaqCategory c : hub ? content.faqCategories() : here) {
            // on the list page, a category not shown here is shown by the page that names it
            boolean shown = here.contains(c);
            String base =
                    shown ? "" : SitePaths.relative(page.url(), ownPages.get(c.id()).url(), style);
            out.add(
                    new Views.FaqCategoryView(
                            c.id(),
                            c.title(),
                            shown ? "#" + c.id() : base,
                            shown,
                            c.questions().stream()
                                    .map(
                                            q ->
                                                    new Views.FaqView(
                                                            q.id(),
                                                            q.question(),
                                                            base + "#" + q.id(),
                                                            shown
                                                                    ? blockIn(
                                                                            q.question(),
                                                                            q.answer(),
                                                                            page.url(),
                                                                            page.relPath(),
                                                                            cites,
                                                                            terms,
                                                                            sink)
                                                                    : "",
                                                            sources(q.sources())))
                                    .toList()));
        }
        String hubHref =
                hub
                        ? ""
                        : content.faqListPage()
                                .map(p -> SitePaths.relative(page.url(), p.url(), style))
                                .orElse("");
        return new Views.FaqPart(List.copyOf(out), hubHref);
    }

    List<Views.TermView> glossary(
            String url,
            String file,
            PageCitations cites,
            GlossaryLinks.PageTerms terms,
            Consumer<Diagnostic> sink) {
        return content.glossary().stream()
                .sorted((a, b) -> a.term().compareToIgnoreCase(b.term()))
                .map(
                        (GlossaryTerm t) ->
                                new Views.TermView(
                                        t.id(),
                                        t.term(),
                                        t.expansion(),
                                        blockIn(
                                                t.term(),
                                                t.definition(),
                                                url,
                                                file,
                                                cites,
                                                terms,
                                                sink),
                                        t.see().stream()
                                                .map(
                                                        r ->
                                                                content.glossary().stream()
                                                                        .filter(
                                                                                g ->
                                                                                        g.id().equals(
                                                                                                        r
                                                                                                                .value()))
                                                                        .findFirst()
                                                                        .map(
                                                                                g ->
                                                                                        new Views
                                                                                                .LinkView(
                                                                                                g
                                                                                                        .term(),
                                                                                                "#"
                                                                                                        + g
                                                                                                                .id())))
                                                .flatMap(java.util.Optional::stream)
                                                .toList(),
                                        sources(t.sources())))
                .toList();
    }

    List<Views.TableView> tables(
            List<Ref> ids,
            String url,
            String file,
            PageCitations cites,
            GlossaryLinks.PageTerms terms,
            Consumer<Diagnostic> sink) {
        return ids.stream()
                .map(r -> content.table(r.value()))
                .flatMap(java.util.Optional::stream)
                .map(t -> table(t, url, file, cites, terms, sink))
                .toList();
    }

    private Views.TableView table(
            ComparisonTable t,
            String url,
            String file,
            PageCitations cites,
            GlossaryLinks.PageTerms terms,
            Consumer<Diagnostic> sink) {
        cites.enter(t.caption());
        List<String> ids = t.rowIds();
        List<Views.RowView> rows = new java.util.ArrayList<>();
        for (int i = 0; i < t.rows().size(); i++) {
            var r = t.rows().get(i);
            rows.add(
                    new Views.RowView(
                            ids.get(i),
                            inline(r.header(), url, file, cites, sink),
                            r.cells().stream()
                                    .map(c -> inline(c, url, file, cites, sink))
                                    .toList()));
        }
        Views.TableView view =
                new Views.TableView(
                        t.id(),
                        t.caption(),
                        block(t.lead(), url, file, cites, terms, sink),
                        t.columns(),
                        rows,
                        block(t.notes(), url, file, cites, terms, sink),
                        sources(t.sources()));
        cites.enter("");
        return view;
    }

    /**
     * {@link #block}, for a part of the page its citations are listed under in the citations index
     * (a FAQ question, a glossary term, a change).
     */
    private String blockIn(
            String part,
            MarkdownSource src,
            String url,
            String file,
            PageCitations cites,
            GlossaryLinks.PageTerms terms,
            Consumer<Diagnostic> sink) {
        cites.enter(part);
        String html = block(src, url, file, cites, terms, sink);
        cites.enter("");
        return html;
    }

    /**
     * Parses, links citations and glossary terms in, and renders a Markdown block of a data file.
     */
    private String block(
            MarkdownSource src,
            String url,
            String file,
            PageCitations cites,
            GlossaryLinks.PageTerms terms,
            Consumer<Diagnostic> sink) {
        if (src.isBlank()) {
            return "";
        }
        ParsedMarkdown md = markdown.parse(src);
        citations.link(md, cites, markup, sink);
        terms.link(md, markup);
        return markdown.render(md, url, file, links, markup, sink);
    }

    private String inline(
            MarkdownSource src,
            String url,
            String file,
            PageCitations cites,
            Consumer<Diagnostic> sink) {
        ParsedMarkdown md = markdown.parse(src);
        citations.link(md, cites, markup, sink);
        return MarkdownRenderer.unwrapParagraph(
                markdown.render(md, url, file, links, markup, sink));
    }
}
