package dev.sesref.content;

import java.util.Objects;

/** A key figure shown on the home page, e.g. "about 8,000" / "SES positions". */
public record Figure(String value, String label) {
    public Figure {
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(label, "label");
    }
}
