package dev.sesref.content;

import java.util.List;
import java.util.Objects;

/** A row of {@code data/citation-aliases.yml}: a named act and the canonical ids it cites. */
public record AliasNote(String name, List<Ref> targets) {
    public AliasNote {
        Objects.requireNonNull(name, "name");
        targets = List.copyOf(targets);
        if (targets.isEmpty()) {
            throw new IllegalArgumentException("alias '" + name + "' has no targets");
        }
    }
}
