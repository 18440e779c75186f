package dev.sesref.diag;

import java.nio.file.Path;
import java.util.Comparator;
import java.util.Objects;

/** One problem found in the input, at a 1-based line and column of a file (0 when unknown). */
public record Diagnostic(Path path, int line, int column, Severity severity, String message) {

    /** Orders diagnostics by file, then position, then message, so reports are stable. */
    public static final Comparator<Diagnostic> ORDER =
            Comparator.comparing(
                            (Diagnostic d) ->
                                    d.path() == null ? "" : d.path().toString().replace('\\', '/'))
                    .thenComparingInt(Diagnostic::line)
                    .thenComparingInt(Diagnostic::column)
                    .thenComparing(Diagnostic::severity)
                    .thenComparing(Diagnostic::message);

    public Diagnostic {
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(message, "message");
        if (line < 0 || column < 0) {
            throw new IllegalArgumentException("negative position " + line + ":" + column);
        }
    }

    public static Diagnostic error(Path path, int line, int column, String message) {
        return new Diagnostic(path, line, column, Severity.ERROR, message);
    }

    public static Diagnostic warning(Path path, int line, int column, String message) {
        return new Diagnostic(path, line, column, Severity.WARNING, message);
    }

    public boolean isError() {
        return severity == Severity.ERROR;
    }

    /** The first line of the report: {@code path:line:col: error: message}. */
    public String headline() {
        StringBuilder sb = new StringBuilder();
        sb.append(path == null ? "sesref" : path.toString().replace('\\', '/'));
        if (line > 0) {
            sb.append(':').append(line);
            if (column > 0) {
                sb.append(':').append(column);
            }
        }
        return sb.append(": ").append(severity.label()).append(": ").append(message).toString();
    }
}
