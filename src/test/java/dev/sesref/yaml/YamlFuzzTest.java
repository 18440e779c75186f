package dev.sesref.yaml;

import static org.junit.jupiter.api.Assertions.assertTrue;

import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.sesref.diag.BuildFailedException;
import dev.sesref.diag.Diagnostic;
import dev.sesref.diag.SourceReader;
import java.nio.file.Path;

/**
 * Issue 21: a YAML file of any bytes, read as sesref reads it, gives a tree within the depth limit
 * or diagnostics with positions in the text, never another exception (Jackson's own limits, a stack
 * overflow) or a slow parse.
 */
class YamlFuzzTest {
    static {
        // Loads and initialises the parser's classes before any input is timed: under Jazzer's
        // instrumentation on a loaded machine, that alone took over 5 s of the first input.
        try {
            YamlReader.parse(Path.of("warm-up.yml"), "a: [1, {b: c}]\n", 0);
        } catch (BuildFailedException e) {
            throw new IllegalStateException(e);
        }
    }

    @FuzzTest(maxDuration = "10s")
    void parsesOrReports(byte[] bytes) {
        long start = System.nanoTime();
        try {
            String yaml = SourceReader.of(bytes, Path.of("fuzz.yml")).text();
            YamlNode root = YamlReader.parse(Path.of("fuzz.yml"), yaml, 0);
            assertTrue(depth(root) <= YamlReader.MAX_DEPTH, "deeper than the limit");
        } catch (BuildFailedException e) {
            // At most one line per line feed or carriage return (the reader rejects YAML's other
            // line breaks).
            long lines = 1;
            for (byte b : bytes) {
                lines += b == '\n' || b == '\r' ? 1 : 0;
            }
            for (Diagnostic d : e.diagnostics()) {
                long last = lines;
                assertTrue(
                        d.line() <= last,
                        () -> "line " + d.line() + " beyond the text: " + d.headline());
            }
        }
        assertTrue(System.nanoTime() - start < 5_000_000_000L, "a near-hang: more than 5 s");
    }

    private static int depth(YamlNode n) {
        if (n instanceof YamlNode.Mapping m) {
            return 1 + m.entries().stream().mapToInt(e -> depth(e.value())).max().orElse(0);
        }
        if (n instanceof YamlNode.Sequence s) {
            return 1 + s.items().stream().mapToInt(YamlFuzzTest::depth).max().orElse(0);
        }
        return 0;
    }
}
