package dev.sesref.diag;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The one report format: headline, source line, caret under the column. */
class DiagnosticPrinterTest {

    @Test
    void printsHeadlineSourceLineAndCaret(@TempDir Path tmp) throws Exception {
        Path file = tmp.resolve("page.md");
        Files.writeString(file, "---\ntitle:\tTabbed\n---\n");
        String text = new DiagnosticPrinter().format(Diagnostic.error(file, 2, 8, "bad value"));
        String nl = System.lineSeparator();
        assertEquals(
                file + ":2:8: error: bad value" + nl + "  title: Tabbed" + nl + "         ^", text);
    }

    @Test
    void withoutPositionPrintsHeadlineOnly() {
        assertEquals(
                "content: error: content directory not found",
                new DiagnosticPrinter()
                        .format(
                                Diagnostic.error(
                                        Path.of("content"), 0, 0, "content directory not found")));
    }

    @Test
    void sortsByFileThenPosition() {
        Diagnostics d = new Diagnostics();
        d.add(Diagnostic.error(Path.of("b.md"), 1, 1, "x"));
        d.add(Diagnostic.warning(Path.of("a.md"), 9, 1, "y"));
        d.add(Diagnostic.error(Path.of("a.md"), 2, 5, "z"));
        d.add(Diagnostic.error(Path.of("a.md"), 2, 5, "z"));
        assertEquals(3, d.sorted().size());
        assertEquals("a.md:2:5: error: z", d.sorted().get(0).headline());
        assertEquals(2, d.errorCount() - 1);
    }
}
