package dev.sesref.cite;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Runs every row of src/test/resources/cite/cases.tsv through the scanner. */
class CasesTsvTest {

    /** One row of the table. */
    record Case(int line, String input, String expected, String matchText, String provenance) {
        @Override
        public String toString() {
            return "line " + line + ": " + provenance;
        }
    }

    static List<Case> cases() throws IOException {
        List<Case> out = new ArrayList<>();
        try (BufferedReader r =
                new BufferedReader(
                        new InputStreamReader(
                                Objects.requireNonNull(
                                        CasesTsvTest.class.getResourceAsStream("/cite/cases.tsv"),
                                        "cases.tsv"),
                                StandardCharsets.UTF_8))) {
            String header = null;
            String line;
            int n = 0;
            while ((line = r.readLine()) != null) {
                n++;
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                if (header == null) {
                    header = line;
                    assertEquals("input\texpected\tmatchText\tprovenance", header);
                    continue;
                }
                String[] f = line.split("\t", -1);
                assertEquals(4, f.length, "line " + n + " needs 4 tab-separated columns");
                out.add(new Case(n, unescape(f[0]), f[1], unescape(f[2]), f[3]));
            }
        }
        return out;
    }

    static String unescape(String s) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < s.length(); i++) {
            if (s.startsWith("\\u", i) && i + 6 <= s.length()) {
                sb.append((char) Integer.parseInt(s.substring(i + 2, i + 6), 16));
                i += 5;
            } else {
                sb.append(s.charAt(i));
            }
        }
        return sb.toString();
    }

    static Stream<Case> rows() throws IOException {
        return cases().stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("rows")
    void row(Case c) {
        ScanResult result = TestAliases.SCANNER.scan(c.input());
        String found = describe(result);
        switch (c.expected()) {
            case "-" ->
                    assertTrue(
                            result.isEmpty(),
                            () -> "expected nothing in '" + c.input() + "' but found " + found);
            case "!malformed" -> {
                assertTrue(
                        result.matches().isEmpty(),
                        () -> "expected no match in '" + c.input() + "': " + found);
                assertFalse(
                        result.malformed().isEmpty(),
                        () -> "expected a malformed citation in '" + c.input() + "'");
                if (!c.matchText().isEmpty()) {
                    assertEquals(c.matchText(), result.malformed().get(0).text());
                }
                String message = result.malformed().get(0).message();
                assertTrue(
                        message.contains("write"),
                        () -> "message should say what to write: " + message);
            }
            default -> {
                String ids =
                        result.matches().stream()
                                .flatMap(m -> m.ids().stream())
                                .collect(Collectors.joining(";"));
                assertEquals(c.expected(), ids, () -> "in '" + c.input() + "': " + found);
                assertTrue(result.malformed().isEmpty(), () -> "unexpected malformed: " + found);
                if (!c.matchText().isEmpty()) {
                    String texts =
                            result.matches().stream()
                                    .map(CitationMatch::text)
                                    .collect(Collectors.joining(" || "));
                    assertEquals(c.matchText(), texts);
                }
                for (CitationMatch m : result.matches()) {
                    assertEquals(c.input().substring(m.start(), m.end()), m.text());
                }
            }
        }
    }

    static String describe(ScanResult r) {
        return r.matches().stream()
                        .map(m -> "[" + m.text() + "] " + m.ids())
                        .collect(Collectors.joining(", "))
                + r.malformed().stream().map(b -> " !" + b.message()).collect(Collectors.joining());
    }

    @Test
    void tableIsLargeEnoughAndCoversTheSeeds() throws IOException {
        List<Case> all = cases();
        assertTrue(all.size() >= 220, "at least 220 rows, have " + all.size());
        long negatives = all.stream().filter(c -> c.expected().equals("-")).count();
        assertTrue(negatives >= 70, "at least 70 negatives, have " + negatives);
        String inputs = all.stream().map(Case::input).collect(Collectors.joining("\n"));
        for (String seedCite :
                List.of(
                        "5 U.S.C. §§ 3131–3136",
                        "5 U.S.C. § 3134",
                        "5 USC 3132",
                        "5 USC 3104",
                        "5 U.S.C. § 3395",
                        "5 U.S.C. § 4314",
                        "5 USC 2108(3)",
                        "5 U.S.C. 5724(a)(3)",
                        "5 CFR 317.903",
                        "5 CFR 610.408",
                        "P.L. 95-454",
                        "(202) 606-1800",
                        "GS-15",
                        "ES-1",
                        "ES-6")) {
            assertTrue(inputs.contains(seedCite), "cases.tsv lacks " + seedCite);
        }
        assertTrue(
                all.stream().allMatch(c -> !c.provenance().isBlank()),
                "every row needs a provenance");
    }
}
