package dev.sesref.cite;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Id parsing/formatting, labels, parents and sort order. */
class AuthorityTest {

    @ParameterizedTest
    @ValueSource(
            strings = {
                "usc/5/3132",
                "usc/5/3132/a/2",
                "usc/5/552a",
                "usc/42/288-1",
                "usc/42/300aa-10",
                "usc/5/3132/a/2/A/i",
                "usc/5/ch31",
                "usc/5/ch31/subchII",
                "usc/5/ch73/subchIII",
                "cfr/5/317.903",
                "cfr/5/317.903/b",
                "cfr/5/317.903/b/1",
                "cfr/5/317",
                "cfr/5/430/C",
                "cfr/26/1.61-21",
                "pl/95/454",
                "stat/92/1111",
                "fr/90/8481",
                "fr/69/2047",
                "eo/14171",
                "eo/9066"
            })
    void idsRoundTrip(String id) {
        Authority a = Authority.parse(id);
        assertEquals(id, a.id());
        assertEquals(id, a.toString());
        assertEquals(a, Authority.parse(a.id()));
        assertEquals(id, IdParts.parse(id).format());
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "",
                "usc",
                "usc/5",
                "usc/5/",
                "USC/5/3132",
                "usc/0/3132",
                "usc/5/03132",
                "usc/5/3132/",
                "usc/5/3132//a",
                "usc/5/ch31/subchIIII",
                "usc/5/ch31/subchii",
                "usc/5/ch31/subch2",
                "cfr/5/317.",
                "cfr/5/430/c",
                "cfr/5/317.903/",
                "pl/95",
                "pl/95/0",
                "pl/95-454",
                "stat/92",
                "xyz/1/2",
                "usc/5/3132 ",
                "fr/90",
                "fr/0/8481",
                "fr/90/08481",
                "eo/5/14171",
                "eo/123",
                "eo/014171"
            })
    void badIdsAreRejected(String id) {
        assertThrows(IllegalArgumentException.class, () -> Authority.parse(id));
    }

    @Test
    void kindMustMatchId() {
        assertThrows(
                IllegalArgumentException.class,
                () -> new Authority(CitationKind.CFR, "usc/5/3132"));
        assertThrows(NullPointerException.class, () -> new Authority(null, "usc/5/3132"));
    }

    @Test
    void factoriesBuildCanonicalIds() {
        assertEquals("usc/5/3132/a/2", Authority.usc(5, "3132", "a", "2").id());
        assertEquals("usc/5/552a", Authority.usc(5, "552A").id());
        assertEquals("usc/5/ch31", Authority.uscChapter(5, "31").id());
        assertEquals("usc/5/ch31/subchII", Authority.uscSubchapter(5, "31", "ii").id());
        assertEquals("cfr/5/317.903/b", Authority.cfr(5, "317.903", "b").id());
        assertEquals("cfr/5/317", Authority.cfrPart(5, "317").id());
        assertEquals("cfr/5/430/C", Authority.cfrSubpart(5, "430", "c").id());
        assertEquals("pl/95/454", Authority.publicLaw(95, 454).id());
        assertEquals("stat/92/1111", Authority.statute(92, 1111).id());
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "usc/5/3132/a/2|5 U.S.C. 3132(a)(2)",
                "usc/5/552a|5 U.S.C. 552a",
                "usc/5/ch31|5 U.S.C. chapter 31",
                "usc/5/ch31/subchII|5 U.S.C. chapter 31, subchapter II",
                "cfr/5/317.903/b|5 CFR 317.903(b)",
                "cfr/5/317|5 CFR part 317",
                "cfr/5/430/C|5 CFR part 430, subpart C",
                "pl/95/454|Pub. L. 95-454",
                "stat/92/1111|92 Stat. 1111",
                "fr/90/8481|90 FR 8481",
                "eo/14171|Executive Order 14171"
            })
    void labels(String id, String label) {
        assertEquals(label, Authority.parse(id).label());
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                // a change to the first affects a citation of the second (issue 22: registry joined
                // with pages)
                "cfr/5/430|cfr/5/430.305|true", "cfr/5/430|cfr/5/430/C|true",
                        "cfr/5/430/C|cfr/5/430|true",
                "usc/5/3132|usc/5/3132/a/2|true", "usc/5/ch31|usc/5/ch31/subchII|true",
                        "eo/14171|eo/14171|true",
                "cfr/5/430|cfr/5/4301.1|false", "usc/5/313|usc/5/3132|false",
                        "cfr/5/430/C|cfr/5/430.305|false",
                "usc/5/3132|cfr/5/3132|false", "fr/90/8481|fr/90/84|false"
            })
    void overlaps(String a, String b, boolean expected) {
        assertEquals(expected, Authority.parse(a).overlaps(Authority.parse(b)));
        assertEquals(expected, Authority.parse(b).overlaps(Authority.parse(a)));
    }

    @Test
    void ecfrPointInTime() {
        assertEquals(
                Optional.of("https://www.ecfr.gov/on/2026-12-07/title-5/part-430/subpart-C"),
                EcfrProvider.urlOn(
                        Authority.parse("cfr/5/430/C"), java.time.LocalDate.of(2026, 12, 7)));
        assertEquals(
                Optional.of(
                        "https://www.ecfr.gov/on/2025-01-01/title-5/section-317.903#p-317.903(b)"),
                EcfrProvider.urlOn(
                        Authority.parse("cfr/5/317.903/b"), java.time.LocalDate.of(2025, 1, 1)));
        assertEquals(
                Optional.empty(),
                EcfrProvider.urlOn(
                        Authority.parse("cfr/5/430"), java.time.LocalDate.of(2016, 12, 31)));
        assertEquals(
                Optional.empty(),
                EcfrProvider.urlOn(
                        Authority.parse("usc/5/3132"), java.time.LocalDate.of(2026, 1, 1)));
    }

    @Test
    void sectionIdDropsTheParagraphPath() {
        assertEquals("usc/5/3132", Authority.parse("usc/5/3132/a/2").sectionId());
        assertEquals("cfr/5/317.903", Authority.parse("cfr/5/317.903/b/1").section().id());
        assertEquals("usc/5/ch31/subchII", Authority.parse("usc/5/ch31/subchII").sectionId());
        assertEquals("cfr/5/430/C", Authority.parse("cfr/5/430/C").sectionId());
    }

    @Test
    void accessors() {
        Authority a = Authority.parse("cfr/5/317.903/b/1");
        assertEquals(Authority.Level.SECTION, a.level());
        assertEquals(5, a.title());
        assertEquals("317.903", a.number());
        assertEquals("317", a.part());
        assertEquals(List.of("b", "1"), a.paragraphs());
        assertEquals(Optional.of("C"), Authority.parse("cfr/5/430/C").subdivision());
        assertEquals(Authority.Level.SUBCHAPTER, Authority.parse("usc/5/ch31/subchII").level());
        assertEquals(95, Authority.parse("pl/95/454").title());
        assertEquals(
                Optional.of(Authority.parse("stat/92/1111")),
                Authority.parse("pl/95/454").statutesAtLarge());
        assertEquals(Optional.empty(), Authority.parse("pl/96/1").statutesAtLarge());
    }

    @Test
    void sortOrderIsNumeric() {
        List<String> expected =
                List.of(
                        "usc/5/ch31",
                        "usc/5/ch31/subchII",
                        "usc/5/ch33",
                        "usc/5/ch73/subchIII",
                        "usc/5/552",
                        "usc/5/552/a",
                        "usc/5/552a",
                        "usc/5/553",
                        "usc/5/2108/3",
                        "usc/5/3132",
                        "usc/5/3132/a/2",
                        "usc/5/3132/a/10",
                        "usc/5/3395",
                        "usc/10/1590",
                        "cfr/5/6.1",
                        "cfr/5/317",
                        "cfr/5/317/F",
                        "cfr/5/317.9",
                        "cfr/5/317.10",
                        "cfr/5/317.903",
                        "cfr/5/317.1001",
                        "cfr/5/430/C",
                        "cfr/5/610.408",
                        "pl/95/454",
                        "pl/105/277",
                        "stat/92/1111",
                        "stat/92/1154",
                        "stat/107/1001");
        List<Authority> shuffled =
                new ArrayList<>(expected.stream().map(Authority::parse).toList());
        Collections.shuffle(shuffled, new java.util.Random(42));
        Collections.sort(shuffled);
        assertEquals(expected, shuffled.stream().map(Authority::id).toList());
        List<String> keys = expected.stream().map(id -> Authority.parse(id).sortKey()).toList();
        List<String> sortedKeys = new ArrayList<>(keys);
        Collections.sort(sortedKeys);
        assertEquals(keys, sortedKeys);
    }

    @Test
    void cfrSectionsSortByTheNumberAfterTheDot() {
        assertTrue(
                Authority.parse("cfr/5/317.903").compareTo(Authority.parse("cfr/5/317.1001")) < 0);
        assertTrue(Authority.parse("usc/5/3132").compareTo(Authority.parse("usc/5/3395")) < 0);
        assertTrue(Authority.parse("usc/5/552a").compareTo(Authority.parse("usc/5/3132")) < 0);
        assertTrue(Authority.parse("usc/42/288").compareTo(Authority.parse("usc/42/288-1")) < 0);
        assertTrue(Authority.parse("usc/42/288-1").compareTo(Authority.parse("usc/42/288a")) < 0);
    }

    @Test
    void recordsValidate() {
        Authority a = Authority.parse("usc/5/3132");
        assertThrows(IllegalArgumentException.class, () -> new CitationRef(a, 3, 3));
        assertThrows(
                IllegalArgumentException.class,
                () -> new CitationMatch(0, 3, "ab", List.of(new CitationRef(a, 0, 2))));
        assertThrows(
                IllegalArgumentException.class, () -> new CitationMatch(0, 2, "ab", List.of()));
        assertThrows(
                IllegalArgumentException.class,
                () -> new CitationMatch(0, 2, "ab", List.of(new CitationRef(a, 1, 3))));
        assertThrows(IllegalArgumentException.class, () -> new Malformed(0, 2, "ab", " "));
        assertThrows(IllegalArgumentException.class, () -> new ActAlias("Act", List.of()));
        assertThrows(IllegalArgumentException.class, () -> new ActAlias("  ", List.of(a)));
        assertThrows(
                IllegalArgumentException.class,
                () -> new AuthorityInfo("usc/5/x", "Heading", true));
        assertThrows(
                IllegalArgumentException.class, () -> new AuthorityInfo("usc/5/3132", " ", true));
        assertEquals("Hatch Act", new ActAlias("  Hatch Act ", List.of(a)).name());
    }
}
