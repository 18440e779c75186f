package dev.sesref.cite;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.sesref.testing.Trees;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The scanner skips text no citation can start in (windows around digits, positions after a letter,
 * each pattern's possible first words, a number then the right letter, spans that cannot hold a
 * URL). Every shortcut must leave the result as a plain {@code Matcher.find} over the whole text
 * gives it: on every row of cases.tsv, every content page and Markdown golden input, and 20,000
 * texts made for this test from citation fragments, odd spaces, URLs and case variants (the long s,
 * dotless i).
 */
class ScanShortcutsTest {
    private static final CitationScanner SCANNER = TestAliases.SCANNER;
    private static final String[] FRAGMENTS = {
        "5",
        "31",
        "92",
        "317",
        "3132",
        "2010",
        "1",
        "0",
        " ",
        "  ",
        "\t",
        "\n",
        "\u00a0",
        "\u2009",
        "U.S.C.",
        "USC",
        "U. S. C.",
        "U.S. Code",
        "United States Code",
        "u.s.c",
        "U.\u017f.C.",
        "CFR",
        "C.F.R.",
        "Code of Federal Regulations",
        "Stat.",
        "Stat",
        "\u017ftat.",
        "stat.",
        "title",
        "TITLE",
        "t\u0131tle",
        "§",
        "§§",
        "sec.",
        "section",
        "sections",
        "part",
        "pt.",
        "subpart C",
        "chapter",
        "ch.",
        "subchapter II",
        "subch.",
        "of",
        "of title",
        "Pub. L.",
        "P.L.",
        "Public Law",
        "No.",
        "-",
        "\u2013",
        "\u2014",
        ",",
        ".",
        "(a)",
        "(2)",
        "et seq.",
        "note",
        "and",
        "or",
        "through",
        "https://x.gov/",
        "www.",
        "mailto:",
        "a@b.org",
        "opm.gov/",
        ":",
        "/",
        "w",
        "W",
        "GS-15",
        "ES",
        "percent",
        "days",
        "Civil Service Reform Act of 1978",
        "Hatch Act",
        "the",
        "SES",
    };

    @Test
    void sameAsPlainFindOnTableRowsAndPages() throws IOException {
        List<String> texts = new ArrayList<>();
        CasesTsvTest.cases().forEach(c -> texts.add(c.input()));
        Trees.markdownInputs().forEach(e -> texts.add(e.getValue()));
        int found = 0;
        for (String t : texts) {
            found += compare(t);
        }
        assertTrue(found > 200, "the inputs hold citations: " + found);
    }

    @Test
    void sameAsPlainFindOnMadeUpTexts() {
        Random random = new Random(20261123);
        int found = 0;
        for (int i = 0; i < 20_000; i++) {
            StringBuilder sb = new StringBuilder();
            for (int k = 1 + random.nextInt(14); k > 0; k--) {
                sb.append(FRAGMENTS[random.nextInt(FRAGMENTS.length)]);
                if (random.nextInt(3) > 0) {
                    sb.append(' ');
                }
            }
            found += compare(sb.toString());
        }
        assertTrue(found > 1000, "the made-up texts hold citations: " + found);
    }

    /** Asserts both scans agree; returns how many citations and malformed ones they found. */
    private static int compare(String text) {
        ScanResult fast = SCANNER.scan(text);
        ScanResult plain = SCANNER.scanExhaustively(text);
        assertEquals(plain, fast, () -> "text: " + text.replace("\n", "\\n"));
        return plain.matches().size() + plain.malformed().size();
    }
}
