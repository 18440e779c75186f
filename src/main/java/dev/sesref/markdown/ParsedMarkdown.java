package dev.sesref.markdown;

import com.vladsch.flexmark.util.ast.Document;
import dev.sesref.content.MarkdownSource;
import dev.sesref.diag.Diagnostic;
import java.util.List;

/**
 * A parsed Markdown text with its headings; rendered later, once every page's anchors are known.
 */
public final class ParsedMarkdown {
    private final MarkdownSource source;
    private final Document document;
    private final List<Heading> headings;
    private final List<Diagnostic> problems;
    private final boolean parsed;

    ParsedMarkdown(
            MarkdownSource source,
            Document document,
            List<Heading> headings,
            List<Diagnostic> problems,
            boolean parsed) {
        this.source = source;
        this.document = document;
        this.headings = List.copyOf(headings);
        this.problems = List.copyOf(problems);
        this.parsed = parsed;
    }

    /** False when the text exceeded the limits and was not parsed (its document is empty). */
    public boolean parsed() {
        return parsed;
    }

    /**
     * What is wrong with the text itself (raw HTML, link schemes, nesting), found as it was parsed;
     * reported when it is rendered.
     */
    public List<Diagnostic> problems() {
        return problems;
    }

    public MarkdownSource source() {
        return source;
    }

    public List<Heading> headings() {
        return headings;
    }

    public Document document() {
        return document;
    }
}
