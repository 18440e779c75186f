package dev.sesref.content;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * One entry of the registry of legal and policy changes ({@code data/changes.yml}): what changed,
 * when it took effect, the sources that say so, the citations it affects (canonical ids such as
 * {@code cfr/5/430} or {@code usc/5/3393}, checked against the citation catalog) and the pages that
 * explain it.
 */
public record LegalChange(
        String id,
        LocalDate date,
        String title,
        MarkdownSource summary,
        List<Ref> sources,
        List<Ref> affects,
        List<Ref> pages,
        int line) {
    public LegalChange {
        Ids.require(id, "change id");
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(summary, "summary");
        sources = List.copyOf(sources);
        affects = List.copyOf(affects);
        pages = List.copyOf(pages);
    }
}
