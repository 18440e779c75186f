package dev.sesref.markdown;

import com.vladsch.flexmark.util.ast.Document;
import dev.sesref.content.MarkdownSource;
import java.util.List;

/** A parsed Markdown text with its headings; rendered later, once every page's anchors are known. */
public final class ParsedMarkdown {
    private final MarkdownSource source;
    private final Document document;
    private final List<Heading> headings;

    ParsedMarkdown(MarkdownSource source, Document document, List<Heading> headings) {
        this.source = source;
        this.document = document;
        this.headings = List.copyOf(headings);
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
