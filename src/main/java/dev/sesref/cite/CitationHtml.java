package dev.sesref.cite;

import dev.sesref.markdown.HtmlText;
import java.util.ArrayList;
import java.util.List;

/**
 * The HTML of one citation: each target span becomes a link to the official text, titled with its
 * heading.
 */
final class CitationHtml {
    private CitationHtml() {}

    static String render(CitationMatch m, CitationCatalog catalog, PageCitations page) {
        String anchor = page.addMatch();
        StringBuilder out = new StringBuilder();
        int pos = m.start();
        boolean first = true;
        List<List<CitationRef>> spans = spans(m.refs());
        for (int i = 0; i < spans.size(); i++) {
            List<CitationRef> span = spans.get(i);
            CitationRef ref = span.get(0);
            span.forEach(r -> page.addUse(r.authority(), anchor, m.text()));
            if (ref.start() < pos) {
                continue;
            }
            out.append(
                    HtmlText.escape(m.text().substring(pos - m.start(), ref.start() - m.start())));
            String shown = m.text().substring(ref.start() - m.start(), ref.end() - m.start());
            if (i > 0 && i < spans.size() - 1 && isRangeMiddle(shown)) {
                out.append(HtmlText.escape(shown));
            } else {
                out.append(element(ref.authority(), shown, first ? anchor : null, catalog));
                first = false;
            }
            pos = ref.end();
        }
        out.append(HtmlText.escape(m.text().substring(pos - m.start())));
        if (first) {
            return "<span class=\"cite\" id=\"" + anchor + "\">" + out + "</span>";
        }
        return out.toString();
    }

    /** Refs grouped by identical span, in text order. */
    private static List<List<CitationRef>> spans(List<CitationRef> refs) {
        List<List<CitationRef>> out = new ArrayList<>();
        for (CitationRef r :
                refs.stream()
                        .sorted(
                                (a, b) ->
                                        a.start() != b.start()
                                                ? a.start() - b.start()
                                                : a.end() - b.end())
                        .toList()) {
            List<CitationRef> last = out.isEmpty() ? null : out.get(out.size() - 1);
            if (last != null && last.get(0).start() == r.start() && last.get(0).end() == r.end()) {
                last.add(r);
            } else {
                out.add(new ArrayList<>(List.of(r)));
            }
        }
        return out;
    }

    /**
     * The dash or word between a range's ends stands for the sections in between: it is not linked
     * (they are listed on the page and in the index), unlike the numbered spans around it.
     */
    private static boolean isRangeMiddle(String shown) {
        return !shown.matches(".*\\d.*");
    }

    private static String element(Authority a, String shown, String id, CitationCatalog catalog) {
        String describe = catalog.describe(a);
        String name =
                describe.contains(shown.strip()) ? describe : shown.strip() + " (" + describe + ")";
        String idAttr = id == null ? "" : " id=\"" + id + "\"";
        // A short citation should not break across lines ("5 / U.S.C. 3132"); long act names may.
        String text =
                shown.length() <= 24
                        ? HtmlText.escape(shown).replace(" ", "\u00a0")
                        : HtmlText.escape(shown);
        String data = " data-cite=\"" + HtmlText.escape(a.id()) + "\"";
        return catalog.url(a)
                .map(
                        u ->
                                "<a class=\"cite\""
                                        + idAttr
                                        + data
                                        + " href=\""
                                        + HtmlText.escape(u)
                                        + "\" title=\""
                                        + HtmlText.escape(describe)
                                        + "\" aria-label=\""
                                        + HtmlText.escape(name)
                                        + "\">"
                                        + text
                                        + "</a>")
                .orElse(
                        "<span class=\"cite\""
                                + idAttr
                                + data
                                + " title=\""
                                + HtmlText.escape(describe)
                                + "\">"
                                + text
                                + "</span>");
    }
}
