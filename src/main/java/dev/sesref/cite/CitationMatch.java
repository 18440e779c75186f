package dev.sesref.cite;

import java.util.List;
import java.util.Objects;

/**
 * One citation as written in the input (e.g. the whole {@code 5 U.S.C. §§ 3131–3136}), its span
 * ({@code start} inclusive, {@code end} exclusive) and its link targets in reading order.
 */
public record CitationMatch(int start, int end, String text, List<CitationRef> refs) {

    /** Validates the span, text and refs; copies the list. */
    public CitationMatch {
        Objects.requireNonNull(text, "text");
        if (start < 0 || end <= start || text.length() != end - start) {
            throw new IllegalArgumentException(
                    "bad span [" + start + ", " + end + ") for '" + text + "'");
        }
        refs = List.copyOf(refs);
        if (refs.isEmpty()) {
            throw new IllegalArgumentException(
                    "a citation match needs at least one ref: '" + text + "'");
        }
        for (CitationRef r : refs) {
            if (r.start() < start || r.end() > end) {
                throw new IllegalArgumentException(
                        "ref span of " + r.authority().id() + " lies outside '" + text + "'");
            }
        }
    }

    /** The distinct canonical ids of the refs, in order. */
    public List<String> ids() {
        return refs.stream().map(r -> r.authority().id()).distinct().toList();
    }
}
