package dev.sesref.cite;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

/**
 * The citations of one compiled page, as a value: what the citations index, the page's citation
 * list and its currency notices are made from.
 *
 * @param reviewed when the page was last checked against the law, or null
 * @param count citations as written on the page (a range or list counts once)
 * @param uses every authority cited, in page order, with its anchor and text
 */
public record CitedPage(
        String url, String title, LocalDate reviewed, int count, List<CitationUse> uses) {
    public CitedPage {
        Objects.requireNonNull(url, "url");
        Objects.requireNonNull(title, "title");
        if (count < 0) {
            throw new IllegalArgumentException("count must not be negative: " + count);
        }
        uses = List.copyOf(uses);
    }

    /** Every distinct provision cited (sections stand for their paragraphs). */
    public Set<Authority> authorities() {
        Set<Authority> out = new TreeSet<>();
        uses.forEach(u -> out.add(u.authority().section()));
        return out;
    }
}
