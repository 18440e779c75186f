package dev.sesref.cite;

import java.util.Objects;

/**
 * One linkable target of a citation and the span of input text ({@code start} inclusive, {@code
 * end} exclusive, char offsets) that should carry its link.
 */
public record CitationRef(Authority authority, int start, int end) {

    /** Validates the target and span. */
    public CitationRef {
        Objects.requireNonNull(authority, "authority");
        if (start < 0 || end <= start) {
            throw new IllegalArgumentException(
                    "bad span [" + start + ", " + end + ") for " + authority.id());
        }
    }
}
