package dev.sesref.content;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.sesref.testing.Trees;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Editorial rules of the real SES content: sourced, complete, cited, and written in our own words.
 */
class RealContentTest {
    private static final int RUN = 12;
    private static final Pattern WORD = Pattern.compile("[a-z0-9]+");
    private static final Pattern QUOTED =
            Pattern.compile("\"[^\"\\n]{0,400}\"|\u201c[^\u201d]{0,400}\u201d");
    private static Content content;
    private static Map<Path, String> files;

    @BeforeAll
    static void load() throws Exception {
        Path dir = Trees.repo().resolve("content");
        content = new ContentLoader(dir, Path.of("content")).load();
        files = new HashMap<>();
        try (Stream<Path> s = Files.walk(dir)) {
            for (Path p :
                    s.filter(f -> f.toString().endsWith(".md") || f.toString().endsWith(".yml"))
                            .toList()) {
                files.put(Trees.repo().relativize(p), Files.readString(p, StandardCharsets.UTF_8));
            }
        }
    }

    @Test
    void everyPageNamesItsSources() {
        List<String> unsourced =
                content.pages().stream()
                        .filter(p -> p.meta().sources().isEmpty())
                        .map(Page::relPath)
                        .toList();
        assertEquals(List.of(), unsourced);
    }

    @Test
    void everyFaqHasIdAnswerAndSources() {
        assertTrue(content.faqs().size() >= 25, "FAQs: " + content.faqs().size());
        for (Faq f : content.faqs()) {
            assertTrue(Ids.valid(f.id()), f.id());
            assertFalse(f.answer().isBlank(), f.id());
            assertFalse(f.sources().isEmpty(), f.id() + " has no sources");
        }
    }

    @Test
    void everyTableRowHasEveryColumnAndTablesAreSourced() {
        assertEquals(
                List.of("appointment-types", "gs15-ses-pas", "ses-st-sl", "ses-vs-gs"),
                content.tables().stream().map(ComparisonTable::id).sorted().toList());
        for (ComparisonTable t : content.tables()) {
            assertFalse(t.sources().isEmpty(), t.id());
            assertFalse(t.lead().isBlank(), t.id() + " has no lead-in");
            for (TableRow r : t.rows()) {
                assertEquals(
                        t.columns().size() - 1,
                        r.cells().size(),
                        t.id() + " / " + r.header().text());
                assertTrue(
                        r.cells().stream().noneMatch(MarkdownSource::isBlank),
                        t.id() + " / " + r.header().text() + " has an empty cell");
            }
        }
    }

    @Test
    void glossaryCoversTheCoreTerms() {
        List<String> terms =
                content.glossary().stream().map(g -> g.term().toLowerCase(Locale.ROOT)).toList();
        for (String t :
                List.of(
                        "ses",
                        "opm",
                        "csra",
                        "ecq",
                        "qrb",
                        "pas",
                        "gs",
                        "st",
                        "sl",
                        "executive schedule")) {
            assertTrue(
                    terms.stream().anyMatch(x -> x.equals(t) || x.startsWith(t + " ")),
                    "glossary lacks " + t + ": " + terms);
        }
    }

    @Test
    void everySeedCitationIsWrittenInALinkableForm() {
        String all = String.join("\n", files.values());
        for (String cite :
                List.of(
                        "5 U.S.C. 3131–3136",
                        "5 U.S.C. 3134",
                        "5 U.S.C. 3132",
                        "5 U.S.C. 3104",
                        "5 U.S.C. 3395",
                        "5 U.S.C. 4314",
                        "5 U.S.C. 2108(3)",
                        "5 U.S.C. 5724(a)(3)",
                        "5 CFR 317.903",
                        "5 CFR 610.408",
                        "P.L. 95-454")) {
            assertTrue(all.contains(cite), "no page cites " + cite);
        }
    }

    /**
     * Provenance: the rule, "no run of 12+ identical words between the content and a seed".
     */
    @Test
    void noSentenceIsCopiedFromASeed() throws IOException {
        Path seeds = Trees.repo().resolve("../shared/seeds").normalize();
        assumeTrue(Files.isDirectory(seeds), "seeds not present at " + seeds);
        Map<String, String> runs = new HashMap<>();
        try (Stream<Path> s = Files.list(seeds)) {
            for (Path seed : s.sorted().toList()) {
                runs.putAll(
                        runsOf(
                                Files.readString(seed, StandardCharsets.UTF_8),
                                seed.getFileName().toString()));
            }
        }
        assertFalse(runs.isEmpty());
        List<String> copied = new ArrayList<>();
        files.forEach(
                (file, text) -> copiedRuns(runs, text).forEach(r -> copied.add(file + ": " + r)));
        assertEquals(List.of(), copied);
    }

    @Test
    void copyCheckFindsCopiesButExemptsQuotations() {
        // 14 words give three 12-word runs.
        String seed =
                "The Senior Executive Service consists of federal employees who report directly to Presidential appointees.";
        Map<String, String> runs = runsOf(seed, "seed");
        assertEquals(
                3,
                copiedRuns(
                                runs,
                                "Intro. "
                                        + seed.toUpperCase(Locale.ROOT).replace("'", "\u2019")
                                        + " More.")
                        .size());
        assertEquals(
                List.of(), copiedRuns(runs, "As one article puts it, \u201c" + seed + "\u201d"));
        assertEquals(
                List.of(),
                copiedRuns(
                        runs,
                        "The SES is made of federal employees who report directly to Presidential appointees."));
    }

    private static Map<String, String> runsOf(String text, String name) {
        Map<String, String> runs = new HashMap<>();
        List<String> w = words(text);
        for (int i = 0; i + RUN <= w.size(); i++) {
            runs.putIfAbsent(String.join(" ", w.subList(i, i + RUN)), name);
        }
        return runs;
    }

    private static List<String> copiedRuns(Map<String, String> runs, String text) {
        List<String> found = new ArrayList<>();
        List<String> w = words(QUOTED.matcher(text).replaceAll(" "));
        for (int i = 0; i + RUN <= w.size(); i++) {
            String run = String.join(" ", w.subList(i, i + RUN));
            if (runs.containsKey(run)) {
                found.add("shares with " + runs.get(run) + ": " + run);
            }
        }
        return found;
    }

    /** Lower-case words, apostrophes dropped, so "OPM's" and "OPMs" match. */
    static List<String> words(String text) {
        String t = text.toLowerCase(Locale.ROOT).replace("\u2019", "").replace("'", "");
        List<String> out = new ArrayList<>();
        Matcher m = WORD.matcher(t);
        while (m.find()) {
            out.add(m.group());
        }
        return out;
    }
}
