package dev.sesref.cite;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** Collects parser output and resolves overlaps (package-private). */
final class Results {

    private static final Comparator<CitationMatch> MATCH_ORDER =
            Comparator.comparingInt(CitationMatch::start).thenComparing(m -> -m.end());
    private static final Comparator<Malformed> MALFORMED_ORDER =
            Comparator.comparingInt(Malformed::start).thenComparing(m -> -m.end());

    private final ScanText text;
    private final List<CitationMatch> matches = new ArrayList<>();
    private final List<Malformed> malformed = new ArrayList<>();

    Results(ScanText text) {
        this.text = text;
    }

    ScanText text() {
        return text;
    }

    /** Adds a citation spanning [start, end) with the given refs. */
    void match(int start, int end, List<CitationRef> refs) {
        matches.add(new CitationMatch(start, end, text.slice(start, end), refs));
    }

    /** Adds a citation whose single target carries the whole span. */
    void single(int start, int end, Authority authority) {
        match(start, end, List.of(new CitationRef(authority, start, end)));
    }

    /** Adds a malformed citation; {@code advice} follows "citation '...' ". */
    void malformed(int start, int end, String advice) {
        String written = text.slice(start, end);
        malformed.add(new Malformed(start, end, written, "citation '" + written + "' " + advice));
    }

    /**
     * Drops anything inside a URL, then overlaps: earlier start wins, then the longer span; a
     * malformed citation is dropped if it overlaps a valid one. Both lists sorted by start.
     */
    ScanResult resolve() {
        List<CitationMatch> keptMatches = new ArrayList<>();
        int lastEnd = -1;
        matches.sort(MATCH_ORDER);
        for (CitationMatch m : matches) {
            if (m.start() >= lastEnd && !text.excluded(m.start(), m.end())) {
                keptMatches.add(m);
                lastEnd = m.end();
            }
        }
        List<Malformed> keptBad = new ArrayList<>();
        lastEnd = -1;
        int next = 0;
        malformed.sort(MALFORMED_ORDER);
        for (Malformed b : malformed) {
            while (next < keptMatches.size() && keptMatches.get(next).end() <= b.start()) {
                next++;
            }
            boolean clash = next < keptMatches.size() && keptMatches.get(next).start() < b.end();
            if (b.start() >= lastEnd && !clash && !text.excluded(b.start(), b.end())) {
                keptBad.add(b);
                lastEnd = b.end();
            }
        }
        return new ScanResult(keptMatches, keptBad);
    }
}
