package dev.sesref.content;

import java.util.Objects;

/**
 * A row of {@code data/authorities.yml}: a cited authority's canonical id and official heading
 * (empty if unknown).
 */
public record AuthorityNote(Ref id, String heading, boolean verified) {
    public AuthorityNote {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(heading, "heading");
    }
}
