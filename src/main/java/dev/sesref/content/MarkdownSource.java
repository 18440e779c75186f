package dev.sesref.content;

import java.nio.file.Path;
import java.util.Objects;

/**
 * Markdown text and where it starts in its file, so that positions inside it map back to the file.
 *
 * @param indent columns removed from each line (YAML block scalars), 0 for page bodies
 */
public record MarkdownSource(Path path, String text, int line, int indent) {
    public MarkdownSource {
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(text, "text");
        if (line < 0 || indent < 0) {
            throw new IllegalArgumentException("negative position");
        }
    }

    public static MarkdownSource empty(Path path) {
        return new MarkdownSource(path, "", 0, 0);
    }

    public boolean isBlank() {
        return text.isBlank();
    }

    /** File line of a character offset in {@link #text()}. */
    public int lineOf(int offset) {
        int n = 0;
        for (int i = 0; i < Math.min(offset, text.length()); i++) {
            if (text.charAt(i) == '\n') {
                n++;
            }
        }
        return line + n;
    }

    /** File column of a character offset in {@link #text()}. */
    public int columnOf(int offset) {
        int end = Math.min(offset, text.length());
        return end - (text.lastIndexOf('\n', end - 1) + 1) + 1 + indent;
    }
}
