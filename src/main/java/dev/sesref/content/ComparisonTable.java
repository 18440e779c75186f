package dev.sesref.content;

import java.util.List;
import java.util.Objects;

/**
 * A comparison table from {@code data/comparisons.yml}; every row has one cell per non-header
 * column.
 */
public record ComparisonTable(
        String id,
        String caption,
        MarkdownSource lead,
        List<String> columns,
        List<TableRow> rows,
        MarkdownSource notes,
        List<Ref> sources) {
    public ComparisonTable {
        Ids.require(id, "table id");
        Objects.requireNonNull(caption, "caption");
        Objects.requireNonNull(lead, "lead");
        Objects.requireNonNull(notes, "notes");
        columns = List.copyOf(columns);
        rows = List.copyOf(rows);
        sources = List.copyOf(sources);
        if (columns.size() < 2) {
            throw new IllegalArgumentException(
                    "table " + id + " needs a header column and at least one more");
        }
        for (TableRow r : rows) {
            if (r.cells().size() != columns.size() - 1) {
                throw new IllegalArgumentException(
                        "row '"
                                + r.header().text()
                                + "' of table "
                                + id
                                + " has "
                                + r.cells().size()
                                + " cells, expected "
                                + (columns.size() - 1));
            }
        }
    }

    /**
     * Each row's anchor: the table id and the row header's words ("ses-vs-gs-basic-pay"), with a
     * number added to a repeat, so a search result or a link can point at one row.
     */
    public List<String> rowIds() {
        List<String> ids = new java.util.ArrayList<>();
        java.util.Set<String> seen = new java.util.HashSet<>();
        for (TableRow r : rows) {
            String base = id + "-" + Ids.slug(r.header().text());
            String rowId = base;
            for (int n = 2; !seen.add(rowId); n++) {
                rowId = base + "-" + n;
            }
            ids.add(rowId);
        }
        return ids;
    }
}
