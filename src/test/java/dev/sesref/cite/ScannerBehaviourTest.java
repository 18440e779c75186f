package dev.sesref.cite;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** Scanner behaviour beyond single rows: ordering, overlaps, URLs, messages, robustness. */
class ScannerBehaviourTest {

    private static final CitationScanner S = TestAliases.SCANNER;

    @Test
    void matchesAreSortedAndDoNotOverlap() {
        String text =
                "P.L. 95-454 (92 Stat. 1111), codified at 5 U.S.C. 3131–3136 and 5 CFR part 317; "
                        + "see section 401 of Pub. L. 95-454 and the Hatch Act.";
        ScanResult r = S.scan(text);
        assertEquals(
                List.of(
                        "P.L. 95-454",
                        "92 Stat. 1111",
                        "5 U.S.C. 3131–3136",
                        "5 CFR part 317",
                        "section 401 of Pub. L. 95-454",
                        "Hatch Act"),
                r.matches().stream().map(CitationMatch::text).toList());
        for (int i = 1; i < r.matches().size(); i++) {
            assertTrue(r.matches().get(i - 1).end() <= r.matches().get(i).start());
        }
    }

    @Test
    void nothingInsideUrlsButCitationsAroundThem() {
        ScanResult r =
                S.scan(
                        "https://x.gov/5-usc-3132 and https://example.com/?q=5+U.S.C.+3132 "
                                + "http://opm.gov/ses then 5 U.S.C. 3132");
        assertEquals(
                List.of("5 U.S.C. 3132"), r.matches().stream().map(CitationMatch::text).toList());
        assertTrue(
                S.scan("https://www.govinfo.gov/link/plaw/95/public/454 P.L.954")
                        .matches()
                        .isEmpty());
    }

    @Test
    void malformedMessagesSayWhatToWrite() {
        assertEquals(
                "citation '5 CFR 317.' has no section after the part; write e.g. '5 CFR 317.903', "
                        + "or '5 CFR part 317' for the whole part",
                S.scan("5 CFR 317.").malformed().get(0).message());
        assertEquals(
                "citation '5 U.S.C. §§ 3136–3131' has a reversed range (3136 comes after 3131); "
                        + "write '5 U.S.C. §§ 3131–3136'",
                S.scan("5 U.S.C. §§ 3136–3131").malformed().get(0).message());
        assertEquals(
                "citation '5 U.S.C. §' has no section number after '§'; write e.g. '5 U.S.C. § 3132'",
                S.scan("see 5 U.S.C. § for details").malformed().get(0).message());
        assertEquals(
                "citation 'P.L. 954' lacks the hyphen between Congress and law number; write e.g. "
                        + "'Pub. L. 95-454' (95th Congress, law 454)",
                S.scan("P.L. 954").malformed().get(0).message());
    }

    @Test
    void malformedAndValidInOneText() {
        ScanResult r = S.scan("5 CFR 317. and 5 CFR 317.903 and Pub. L. 95-");
        assertEquals(1, r.matches().size());
        assertEquals(
                List.of("5 CFR 317.", "Pub. L. 95-"),
                r.malformed().stream().map(Malformed::text).toList());
    }

    @Test
    void aliasesAreWholeWordsLongestFirst() {
        ScanResult r =
                S.scan(
                        "Hatch Act Reform Amendments of 1993 amended the Hatch Act; HatchAct is not one.");
        assertEquals(
                List.of("Hatch Act Reform Amendments of 1993", "Hatch Act"),
                r.matches().stream().map(CitationMatch::text).toList());
        assertTrue(new CitationScanner().scan("the Hatch Act").isEmpty(), "no aliases configured");
    }

    @Test
    void duplicateAliasNamesKeepTheFirst() {
        CitationScanner s =
                new CitationScanner(
                        List.of(
                                ActAlias.of("Hatch Act", "usc/5/ch73/subchIII"),
                                ActAlias.of("hatch  act", "usc/5/7321")));
        assertEquals(
                List.of("usc/5/ch73/subchIII"), s.scan("the Hatch Act").matches().get(0).ids());
    }

    @Test
    void noCatastrophicBacktracking() {
        List<String> nasty =
                List.of(
                        "5 U.S.C. " + "3131, ".repeat(20_000),
                        "5 U.S.C. 3131" + "(a)".repeat(20_000),
                        "section " + "1 ".repeat(30_000) + "of title",
                        "5 " + " ".repeat(100_000) + "U.S.C.",
                        "a".repeat(200_000) + "@",
                        "x.".repeat(100_000) + "gov/",
                        "P.L. " + "9".repeat(100_000),
                        "92 Stat. 1, " + "2, ".repeat(30_000),
                        "Title IV of the " + "Civil Service ".repeat(20_000),
                        "5 CFR 317.901–317.904, ".repeat(5_000),
                        "§".repeat(100_000) + " 3132",
                        ("5 U.S.C. 3132 and " + "- ".repeat(10)).repeat(5_000));
        assertTimeoutPreemptively(
                Duration.ofSeconds(10),
                () -> {
                    for (String s : nasty) {
                        S.scan(s);
                    }
                });
    }

    @Test
    void scannerIsThreadSafe() {
        String text =
                "5 U.S.C. §§ 3131–3136; 5 CFR 317.903(b); P.L. 95-454; 92 Stat. 1111; the Hatch Act.";
        ScanResult expected = S.scan(text);
        ConcurrentLinkedQueue<ScanResult> results = new ConcurrentLinkedQueue<>();
        IntStream.range(0, 200).parallel().forEach(i -> results.add(S.scan(text)));
        results.forEach(r -> assertEquals(expected, r));
    }

    @Test
    void emptyAndPlainTexts() {
        assertTrue(S.scan("").isEmpty());
        assertTrue(S.scan("No citations here, just 2026 and 3.14.").isEmpty());
    }
}
