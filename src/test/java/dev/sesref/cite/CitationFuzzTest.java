package dev.sesref.cite;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.code_intelligence.jazzer.junit.FuzzTest;
import com.code_intelligence.jazzer.mutation.annotation.NotNull;

/**
 * Issue 21: the citation scanner on any text gives sorted, non-overlapping matches and malformed
 * spans inside the text whose text is what the span covers, never an exception or a slow scan, and
 * its shortcuts never change the result.
 */
class CitationFuzzTest {
    private static final CitationScanner SCANNER = TestAliases.SCANNER;

    static {
        // Loads every parser's classes before any input is timed (under Jazzer's instrumentation in
        // CI, class loading alone can take seconds of the first input).
        SCANNER.scanExhaustively(
                "5 U.S.C. 3132(a), 5 CFR part 430, subpart C, Pub. L. 95-454, 92 Stat. 1111, "
                        + "90 FR 8481, Executive Order 14171, the Hatch Act, 5 U.S.C. §");
    }

    @FuzzTest(maxDuration = "10s")
    void scansAnyText(@NotNull String text) {
        long start = System.nanoTime();
        ScanResult r = SCANNER.scan(text);
        int end = 0;
        for (CitationMatch m : r.matches()) {
            assertTrue(
                    m.start() >= end && m.end() <= text.length(),
                    () -> "span " + m + " in '" + text + "'");
            assertEquals(text.substring(m.start(), m.end()), m.text());
            assertTrue(!m.refs().isEmpty(), () -> "a match without an authority: " + m);
            end = m.end();
        }
        for (Malformed m : r.malformed()) {
            assertTrue(
                    m.start() >= 0 && m.end() <= text.length(),
                    () -> "span " + m + " in '" + text + "'");
            assertEquals(text.substring(m.start(), m.end()), m.text());
        }
        assertEquals(SCANNER.scanExhaustively(text), r, "the scan shortcuts changed the result");
        assertTrue(System.nanoTime() - start < 5_000_000_000L, "a near-hang: more than 5 s");
    }
}
