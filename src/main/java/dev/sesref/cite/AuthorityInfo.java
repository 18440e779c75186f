package dev.sesref.cite;

import java.util.Objects;

/**
 * Display data for one authority id: its official heading (empty when not known: the authority is
 * catalogued, its heading not shown) and whether that heading was verified in the official text.
 */
public record AuthorityInfo(String id, String heading, boolean verified) {

    /**
     * Validates that {@code id} is a canonical authority id and that a verified heading is not
     * blank.
     */
    public AuthorityInfo {
        Objects.requireNonNull(id, "id");
        heading = heading == null ? "" : heading.strip();
        Authority.parse(id);
        if (verified && heading.isEmpty()) {
            throw new IllegalArgumentException("heading for " + id + " is verified but blank");
        }
    }

    /** The parsed authority. */
    public Authority authority() {
        return Authority.parse(id);
    }
}
