package dev.sesref.content;

import java.time.LocalDate;
import java.util.Objects;

/** A date written in a content file and where it was written. */
public record DateRef(LocalDate date, int line, int column) {
    public DateRef {
        Objects.requireNonNull(date, "date");
    }
}
