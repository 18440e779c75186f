package dev.sesref.content;

import java.util.List;
import java.util.Objects;

/** One row of a comparison table: its header cell and the other cells (inline Markdown). */
public record TableRow(String header, List<String> cells) {
    public TableRow {
        Objects.requireNonNull(header, "header");
        cells = List.copyOf(cells);
    }
}
