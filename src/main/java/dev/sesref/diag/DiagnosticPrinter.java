package dev.sesref.diag;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Prints diagnostics as {@code path:line:col: error: message}, the source line and a caret. */
public final class DiagnosticPrinter {
    private static final int WIDTH = 120;
    private final Map<Path, List<String>> cache = new HashMap<>();

    public void print(List<Diagnostic> diagnostics, PrintWriter out) {
        for (Diagnostic d : diagnostics) {
            out.println(format(d));
        }
        long errors = diagnostics.stream().filter(Diagnostic::isError).count();
        long warnings = diagnostics.size() - errors;
        if (!diagnostics.isEmpty()) {
            out.println(errors + " error(s), " + warnings + " warning(s)");
        }
        out.flush();
    }

    /** One diagnostic with its excerpt, without a trailing newline. */
    public String format(Diagnostic d) {
        StringBuilder sb = new StringBuilder(d.headline());
        String source = sourceLine(d.path(), d.line());
        if (source != null) {
            String line = source.replace('\t', ' ');
            int caret = Math.max(0, Math.min(d.column() - 1, line.length()));
            // Long lines show a window around the column, so the caret stays under the problem.
            int from = line.length() <= WIDTH ? 0 : Math.max(0, Math.min(caret - WIDTH / 2, line.length() - WIDTH));
            int to = Math.min(line.length(), from + WIDTH);
            String shown = (from > 0 ? "…" : "") + line.substring(from, to) + (to < line.length() ? "…" : "");
            sb.append(System.lineSeparator()).append("  ").append(shown);
            if (d.column() > 0) {
                int at = caret - from + (from > 0 ? 1 : 0);
                sb.append(System.lineSeparator()).append("  ").append(" ".repeat(at)).append('^');
            }
        }
        return sb.toString();
    }

    private String sourceLine(Path path, int line) {
        if (path == null || line <= 0) {
            return null;
        }
        List<String> lines = cache.computeIfAbsent(path, DiagnosticPrinter::readLenient);
        return line > lines.size() ? null : lines.get(line - 1);
    }

    private static List<String> readLenient(Path path) {
        try {
            byte[] bytes = Files.readAllBytes(path);
            String text = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPLACE)
                    .onUnmappableCharacter(CodingErrorAction.REPLACE)
                    .decode(java.nio.ByteBuffer.wrap(bytes)).toString();
            return text.lines().toList();
        } catch (IOException e) {
            return List.of();
        }
    }
}
