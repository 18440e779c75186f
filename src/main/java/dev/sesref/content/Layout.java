package dev.sesref.content;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The layouts sesref gives data to, declared once: each later stage switches on this enum (the
 * view, the search documents, the structured data), so a new layout is a compile error wherever it
 * needs handling. A theme may add layouts of its own; they get an article's data.
 */
public enum Layout {
    /** Markdown body, sections, tables named in front matter. The default. */
    ARTICLE,
    /** The home page: an article with figures. */
    HOME,
    /** An article whose tables come from data/comparisons.yml (it must name one). */
    COMPARISON,
    /** Every FAQ category and question of data/faqs.yml. */
    FAQ,
    /** Every term of data/glossary.yml. */
    GLOSSARY,
    /** Every source of data/sources.yml. */
    SOURCES,
    /** Every entry of the registry of legal changes, data/changes.yml. */
    CHANGES;

    /** The layout a page's front matter names; a theme's own layout reads as {@link #ARTICLE}. */
    public static Layout of(String name) {
        for (Layout l : values()) {
            if (l.id().equals(name)) {
                return l;
            }
        }
        return ARTICLE;
    }

    /** The name pages and themes use ({@code layouts/faq.ftlh}). */
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    /**
     * The ids this layout prints from the site's data (link targets besides headings and tables).
     */
    public List<String> anchors(Content content, Page page) {
        List<String> ids = new ArrayList<>();
        switch (this) {
            case FAQ ->
                    content.faqCategoriesOn(page)
                            .forEach(
                                    c -> {
                                        ids.add(c.id());
                                        c.questions().forEach(q -> ids.add(q.id()));
                                    });
            case GLOSSARY -> content.glossary().forEach(t -> ids.add(t.id()));
            case CHANGES ->
                    content.legalChanges()
                            .forEach(
                                    c -> {
                                        ids.add(c.id());
                                        ids.add(c.id() + "-h");
                                    });
            case ARTICLE, HOME, COMPARISON, SOURCES -> {}
        }
        return ids;
    }
}
