package dev.sesref.content;

import java.util.List;
import java.util.Objects;

/**
 * One row of a comparison table: its header cell and the other cells (inline Markdown, placed in
 * their file).
 */
public record TableRow(MarkdownSource header, List<MarkdownSource> cells) {
    public TableRow {
        Objects.requireNonNull(header, "header");
        cells = List.copyOf(cells);
    }
}
