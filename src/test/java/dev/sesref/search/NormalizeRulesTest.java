package dev.sesref.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.sesref.testing.Trees;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * {@link QueryText#normalize} looks for each rule's matches only where one can begin; it must give
 * exactly what the plain chain of {@code replaceAll} calls gives. Checked on every line of the real
 * content, on strings at the edges of each pattern (spaces, dots, dashes, case, line breaks), and
 * on random strings made of the pieces the patterns are built from.
 */
class NormalizeRulesTest {
    /** Each matches one rule's pattern; written for this test, from the forms the rules cover. */
    static final List<String> EDGES =
            List.of(
                    "5 U.S.C. 3132",
                    "5 u s c 3132",
                    "5 U. S. C. 3132",
                    "5 USC\n3132",
                    "5 U.S.\tC 3132",
                    "U.S.Code",
                    "Title 5, United States Code",
                    "title 5 section 4314",
                    "Title 5, sec. 3132a",
                    "TITLE 5 \u00a7 3393",
                    "title 5  3132",
                    "Code of Federal Regulations",
                    "5 C.F.R. 317.903",
                    "P.L. 95-454",
                    "p. l. 95-454",
                    "P.\tL. 95",
                    "Pub. L. No. 95-454",
                    "pub.L. 1",
                    "Public\n  Law 95-454",
                    "GS-15",
                    "gs -15",
                    "ES\u201315",
                    "st\u20111",
                    "OF\u2014306",
                    "SF 50-1",
                    "95-454",
                    "95 - 454",
                    "3131\u20133136",
                    "1 \u2010 2",
                    "9-\n1",
                    "5 usc 3132",
                    "5  cfr\t317.903",
                    "5\nusc\n3",
                    "pl 95_454",
                    "92 Stat. 1111",
                    "92 stat 1111",
                    "92 Stat\n1111",
                    "92 STAT.\r1111",
                    // a rule's edit just after a digit makes it the start of a later rule's match
                    "5\u00a7usc 3132",
                    "92\u00a7Stat 1111");

    /** Pieces of citations and the characters around them, for random strings. */
    private static final List<String> PIECES =
            List.of(
                    "U",
                    "u",
                    "S",
                    "s",
                    "C",
                    "c",
                    ".",
                    ". ",
                    " ",
                    "  ",
                    "\t",
                    "\n",
                    "ode",
                    "F",
                    "R",
                    "P",
                    "L",
                    "ub",
                    "No",
                    "ublic",
                    "Law",
                    "GS",
                    "es",
                    "EX",
                    "sl",
                    "ST",
                    "Of",
                    "SF",
                    "-",
                    "\u2010",
                    "\u2011",
                    "\u2013",
                    "\u2014",
                    "0",
                    "1",
                    "5",
                    "95",
                    "454",
                    "317.903",
                    "\u00a7",
                    "\u2019",
                    "usc",
                    "cfr",
                    "pl",
                    "PL",
                    "Stat",
                    "stat.",
                    "_",
                    "a",
                    "x",
                    "\u00e9",
                    "\u0301",
                    "United",
                    "States",
                    "Code",
                    "of",
                    "Federal",
                    "Regulations",
                    "'s",
                    "(",
                    ",");

    private static List<String> samples() throws IOException {
        List<String> out = new ArrayList<>(EDGES);
        try (Stream<Path> files = Files.walk(Trees.repo().resolve("content"))) {
            for (Path f :
                    files.filter(p -> p.toString().endsWith(".md") || p.toString().endsWith(".yml"))
                            .toList()) {
                String text = Files.readString(f);
                out.add(text);
                out.addAll(text.lines().toList());
            }
        }
        return out;
    }

    /**
     * The rules as a plain chain of {@code replaceAll} calls: the definition normalize must keep.
     */
    private static String replaceAllChain(String text) {
        String s = text;
        for (QueryText.Rule rule : QueryText.RULES) {
            s = rule.pattern().matcher(s).replaceAll(rule.replacement());
        }
        return s;
    }

    @Test
    void everyEdgeCaseMatchesSomeRule() {
        for (String edge : EDGES) {
            assertTrue(
                    QueryText.RULES.stream().anyMatch(r -> r.pattern().matcher(edge).find()), edge);
        }
    }

    @Test
    void normalizeEqualsTheReplaceAllChainOnContentAndEdges() throws IOException {
        int changed = 0;
        for (String text : samples()) {
            String expected = replaceAllChain(text);
            assertEquals(expected, QueryText.normalize(text), () -> "on: " + text);
            changed += expected.equals(text) ? 0 : 1;
        }
        assertTrue(changed > 100, "too few texts changed to mean anything: " + changed);
    }

    @Test
    void normalizeEqualsTheReplaceAllChainOnRandomPieces() {
        Random random = new Random(20261122);
        int changed = 0;
        for (int n = 0; n < 200_000; n++) {
            StringBuilder sb = new StringBuilder();
            for (int k = 1 + random.nextInt(10); k > 0; k--) {
                sb.append(PIECES.get(random.nextInt(PIECES.size())));
            }
            String text = sb.toString();
            String expected = replaceAllChain(text);
            assertEquals(expected, QueryText.normalize(text), () -> "on: " + text);
            changed += expected.equals(text) ? 0 : 1;
        }
        assertTrue(changed > 20_000, "too few strings changed to mean anything: " + changed);
    }
}
