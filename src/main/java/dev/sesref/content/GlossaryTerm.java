package dev.sesref.content;

import java.util.List;
import java.util.Objects;

/**
 * A glossary entry; {@code expansion} spells out an abbreviation (may be empty); {@code link}: the
 * first use of the term on a page links to this entry (editors turn it off with {@code link:
 * false}).
 */
public record GlossaryTerm(
        String id,
        String term,
        String expansion,
        MarkdownSource definition,
        List<Ref> see,
        List<Ref> sources,
        boolean link) {
    public GlossaryTerm {
        Ids.require(id, "glossary term id");
        Objects.requireNonNull(term, "term");
        expansion = expansion == null ? "" : expansion;
        Objects.requireNonNull(definition, "definition");
        see = List.copyOf(see);
        sources = List.copyOf(sources);
    }

    /**
     * The words that stand for this term in a page's text, as written: the term without a trailing
     * parenthesis ("Reassignment" for "Reassignment (120-day rule)") and the expansion; none when
     * {@code link} is off.
     */
    public List<String> forms() {
        if (!link) {
            return List.of();
        }
        String bare = term.replaceFirst("\\s*\\([^)]*\\)$", "").strip();
        return expansion.isEmpty() || expansion.equals(bare)
                ? List.of(bare)
                : List.of(bare, expansion);
    }
}
