package dev.sesref.cite;

import java.util.List;
import java.util.Objects;

/**
 * Finds citations of the U.S. Code, the CFR, Public Laws, the Statutes at Large, the Federal
 * Register, executive orders and named acts in plain text, and reports malformed citations.
 * Immutable and thread-safe.
 *
 * <p>The input is a run of plain text (the caller strips code, links and HTML attributes); nothing
 * inside a URL or e-mail address in that text is matched. Overlapping candidates are resolved by
 * earliest start, then longest span, so "section 401 of Pub. L. 95-454" is one match.
 */
public final class CitationScanner {

    private final List<CitationParser> parsers;

    /** A scanner that also recognises the given named acts. */
    public CitationScanner(List<ActAlias> aliases) {
        Objects.requireNonNull(aliases, "aliases");
        this.parsers =
                List.of(
                        new UscParser(),
                        new CfrParser(),
                        new PublicLawParser(),
                        new StatuteParser(),
                        new FederalRegisterParser(),
                        new ExecutiveOrderParser(),
                        new ActAliasParser(List.copyOf(aliases)));
    }

    /** A scanner without named acts. */
    public CitationScanner() {
        this(List.of());
    }

    /** Scans {@code text}; offsets in the result are char offsets into {@code text}. */
    public ScanResult scan(String text) {
        return scan(text, false);
    }

    /**
     * {@link #scan} without the shortcuts that skip text no citation can start in: what tests
     * compare it with.
     */
    ScanResult scanExhaustively(String text) {
        return scan(text, true);
    }

    private ScanResult scan(String text, boolean exhaustive) {
        Objects.requireNonNull(text, "text");
        ScanText scanText = new ScanText(text, exhaustive);
        Results results = new Results(scanText);
        // Every citation but a named act has a digit; most text runs have none.
        boolean digits = scanText.hasDigits();
        for (CitationParser p : parsers) {
            if (digits || p instanceof ActAliasParser) {
                p.parse(results);
            }
        }
        return results.resolve();
    }
}
