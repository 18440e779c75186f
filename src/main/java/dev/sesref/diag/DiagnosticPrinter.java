package dev.sesref.diag;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
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

    /**
     * One diagnostic with its excerpt, without a trailing newline. Control characters (which could
     * move the terminal's cursor or change its colours) and bidirectional overrides (which could
     * make the line read differently from what it is) are shown escaped, e.g. {@code \x1b}.
     */
    public String format(Diagnostic d) {
        StringBuilder sb = new StringBuilder(escape(d.headline(), 0).text());
        String source = sourceLine(d.path(), d.line());
        if (source != null) {
            Escaped escaped = escape(source.replace('\t', ' '), Math.max(0, d.column() - 1));
            String line = escaped.text();
            int caret = escaped.index();
            // Long lines show a window around the column, so the caret stays under the problem.
            int from =
                    line.length() <= WIDTH
                            ? 0
                            : Math.max(0, Math.min(caret - WIDTH / 2, line.length() - WIDTH));
            int to = Math.min(line.length(), from + WIDTH);
            String shown =
                    (from > 0 ? "…" : "")
                            + line.substring(from, to)
                            + (to < line.length() ? "…" : "");
            sb.append(System.lineSeparator()).append("  ").append(shown);
            if (d.column() > 0) {
                int at = caret - from + (from > 0 ? 1 : 0);
                sb.append(System.lineSeparator()).append("  ").append(" ".repeat(at)).append('^');
            }
        }
        return sb.toString();
    }

    /**
     * A text with its unsafe characters escaped, and where a given character of the original went.
     */
    record Escaped(String text, int index) {}

    /**
     * The text with every control or bidirectional-formatting character written as an escape, and
     * where the character at {@code index} of the original ended up (the end when it is past the
     * end).
     */
    static Escaped escape(String text, int index) {
        StringBuilder out = new StringBuilder(text.length());
        int at = -1;
        for (int i = 0; i < text.length(); i++) {
            if (i == index) {
                at = out.length();
            }
            char c = text.charAt(i);
            if (c < 0x20 || (c >= 0x7f && c <= 0x9f)) {
                out.append(String.format(Locale.ROOT, "\\x%02x", (int) c));
            } else if ((c >= '\u202a' && c <= '\u202e')
                    || (c >= '\u2066' && c <= '\u2069')
                    || c == '\u200e'
                    || c == '\u200f') {
                out.append(String.format(Locale.ROOT, "\\u%04x", (int) c));
            } else {
                out.append(c);
            }
        }
        return new Escaped(out.toString(), at < 0 ? out.length() : at);
    }

    private String sourceLine(Path path, int line) {
        if (path == null || line <= 0) {
            return null;
        }
        List<String> lines = cache.computeIfAbsent(path, DiagnosticPrinter::readLenient);
        if (lines.isEmpty() && line == 1 && Files.isRegularFile(path)) {
            return ""; // an empty file: its first line is empty
        }
        return line > lines.size() ? null : lines.get(line - 1);
    }

    /**
     * The file's lines, read only when it is a regular file within the size limit (never a FIFO or
     * device).
     */
    private static List<String> readLenient(Path path) {
        try {
            if (!Files.isRegularFile(path) || Files.size(path) > SourceTree.MAX_TEXT_BYTES) {
                return List.of();
            }
            byte[] bytes = Files.readAllBytes(path);
            String text =
                    StandardCharsets.UTF_8
                            .newDecoder()
                            .onMalformedInput(CodingErrorAction.REPLACE)
                            .onUnmappableCharacter(CodingErrorAction.REPLACE)
                            .decode(java.nio.ByteBuffer.wrap(bytes))
                            .toString();
            return text.lines().toList();
        } catch (IOException e) {
            return List.of();
        }
    }
}
