package dev.sesref.content;

import java.time.LocalDate;
import java.util.Objects;

/** One entry of a page's update log. */
public record Change(LocalDate date, String note) {
    public Change {
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(note, "note");
    }
}
