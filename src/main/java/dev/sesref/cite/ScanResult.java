package dev.sesref.cite;

import java.util.List;

/** The citations and malformed citations found in one text, each list sorted by start offset. */
public record ScanResult(List<CitationMatch> matches, List<Malformed> malformed) {

    /** Copies both lists. */
    public ScanResult {
        matches = List.copyOf(matches);
        malformed = List.copyOf(malformed);
    }

    /** True when nothing (valid or malformed) was found. */
    public boolean isEmpty() {
        return matches.isEmpty() && malformed.isEmpty();
    }
}
