package dev.sesref.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.sesref.testing.Cli;
import dev.sesref.testing.Trees;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * data/lexicon.yml (issue 24): validated at its line and column by build and check, exported to the
 * search manifest, and a meaning that no page contains is a warning.
 */
class LexiconTest {
    @TempDir Path tmp;
    Path content;

    @BeforeEach
    void fixture() throws Exception {
        Trees.copyFixture("basic", tmp);
        content = tmp.resolve("content");
    }

    private Cli.Result run(String... args) {
        Cli.Result r = Cli.run(args);
        return new Cli.Result(r.exit(), r.out(), r.err().replace(tmp + "/", ""));
    }

    private Cli.Result check() {
        return run(
                "check",
                "--content",
                content.toString(),
                "--themes",
                tmp.resolve("themes").toString());
    }

    @Test
    void aGoodLexiconReachesTheManifestAndAMeaningOnNoPageIsAWarning() throws Exception {
        Files.writeString(
                content.resolve("data/lexicon.yml"),
                """
                entries:
                  - words: [salary, paid]
                    means: [pay system]
                  - words: [zebra]
                    means: [striped horse]
                  - words: [let go, kicked out]
                    means: [pay system]
                """);
        Cli.Result check = check();
        assertEquals(0, check.exit(), check.err());
        assertTrue(
                check.err()
                        .contains(
                                "content/data/lexicon.yml:4:12: warning: 'striped horse' (what 'zebra' means) is on no page"),
                check.err());
        assertFalse(check.err().contains("'pay system'"), check.err());
        Path out = tmp.resolve("out");
        Cli.Result build =
                run(
                        "build",
                        "--content",
                        content.toString(),
                        "--themes",
                        tmp.resolve("themes").toString(),
                        "--out",
                        out.toString());
        assertEquals(0, build.exit(), build.err());
        JsonNode syn =
                new ObjectMapper()
                        .readTree(out.resolve("search/manifest.json").toFile())
                        .get("syn");
        assertEquals("[\"pay system\"]", syn.get("paid").toString());
        assertEquals("[\"pay system\"]", syn.get("salary").toString());
        assertEquals("[\"pay system\"]", syn.get("let go").toString());
        // "pay system" is two words: the index holds salary and paid wherever a section says it
        // (no page says "salary"), and a phrase key ("let go") is left to the query
        Cli.Result found = run("search", "--site", out.toString(), "--json", "salary");
        assertEquals(0, found.exit(), found.err());
        assertTrue(found.out().contains("\"url\""), "salary finds 'pay system': " + found.out());
        Cli.Result none = run("search", "--site", out.toString(), "--json", "zebra");
        assertFalse(none.out().contains("\"url\""), "zebra's meaning is on no page: " + none.out());
        assertEquals("[\"pay system\"]", syn.get("kicked out").toString());
    }

    @Test
    void malformedEntriesAreErrorsAtTheirLineAndColumn() throws Exception {
        Files.writeString(
                content.resolve("data/lexicon.yml"),
                """
                entries:
                  - words: [Paid Out]
                    means: [pay]
                  - words: [fired]
                  - words: [sacked, fired]
                    means: [removal]
                  - words: [salary, fired]
                    means: [pay]
                  - words: [fill in, four words at once]
                    means: [acting]
                """);
        Cli.Result check = check();
        assertEquals(1, check.exit(), check.err());
        assertTrue(
                check.err()
                        .contains(
                                "content/data/lexicon.yml:2:13: error: 'Paid Out' is not one lower-case word"),
                check.err());
        assertFalse(
                check.err().contains("lexicon.yml:2:12:"),
                "one error for the entry: " + check.err());
        assertTrue(
                check.err()
                        .contains(
                                "content/data/lexicon.yml:4:5: error: a lexicon entry needs 'words: [...]'"),
                check.err());
        assertTrue(
                check.err()
                        .contains(
                                "content/data/lexicon.yml:7:12: error: 'fired' is already listed by the entry at line 5"),
                check.err());
        assertTrue(
                check.err()
                        .contains(
                                "content/data/lexicon.yml:9:22: error: 'four words at once' is not one lower-case word or a phrase of two or three"),
                check.err());
    }

    @Test
    void aPhraseWithAStopWordIsAnError() throws Exception {
        Files.writeString(
                content.resolve("data/lexicon.yml"),
                """
                entries:
                  - words: [fill in]
                    means: [acting]
                """);
        Cli.Result check = check();
        assertEquals(1, check.exit(), check.err());
        assertTrue(
                check.err()
                        .contains(
                                "content/data/lexicon.yml:2:12: error: 'fill in' has a word search ignores"),
                check.err());
    }
}
