package dev.sesref.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.sesref.search.SearchIndex;
import dev.sesref.testing.Cli;
import dev.sesref.testing.Trees;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code sesref search} on a built site: phrases read the gap-encoded positions; other index
 * formats are refused.
 */
class SearchCommandTest {
    @TempDir Path tmp;
    Path site;

    @BeforeEach
    void build() {
        Trees.copyFixture("basic", tmp);
        site = tmp.resolve("site");
        Cli.Result r =
                Cli.run(
                        "build",
                        "--content",
                        tmp.resolve("content").toString(),
                        "--themes",
                        tmp.resolve("themes").toString(),
                        "--out",
                        site.toString());
        assertEquals(0, r.exit(), r.err());
    }

    private List<JsonNode> hits(String query) throws Exception {
        Cli.Result r =
                Cli.run("search", "--site", site.toString(), "--json", "--limit", "50", query);
        assertEquals(0, r.exit(), r.err());
        List<JsonNode> out = new ArrayList<>();
        new ObjectMapper().readTree(r.out()).forEach(out::add);
        return out;
    }

    @Test
    void phrasesFindTheWordsInOrderOnly() throws Exception {
        // The fixture's catalog headings hold "Senior Executive" twice; the second is the second
        // document
        // in the positions list of both words, so a wrong decoding of the gaps misses it.
        List<String> expected =
                hits("senior executive").stream()
                        .filter(
                                h ->
                                        (h.get("title").asText() + " " + h.get("heading").asText())
                                                .toLowerCase(Locale.ROOT)
                                                .contains("senior executive"))
                        .map(h -> h.get("url").asText())
                        .sorted()
                        .toList();
        assertEquals(2, expected.size(), "fixture: two sections say 'Senior Executive'");
        assertEquals(
                expected,
                hits("\"senior executive\"").stream()
                        .map(h -> h.get("url").asText())
                        .sorted()
                        .toList());
        assertTrue(hits("\"executive senior\"").isEmpty());
    }

    @Test
    void phrasesMatchALaterOccurrenceOfAWord() throws Exception {
        // guide/first-steps.md: a table headed "Pay system" with the caption "Pay systems
        // compared": the
        // phrase holds only at the second "system" of the section, a gap from the first in the
        // positions file.
        assertEquals(
                List.of("guide/first-steps/#a-table"),
                hits("\"systems compared\"").stream().map(h -> h.get("url").asText()).toList());
        assertEquals(
                List.of("guide/first-steps/#a-table"),
                hits("\"pay system\"").stream().map(h -> h.get("url").asText()).toList());
        assertTrue(hits("\"compared systems\"").isEmpty());
    }

    @Test
    void anIndexOfAnotherFormatIsRefused() throws Exception {
        Path manifest = site.resolve("search/manifest.json");
        String text = Files.readString(manifest);
        String current = "\"v\":" + SearchIndex.FORMAT;
        assertEquals(1, text.split(current + "[,}]", -1).length - 1, text);
        Files.writeString(manifest, text.replaceFirst(current + "([,}])", "\"v\":1$1"));
        Cli.Result r = Cli.run("search", "--site", site.toString(), "\"senior executive\"");
        assertEquals(ExitCodes.ERRORS, r.exit());
        assertEquals(
                manifest
                        + ": error: search index format 1, but this sesref reads format "
                        + SearchIndex.FORMAT
                        + "; rebuild the site with ./sesref build\n",
                r.err());
        assertFalse(r.out().contains("result"), r.out());
    }

    @Test
    void aFolderWithoutAnIndexIsReported() {
        Cli.Result r = Cli.run("search", "--site", tmp.resolve("nothing").toString(), "pay");
        assertEquals(ExitCodes.ERRORS, r.exit());
        assertTrue(r.err().contains("no search index here; run ./sesref build first"), r.err());
    }
}
