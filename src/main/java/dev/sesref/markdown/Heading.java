package dev.sesref.markdown;

import java.util.Objects;

/**
 * A heading of a rendered page: its level (2–6), plain text, anchor id, and where it is in its
 * file.
 */
public record Heading(int level, String text, String id, int line, int column) {
    public Heading {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(id, "id");
        if (level < 1 || level > 6) {
            throw new IllegalArgumentException("heading level " + level);
        }
    }
}
