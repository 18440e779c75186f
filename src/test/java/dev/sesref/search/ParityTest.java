package dev.sesref.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.sesref.testing.Trees;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The browser client (search.js under Node) ranks the reader queries and the evaluation set's
 * questions like the Java engine: same top result for every query, mean top-5 overlap of at least
 * 90%. Also runs the client's own unit tests.
 */
class ParityTest {

    @Test
    void javaScriptClientRanksLikeJava(@TempDir Path tmp) throws Exception {
        QueryEngine engine = SearchTestSite.engine();
        List<Map<String, Object>> expected = new ArrayList<>();
        List<String> texts = new ArrayList<>();
        SearchTestSite.queries().forEach(q -> texts.add(q.text()));
        SearchEvaluationTest.questions("questions.yml").forEach(q -> texts.add(q.text()));
        SearchEvaluationTest.questions("heldout.yml").forEach(q -> texts.add(q.text()));
        for (String text : texts) {
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("query", text);
            row.put(
                    "results",
                    engine.search(text, 10).stream()
                            .map(h -> Map.of("doc", h.doc(), "score", h.score()))
                            .toList());
            expected.add(row);
        }
        Path file = tmp.resolve("expected.json");
        new ObjectMapper().writeValue(file.toFile(), expected);
        String copy = System.getProperty("sesref.parity.out");
        if (copy != null) {
            Files.copy(file, Path.of(copy), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        }
        Result r =
                node(
                        "src/test/js/parity.mjs",
                        SearchTestSite.site().resolve("search").toString(),
                        file.toString());
        assertEquals(0, r.exit(), r.output());
        assertTrue(r.output().contains("parity: " + expected.size() + " queries"), r.output());
    }

    @Test
    void clientUnitTestsPass() throws Exception {
        Result r = node("--test", "src/test/js/");
        assertEquals(0, r.exit(), r.output());
        assertTrue(r.output().matches("(?s).*# pass [1-9].*"), r.output());
    }

    record Result(int exit, String output) {}

    static Result node(String... args) throws Exception {
        boolean present =
                Files.isExecutable(Path.of("/usr/bin/node"))
                        || Files.isExecutable(Path.of("/usr/local/bin/node"));
        if ("1".equals(System.getenv("SESREF_REQUIRE_BROWSER")) && !present) {
            throw new IllegalStateException("node is required here (SESREF_REQUIRE_BROWSER=1)");
        }
        assumeTrue(present, "node is not installed");
        List<String> cmd = new ArrayList<>(List.of("node"));
        cmd.addAll(List.of(args));
        Process p =
                new ProcessBuilder(cmd)
                        .directory(Trees.repo().toFile())
                        .redirectErrorStream(true)
                        .start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(120, TimeUnit.SECONDS), "node timed out");
        return new Result(p.exitValue(), out);
    }
}
