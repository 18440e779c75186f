package dev.sesref.cite;

import java.util.Objects;

/** Display data for one authority id: its official heading and whether that heading was verified. */
public record AuthorityInfo(String id, String heading, boolean verified) {

    /** Validates that {@code id} is a canonical authority id and the heading is not blank. */
    public AuthorityInfo {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(heading, "heading");
        Authority.parse(id);
        if (heading.isBlank()) {
            throw new IllegalArgumentException("heading for " + id + " is blank");
        }
    }

    /** The parsed authority. */
    public Authority authority() {
        return Authority.parse(id);
    }
}
