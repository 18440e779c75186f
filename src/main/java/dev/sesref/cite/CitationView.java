package dev.sesref.cite;

import java.util.List;

/**
 * One citation as written in the text, as data for the theme's citation template: its parts in
 * order, each either plain text or a cited provision with its link. Texts are not escaped.
 *
 * @param id the citation's anchor on the page ({@code cite-3}); the first linked part carries it,
 *     or a wrapper around the whole citation when no part is linked ({@code wrapped})
 */
public record CitationView(String id, boolean wrapped, List<Part> parts) {
    public CitationView {
        parts = List.copyOf(parts);
    }

    /** This citation with {@code anchor} in place of its anchor, wherever it is printed. */
    public CitationView withAnchor(String anchor) {
        return new CitationView(
                anchor,
                wrapped,
                parts.stream()
                        .map(
                                p ->
                                        p.id().isEmpty()
                                                ? p
                                                : new Part(
                                                        p.text(),
                                                        p.authority(),
                                                        p.href(),
                                                        p.title(),
                                                        p.label(),
                                                        anchor))
                        .toList());
    }

    /**
     * A run of the citation's text. For a cited provision: {@code authority} is its id ({@code
     * usc/5/3132}), {@code href} the official text (empty when no provider has it), {@code title}
     * its label and heading, {@code label} the accessible name, {@code id} the citation's anchor on
     * the first provision only; for plain text all but {@code text} are empty.
     */
    public record Part(
            String text, String authority, String href, String title, String label, String id) {
        static Part plain(String text) {
            return new Part(text, "", "", "", "", "");
        }
    }
}
