package dev.sesref.content;

import java.util.Objects;

/**
 * A name written in a content file (a source id, a page path, a table id) and where it was written.
 */
public record Ref(String value, int line, int column) {
    public Ref {
        Objects.requireNonNull(value, "value");
    }
}
