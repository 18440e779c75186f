package dev.sesref.content;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * The validated front matter of a page.
 *
 * @param reviewed when the page's facts were last checked against the law and official guidance
 *     (null when not given); distinct from {@code updated}, the date of the last edit
 * @param glossaryLinks the first use of each glossary term in the page's text links to its
 *     definition ({@code glossaryLinks: false} turns it off for the page)
 * @param category on a page with the {@code faq} layout, the one FAQ category it shows (null: the
 *     page lists every question and shows the categories no page of their own shows)
 */
public record FrontMatter(
        String title,
        String description,
        LocalDate updated,
        DateRef reviewed,
        List<Ref> sources,
        List<Ref> related,
        Ref layout,
        int order,
        List<Ref> tables,
        List<Figure> figures,
        List<Change> changes,
        boolean glossaryLinks,
        Ref category) {

    /** Every key a page may use; anything else is an error. */
    public static final Set<String> KEYS =
            Set.of(
                    "title",
                    "description",
                    "updated",
                    "reviewed",
                    "sources",
                    "related",
                    "layout",
                    "order",
                    "tables",
                    "figures",
                    "changes",
                    "glossaryLinks",
                    "category");

    public static final String DEFAULT_LAYOUT = "article";

    public FrontMatter {
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(updated, "updated");
        Objects.requireNonNull(layout, "layout");
        description = description == null ? "" : description;
        sources = List.copyOf(sources);
        related = List.copyOf(related);
        tables = List.copyOf(tables);
        figures = List.copyOf(figures);
        changes = List.copyOf(changes);
    }
}
