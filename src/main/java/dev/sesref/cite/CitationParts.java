package dev.sesref.cite;

import java.util.ArrayList;
import java.util.List;

/**
 * The data of one citation as written: each target span becomes a provision to link to its official
 * text, titled with its heading; the theme writes the markup ({@link CitationMarkup}).
 */
final class CitationParts {
    private CitationParts() {}

    /** The parts of one citation; registers its anchor and uses on {@code page}. */
    static CitationView view(CitationMatch m, CitationCatalog catalog, PageCitations page) {
        String anchor = page.addMatch();
        List<CitationView.Part> parts = new ArrayList<>();
        int pos = m.start();
        boolean first = true;
        CitationRef linked = null; // the ref of the last part, when that part is a provision
        List<List<CitationRef>> spans = spans(m.refs());
        for (int i = 0; i < spans.size(); i++) {
            List<CitationRef> span = spans.get(i);
            CitationRef ref = span.get(0);
            span.forEach(r -> page.addUse(r.authority(), anchor, m.text()));
            if (ref.start() < pos) {
                continue;
            }
            String shown = m.text().substring(ref.start() - m.start(), ref.end() - m.start());
            if (i < spans.size() - 1 && isRangeMiddle(shown) && linked != null) {
                // A range is one link, to its first section ("3131–3136"): one target, not two
                // small ones; the page's citation list names every section in it.
                CitationView.Part start = parts.remove(parts.size() - 1);
                CitationRef from = linked;
                CitationRef to = spans.get(++i).get(0);
                spans.get(i).forEach(r -> page.addUse(r.authority(), anchor, m.text()));
                String whole = m.text().substring(from.start() - m.start(), to.end() - m.start());
                parts.add(provision(from.authority(), whole, start.id(), catalog));
                linked = null;
                pos = to.end();
                continue;
            }
            String between = m.text().substring(pos - m.start(), ref.start() - m.start());
            plain(parts, between);
            parts.add(provision(ref.authority(), shown, first ? anchor : "", catalog));
            linked = ref;
            first = false;
            pos = ref.end();
        }
        plain(parts, m.text().substring(pos - m.start()));
        return new CitationView(anchor, first, parts);
    }

    private static void plain(List<CitationView.Part> parts, String text) {
        if (!text.isEmpty()) {
            parts.add(CitationView.Part.plain(text));
        }
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
     * The dash or word between a range's ends stands for the sections in between (listed on the
     * page and in the index).
     */
    private static boolean isRangeMiddle(String shown) {
        return !shown.matches(".*\\d.*");
    }

    private static CitationView.Part provision(
            Authority a, String shown, String id, CitationCatalog catalog) {
        String describe = catalog.describe(a);
        String name =
                describe.contains(shown.strip()) ? describe : shown.strip() + " (" + describe + ")";
        // A short citation should not break across lines ("5 / U.S.C. 3132"); long act names may.
        String text = shown.length() <= 24 ? shown.replace(" ", "\u00a0") : shown;
        return new CitationView.Part(text, a.id(), catalog.url(a).orElse(""), describe, name, id);
    }
}
