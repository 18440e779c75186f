package dev.sesref.content;

import dev.sesref.diag.BuildFailedException;
import dev.sesref.diag.Diagnostic;
import dev.sesref.diag.SourceFile;
import java.util.List;

/**
 * Splits a page into its YAML front matter and Markdown body, keeping the line where each starts.
 */
public final class FrontMatterSplitter {

    /** The two parts; {@code yamlLine} and {@code bodyLine} are 1-based file lines. */
    public record Parts(String yaml, int yamlLine, String body, int bodyLine) {}

    private FrontMatterSplitter() {}

    public static Parts split(SourceFile file) throws BuildFailedException {
        String text = file.text();
        if (text.isBlank()) {
            throw fail(
                    file,
                    1,
                    1,
                    "the file is empty; a page starts with front matter between '---' lines "
                            + "(title, description, updated, sources), then Markdown");
        }
        if (!(text.startsWith("---\n") || text.equals("---"))) {
            throw fail(
                    file,
                    1,
                    1,
                    "missing front matter: start the file with a '---' line, then 'title: ...', "
                            + "'description: ...', 'updated: YYYY-MM-DD', then another '---' line");
        }
        int pos = 4;
        int line = 2;
        while (pos <= text.length()) {
            int nl = text.indexOf('\n', pos);
            int end = nl < 0 ? text.length() : nl;
            String current = text.substring(pos, end);
            if (current.equals("---")
                    || current.equals("...")
                    || current.stripTrailing().equals("---")) {
                String yaml = text.substring(4, pos);
                String body = nl < 0 ? "" : text.substring(nl + 1);
                return new Parts(yaml, 2, body, line + 1);
            }
            if (nl < 0) {
                break;
            }
            pos = nl + 1;
            line++;
        }
        throw fail(
                file,
                1,
                1,
                "the front matter opened on line 1 is never closed; add a line '---' after its last key");
    }

    private static BuildFailedException fail(SourceFile file, int line, int col, String message) {
        return new BuildFailedException(List.of(Diagnostic.error(file.path(), line, col, message)));
    }
}
