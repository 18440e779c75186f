package dev.sesref.content;

import java.time.LocalDate;
import java.util.Objects;

/**
 * A document the site rests on, from {@code data/sources.yml}.
 *
 * @param url where to read it, or empty when our copy does not record one
 * @param date the date the source speaks for, or null when undated
 * @param offline true when {@code url} no longer serves the document (it is kept as the address it
 *     had)
 * @param archive an archived copy of the document (e.g. the Wayback Machine's), or empty
 */
public record Source(
        String id,
        String title,
        String publisher,
        String url,
        LocalDate date,
        String note,
        boolean offline,
        String archive) {
    public Source {
        archive = archive == null ? "" : archive;
        Ids.require(id, "source id");
        Objects.requireNonNull(title, "title");
        publisher = publisher == null ? "" : publisher;
        url = url == null ? "" : url;
        note = note == null ? "" : note;
    }
}
