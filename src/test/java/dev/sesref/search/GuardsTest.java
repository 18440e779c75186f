package dev.sesref.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.sesref.testing.Trees;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * A rule's quick test may only skip text its pattern cannot match: checked on every line of the real
 * content and on strings at the edges of each pattern (spaces, dots, dashes, case, line breaks).
 */
class GuardsTest {
    /** Each matches exactly one costly rule's pattern; written for this test, from the forms the rules cover. */
    static final List<String> EDGES = List.of(
            "5 U.S.C. 3132", "5 u s c 3132", "5 U. S. C. 3132", "5 USC\n3132", "5 U.S.\tC 3132", "U.S.Code",
            "Title 5, United States Code", "Code of Federal Regulations", "5 C.F.R. 317.903",
            "P.L. 95-454", "p. l. 95-454", "P.\tL. 95", "Pub. L. No. 95-454", "pub.L. 1", "Public\n  Law 95-454",
            "GS-15", "gs -15", "ES\u201315", "st\u20111", "OF\u2014306", "SF 50-1",
            "95-454", "95 - 454", "3131\u20133136", "1 \u2010 2", "9-\n1",
            "5 usc 3132", "5  cfr\t317.903", "5\nusc\n3", "pl 95_454", "92 Stat. 1111", "92 stat 1111", "92 Stat\n1111",
            "92 STAT.\r1111");

    private static List<String> samples() throws IOException {
        List<String> out = new ArrayList<>(EDGES);
        try (Stream<Path> files = Files.walk(Trees.repo().resolve("content"))) {
            for (Path f : files.filter(p -> p.toString().endsWith(".md") || p.toString().endsWith(".yml")).toList()) {
                String text = Files.readString(f);
                out.add(text);
                out.addAll(text.lines().toList());
            }
        }
        return out;
    }

    @Test
    void aRuleIsSkippedOnlyWhereItsPatternFindsNothing() throws IOException {
        int checked = 0;
        for (String text : samples()) {
            String s = text;
            for (QueryText.Rule rule : QueryText.RULES) {
                String lower = s.toLowerCase(Locale.ROOT);
                if (rule.pattern().matcher(s).find()) {
                    checked++;
                    assertTrue(rule.mayApply(lower), () -> rule.pattern() + " matches but its test says no: " + text);
                }
                s = rule.pattern().matcher(s).replaceAll(rule.replacement());
            }
        }
        assertTrue(checked > 500, "too few matches to mean anything: " + checked);
    }

    @Test
    void everyEdgeCaseMatchesSomeRule() {
        for (String edge : EDGES) {
            assertTrue(QueryText.RULES.stream().anyMatch(r -> r.pattern().matcher(edge).find()), edge);
        }
    }

    @Test
    void skippingChangesNothing() throws IOException {
        for (String text : samples()) {
            String s = text;
            for (QueryText.Rule rule : QueryText.RULES) {
                s = rule.pattern().matcher(s).replaceAll(rule.replacement());
            }
            assertEquals(s, QueryText.normalize(text));
        }
    }
}
