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
        List<List<CitationRef>> spans = spans(m.refs());
        for (int i = 0; i < spans.size(); i++) {
            List<CitationRef> span = spans.get(i);
            CitationRef ref = span.get(0);
            span.forEach(r -> page.addUse(r.authority(), anchor, m.text()));
            if (ref.start() < pos) {
                continue;
            }
            plain(parts, m.text().substring(pos - m.start(), ref.start() - m.start()));
            String shown = m.text().substring(ref.start() - m.start(), ref.end() - m.start());
            if (i > 0 && i < spans.size() - 1 && isRangeMiddle(shown)) {
                plain(parts, shown);
            } else {
                parts.add(provision(ref.authority(), shown, first ? anchor : "", catalog));
                first = false;
            }
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
     * The dash or word between a range's ends stands for the sections in between: it is not linked
     * (they are listed on the page and in the index), unlike the numbered spans around it.
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
