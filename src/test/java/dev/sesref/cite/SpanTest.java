package dev.sesref.cite;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Checks which characters each ref's span covers. */
class SpanTest {

    private static List<String> spans(String text) {
        ScanResult r = TestAliases.SCANNER.scan(text);
        assertEquals(1, r.matches().size(), () -> "one match expected in " + text);
        return r.matches().get(0).refs().stream()
                .map(ref -> ref.authority().id() + "=" + text.substring(ref.start(), ref.end()))
                .toList();
    }

    @Test
    void enDashRangeGivesEndsTheirNumbersAndMiddlesTheDash() {
        String text = "codified at 5 U.S.C. §§ 3131–3136, the SES";
        assertEquals(
                List.of(
                        "usc/5/3131=3131",
                        "usc/5/3132=–",
                        "usc/5/3133=–",
                        "usc/5/3134=–",
                        "usc/5/3135=–",
                        "usc/5/3136=3136"),
                spans(text));
        CitationMatch m = TestAliases.SCANNER.scan(text).matches().get(0);
        assertEquals(12, m.start());
        assertEquals("5 U.S.C. §§ 3131–3136", m.text());
        assertEquals(24, m.refs().get(0).start());
        assertEquals(28, m.refs().get(0).end());
        assertEquals(28, m.refs().get(1).start());
        assertEquals(29, m.refs().get(1).end());
    }

    @Test
    void throughRangeMiddlesCarryTheWordNotTheSpaces() {
        assertEquals(
                List.of("usc/5/3131=3131", "usc/5/3132=through", "usc/5/3133=3133"),
                spans("5 U.S.C. 3131 through 3133"));
        assertEquals(
                List.of("usc/5/3131=3131", "usc/5/3132=-", "usc/5/3133=3133"),
                spans("5 U.S.C. 3131 - 3133"));
    }

    @Test
    void listNumbersEachCarryTheirOwnSpan() {
        assertEquals(
                List.of("usc/5/3131=3131", "usc/5/3132=3132", "usc/5/3134=3134"),
                spans("5 U.S.C. §§ 3131, 3132 and 3134"));
        assertEquals(
                List.of("usc/5/5724/a/3=5724(a)(3)", "usc/5/5725=5725"),
                spans("5 U.S.C. 5724(a)(3) and 5725"));
        assertEquals(List.of("cfr/5/317=317", "cfr/5/319=319"), spans("5 CFR parts 317 and 319"));
    }

    @Test
    void largeOrLetteredRangesGiveOnlyTheEnds() {
        assertEquals(List.of("usc/5/5301=5301", "usc/5/5599=5599"), spans("5 U.S.C. 5301–5599"));
        assertEquals(
                List.of("usc/5/3345=3345", "usc/5/3349d=3349d"), spans("5 U.S.C. §§ 3345–3349d"));
    }

    @Test
    void mixedRangeAndList() {
        assertEquals(
                List.of("usc/5/3131=3131", "usc/5/3132=–", "usc/5/3133=3133", "usc/5/3136=3136"),
                spans("5 U.S.C. §§ 3131–3133, 3136"));
    }

    @Test
    void cfrRangeWithBareEnd() {
        assertEquals(
                List.of(
                        "cfr/5/317.901=317.901",
                        "cfr/5/317.902=–",
                        "cfr/5/317.903=–",
                        "cfr/5/317.904=904"),
                spans("5 CFR 317.901–904"));
    }

    @Test
    void singleTargetsCarryTheWholeCitation() {
        assertEquals(List.of("usc/5/3134=5 U.S.C. § 3134"), spans("(5 U.S.C. § 3134)"));
        assertEquals(
                List.of("pl/95/454=section 401 of Pub. L. 95-454"),
                spans("see section 401 of Pub. L. 95-454."));
        assertEquals(
                List.of("cfr/5/430/C=5 CFR part 430, subpart C"),
                spans("5 CFR part 430, subpart C"));
    }

    @Test
    void statutePinCitesAreSeparateRefs() {
        assertEquals(
                List.of("stat/92/1111=1111", "stat/92/1154=1154"), spans("92 Stat. 1111, 1154"));
    }

    @Test
    void aliasTargetsAllSpanTheName() {
        assertEquals(
                List.of(
                        "pl/95/454=Civil Service Reform Act of 1978",
                        "stat/92/1111=Civil Service Reform Act of 1978"),
                spans("the Civil Service Reform Act of 1978 created"));
    }

    @Test
    void offsetsAreIntoTheOriginalTextWithNoBreakSpaces() {
        String text = "x 5\u00a0U.S.C.\u00a0§§\u00a03131\u20133132";
        CitationMatch m = TestAliases.SCANNER.scan(text).matches().get(0);
        assertEquals(text.substring(2), m.text());
        assertEquals("3131", text.substring(m.refs().get(0).start(), m.refs().get(0).end()));
    }
}
