package dev.sesref.content;

import static org.junit.jupiter.api.Assertions.assertTrue;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.sesref.diag.BuildFailedException;
import dev.sesref.diag.Diagnostic;
import dev.sesref.diag.DiagnosticPrinter;
import dev.sesref.diag.SourceReader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Issue 21: a page file or a data file of any bytes loads or gives diagnostics (with positions
 * inside the file, printable without raw control characters), never another exception or a slow
 * load.
 */
class ContentFuzzTest {
    static {
        // Loads and initialises the loaders' classes before any input is timed: under Jazzer's
        // instrumentation on a loaded machine, that alone took over 5 s of the first input.
        for (String name : DataLoader.KNOWN) {
            new DataLoader(
                            Map.of(
                                    name,
                                    "x: 1\n".getBytes(java.nio.charset.StandardCharsets.UTF_8)),
                            Path.of("data"),
                            new ArrayList<>())
                    .sources();
        }
        try {
            PageLoader.load(
                    SourceReader.of(
                            "---\ntitle: t\n---\nx\n"
                                    .getBytes(java.nio.charset.StandardCharsets.UTF_8),
                            Path.of("warm-up.md")),
                    "warm-up.md",
                    new ArrayList<>());
        } catch (BuildFailedException e) {
            // a warm-up page may be incomplete; only the class loading matters here
        }
    }

    @FuzzTest(maxDuration = "10s")
    void pageFile(byte[] bytes) {
        dev.sesref.testing.NearHang.check(
                () -> {
                    List<Diagnostic> sink = new ArrayList<>();
                    try {
                        PageLoader.load(
                                SourceReader.of(bytes, Path.of("fuzz.md")), "fuzz.md", sink);
                    } catch (BuildFailedException e) {
                        sink.addAll(e.diagnostics());
                    }
                    check(sink, bytes.length, System.nanoTime());
                });
    }

    @FuzzTest(maxDuration = "10s")
    void dataFile(FuzzedDataProvider data) {
        long start = System.nanoTime();
        String name = data.pickValue(DataLoader.KNOWN.stream().sorted().toList());
        byte[] bytes = data.consumeRemainingAsBytes();
        List<Diagnostic> sink = new ArrayList<>();
        DataLoader d = new DataLoader(Map.of(name, bytes), Path.of("data"), sink);
        Content content =
                new Content(
                        List.of(),
                        d.sources(),
                        d.faqs(),
                        d.glossary(),
                        d.comparisons(),
                        d.authorities(),
                        d.aliases(),
                        d.legalChanges(),
                        d.lexicon(),
                        List.of());
        new ContentValidator(content, Set.of(name), d.broken(), Path.of("data"), sink).validate();
        check(sink, bytes.length, start);
    }

    private static void check(List<Diagnostic> diagnostics, int size, long start) {
        DiagnosticPrinter printer = new DiagnosticPrinter();
        for (Diagnostic d : diagnostics) {
            assertTrue(d.line() <= size + 2, () -> "line beyond the file: " + d.headline());
            String shown = printer.format(d);
            assertTrue(
                    shown.chars().noneMatch(c -> c < 0x20 && c != '\n' && c != '\r'),
                    () -> "raw control character in " + shown);
        }
        assertTrue(System.nanoTime() - start < 5_000_000_000L, "a near-hang: more than 5 s");
    }
}
