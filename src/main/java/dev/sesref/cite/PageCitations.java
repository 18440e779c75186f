package dev.sesref.cite;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * The citations found while compiling one page, filled by one thread; {@link #done} gives them as a
 * value.
 */
public final class PageCitations {
    private final String url;
    private final String title;
    private final LocalDate reviewed;
    private final List<CitationUse> uses = new ArrayList<>();
    private int matches;
    private String part = "";
    private String heading;

    /**
     * @param reviewed when the page was last checked against the law, or null
     */
    public PageCitations(String url, String title, LocalDate reviewed) {
        this.url = url;
        this.title = title;
        this.reviewed = reviewed;
    }

    /** When the citing page was last checked against the law, or null. */
    public LocalDate reviewed() {
        return reviewed;
    }

    /** The citations found, as a value. */
    public CitedPage done() {
        return new CitedPage(url, title, reviewed, matches, uses);
    }

    public String url() {
        return url;
    }

    public String title() {
        return title;
    }

    /** Number of citations as written on the page (a range or list counts once). */
    public int count() {
        return matches;
    }

    public List<CitationUse> uses() {
        return List.copyOf(uses);
    }

    /**
     * Registers one citation as written; returns its anchor id on the page, e.g. {@code cite-3}.
     */
    String addMatch() {
        matches++;
        return "cite-" + matches;
    }

    /**
     * The citations found from now on are in this part of the page (a FAQ question, a glossary
     * term, a table's caption), until the next call; "" for the page's own text.
     */
    public void enter(String part) {
        this.part = part;
    }

    /** The heading above the text being linked, or null when none is (then the part counts). */
    void under(String heading) {
        this.heading = heading;
    }

    void addUse(Authority a, String anchor, String text) {
        uses.add(new CitationUse(a, anchor, text, uses.size(), heading != null ? heading : part));
    }
}
