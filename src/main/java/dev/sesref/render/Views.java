package dev.sesref.render;

import dev.sesref.content.Figure;
import dev.sesref.markdown.Heading;
import java.util.List;

/**
 * The read-only records templates see; all HTML fields are already rendered and safe to print
 * unescaped.
 */
public final class Views {
    private Views() {}

    /** Site-wide settings for templates. */
    public record SiteView(
            String title,
            String tagline,
            String description,
            String baseUrl,
            String language,
            String repository) {}

    /**
     * A navigation entry as seen from one page; {@code current} is the aria-current value: "page"
     * on the entry's own page, "true" inside its section, empty elsewhere.
     */
    public record NavLink(String title, String href, String current) {}

    /** A page listed by its parent (home page cards, section indexes). */
    public record SectionView(String title, String href, String description) {}

    /** A titled link. */
    public record LinkView(String title, String href) {}

    /** A source with its date spelled out. */
    public record SourceView(
            String id,
            String title,
            String publisher,
            String url,
            String date,
            String dateIso,
            String note,
            boolean offline,
            String archive) {}

    /** An update-log entry. */
    public record ChangeView(String date, String dateIso, String note) {}

    /**
     * One FAQ: its link ({@code #id} on the page that shows it, else that page's URL and {@code
     * #id}) and, on that page, its rendered answer (empty elsewhere).
     */
    public record FaqView(
            String id, String question, String href, String answerHtml, List<SourceView> sources) {}

    /**
     * A FAQ category: {@code here} when this page shows its answers; {@code href} links to it (on
     * this page or its own).
     */
    public record FaqCategoryView(
            String id, String title, String href, boolean here, List<FaqView> questions) {}

    /** A glossary term with its rendered definition. */
    public record TermView(
            String id,
            String term,
            String expansion,
            String definitionHtml,
            List<LinkView> see,
            List<SourceView> sources) {}

    /** A table row: its anchor, header cell and other cells, as inline HTML. */
    public record RowView(String id, String headerHtml, List<String> cellsHtml) {}

    /** A comparison table ready to print. */
    public record TableView(
            String id,
            String caption,
            String leadHtml,
            List<String> columns,
            List<RowView> rows,
            String notesHtml,
            List<SourceView> sources) {}

    /**
     * Everything a layout needs about one page: what every page has, and in {@code part} what only
     * its layout has. {@code jsonLd} is schema.org structured data, already escaped for a script
     * element.
     */
    public record PageView(
            String title,
            String description,
            String url,
            String canonical,
            String layout,
            String contentHtml,
            List<Heading> toc,
            String updated,
            String updatedIso,
            String reviewed,
            String reviewedIso,
            List<SourceView> sources,
            List<LinkView> related,
            String editUrl,
            List<ChangeView> changes,
            List<Figure> figures,
            List<TableView> tables,
            List<SectionView> sections,
            CitingView citing,
            List<NoticeView> notices,
            String jsonLd,
            LayoutPart part) {}

    /**
     * The citations on a page (or, on the citations index, the site): how many, the authorities
     * they point to, and the link to the citations index.
     */
    public record CitingView(
            int count, List<CitedView> cited, String indexHref, List<TermUseView> terms) {}

    /**
     * A glossary term whose first use in the page's text links to its definition: for the page's
     * "Terms used" list and the previews built from it.
     */
    public record TermUseView(
            String id, String term, String expansion, String summary, String href) {}

    /** What only one layout's pages show; templates read it as {@code page.part}. */
    public sealed interface LayoutPart {}

    /**
     * An article's layouts (article, home, comparison, a theme's own) have no part of their own.
     */
    public record ArticlePart() implements LayoutPart {}

    /** The FAQ page: every category with its questions. */
    /**
     * A FAQ page: every category on the page that lists them all ({@code hubHref} empty), else the
     * page's own category, with the link to the page that lists them all.
     */
    public record FaqPart(List<FaqCategoryView> categories, String hubHref) implements LayoutPart {}

    /** The glossary: every term. */
    public record GlossaryPart(List<TermView> terms) implements LayoutPart {}

    /** The sources page: every source. */
    public record SourcesPart(List<SourceView> sources) implements LayoutPart {}

    /** The What changed page: every entry of the registry of legal changes, newest first. */
    public record ChangesPart(List<LegalChangeView> changes) implements LayoutPart {}

    /** The citations index: every cited authority, grouped. */
    public record CitationIndexPart(List<CitationGroupView> groups) implements LayoutPart {}

    /** The update log: every page's change notes, newest first. */
    public record UpdatesPart(List<UpdateView> updates) implements LayoutPart {}

    /** A registered change to a provision the page cites, made after the page was last reviewed. */
    public record NoticeView(String title, String date, String dateIso, String href) {}

    /**
     * An entry of the registry of legal changes: its rendered summary, sources, the provisions it
     * affects (label and link to the official text) and the site's pages that explain it.
     */
    public record LegalChangeView(
            String id,
            String date,
            String dateIso,
            String title,
            String summaryHtml,
            List<SourceView> sources,
            List<LinkView> affects,
            List<LinkView> pages) {}

    /** An entry of the site's update log: a page's change note, with a stable id for feeds. */
    public record UpdateView(
            String id, String date, String dateIso, String note, String pageTitle, String href) {}

    /**
     * An authority cited on a page, for the page's citation list (and the citation previews, which
     * find an entry by its {@code id}, e.g. usc/5/3393).
     */
    public record CitedView(
            String id,
            String label,
            String heading,
            boolean verified,
            String url,
            int count,
            String indexHref,
            ProviderView asOf) {}

    /** A titled group of the citations index. */
    public record CitationGroupView(String title, List<AuthorityView> entries) {}

    /** One authority of the citations index with its official links and the places that cite it. */
    public record AuthorityView(
            String id,
            String label,
            String heading,
            boolean verified,
            List<ProviderView> links,
            int count,
            List<PageUsesView> pages) {}

    /**
     * A page that cites an authority: its title and link, the provision's text as of the page's
     * review date (or null), and each part of the page that cites it.
     */
    public record PageUsesView(
            String title,
            String href,
            ProviderView asOf,
            String reviewed,
            String reviewedIso,
            List<PlaceView> places) {}

    /**
     * A part of a page that cites an authority (a section heading, FAQ question, glossary term;
     * {@code title} empty for the page's opening text), linked to its first citation there, with
     * links to its further citations of it, if any.
     */
    public record PlaceView(String title, String href, List<String> more) {}

    /** A link to an authority's text at one provider. */
    public record ProviderView(String name, String url, boolean authoritative) {
        static ProviderView of(dev.sesref.cite.CitationCatalog.ProviderLink l) {
            return l == null ? null : new ProviderView(l.provider(), l.url(), l.authoritative());
        }
    }
}
