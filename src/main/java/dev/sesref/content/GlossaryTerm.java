package dev.sesref.content;

import java.util.List;
import java.util.Objects;

/** A glossary entry; {@code expansion} spells out an abbreviation (may be empty). */
public record GlossaryTerm(
        String id,
        String term,
        String expansion,
        MarkdownSource definition,
        List<Ref> see,
        List<Ref> sources) {
    public GlossaryTerm {
        Ids.require(id, "glossary term id");
        Objects.requireNonNull(term, "term");
        expansion = expansion == null ? "" : expansion;
        Objects.requireNonNull(definition, "definition");
        see = List.copyOf(see);
        sources = List.copyOf(sources);
    }
}
