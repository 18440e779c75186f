package dev.sesref.content;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Everything loaded from the content directory, validated and cross-checked.
 *
 * @param assets content-relative paths of other files (images, PDFs) published as they are
 */
public record Content(
        List<Page> pages,
        List<Source> sources,
        List<FaqCategory> faqCategories,
        List<GlossaryTerm> glossary,
        List<ComparisonTable> tables,
        List<AuthorityNote> authorities,
        List<AliasNote> aliases,
        List<LegalChange> legalChanges,
        List<LexiconEntry> lexicon,
        List<String> assets) {
    public Content {
        lexicon = List.copyOf(lexicon);
        legalChanges = List.copyOf(legalChanges);
        pages = List.copyOf(pages);
        sources = List.copyOf(sources);
        faqCategories = List.copyOf(faqCategories);
        glossary = List.copyOf(glossary);
        tables = List.copyOf(tables);
        authorities = List.copyOf(authorities);
        aliases = List.copyOf(aliases);
        assets = List.copyOf(assets);
    }

    /** The first page with this layout (the site's What changed page, say), if there is one. */
    public java.util.Optional<Page> pageWithLayout(Layout layout) {
        return pages.stream().filter(p -> p.kind() == layout).findFirst();
    }

    public Map<String, Page> pagesByUrl() {
        return pages.stream().collect(Collectors.toMap(Page::url, Function.identity()));
    }

    public Map<String, Source> sourcesById() {
        return sources.stream().collect(Collectors.toMap(Source::id, Function.identity()));
    }

    public Optional<ComparisonTable> table(String id) {
        return tables.stream().filter(t -> t.id().equals(id)).findFirst();
    }

    /** The newest {@code updated} date of any page: the date of the content, never the clock. */
    public java.util.Optional<java.time.LocalDate> newest() {
        return pages.stream().map(p -> p.meta().updated()).max(java.util.Comparator.naturalOrder());
    }

    public List<Faq> faqs() {
        return faqCategories.stream().flatMap(c -> c.questions().stream()).toList();
    }

    /**
     * The FAQ categories a page shows: on a {@code faq} page, the category its front matter names,
     * or, when it names none, every category that no page names.
     */
    public List<FaqCategory> faqCategoriesOn(Page page) {
        if (page.kind() != Layout.FAQ) {
            return List.of();
        }
        Ref own = page.meta().category();
        if (own != null) {
            return faqCategories.stream().filter(c -> c.id().equals(own.value())).toList();
        }
        Set<String> named = faqCategoryPages().keySet();
        return faqCategories.stream().filter(c -> !named.contains(c.id())).toList();
    }

    /** The FAQ categories that a page of their own names (category id → that page). */
    public Map<String, Page> faqCategoryPages() {
        Map<String, Page> out = new java.util.HashMap<>();
        for (Page p : pages) {
            if (p.kind() == Layout.FAQ && p.meta().category() != null) {
                out.putIfAbsent(p.meta().category().value(), p);
            }
        }
        return out;
    }

    /** The first {@code faq} page that names no category: the one that lists every question. */
    public Optional<Page> faqListPage() {
        return pages.stream()
                .filter(p -> p.kind() == Layout.FAQ && p.meta().category() == null)
                .findFirst();
    }
}
