package dev.sesref.diag;

import java.nio.file.Path;
import java.util.Objects;

/**
 * A text file as read: its display path and its text, UTF-8 decoded, BOM removed, CRLF folded to
 * LF.
 */
public record SourceFile(Path path, String text) {
    public SourceFile {
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(text, "text");
    }

    /** 1-based line of a character offset. */
    public int lineOf(int offset) {
        int line = 1;
        int end = Math.min(offset, text.length());
        for (int i = 0; i < end; i++) {
            if (text.charAt(i) == '\n') {
                line++;
            }
        }
        return line;
    }

    /** 1-based column of a character offset. */
    public int columnOf(int offset) {
        int end = Math.min(offset, text.length());
        int lineStart = text.lastIndexOf('\n', end - 1) + 1;
        return end - lineStart + 1;
    }

    public Diagnostic errorAt(int offset, String message) {
        return Diagnostic.error(path, lineOf(offset), columnOf(offset), message);
    }
}
