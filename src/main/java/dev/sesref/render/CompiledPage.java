package dev.sesref.render;

import dev.sesref.cite.CitedPage;
import dev.sesref.content.Page;
import dev.sesref.diag.Diagnostic;
import dev.sesref.markdown.Heading;
import java.util.List;
import java.util.Objects;

/**
 * One page compiled once: its body as HTML with citations linked, its headings, its tables, its
 * layout's data, what it cites, the notices of changes made since it was reviewed, and the problems
 * compiling it found. Everything later (the page's HTML, the citations index, serve's cache) is a
 * function of these values; nothing changes them.
 */
public record CompiledPage(
        Page page,
        String bodyHtml,
        List<Heading> headings,
        List<Views.TableView> tables,
        Views.LayoutPart part,
        List<Views.NoticeView> notices,
        CitedPage cited,
        List<Views.TermUseView> terms,
        List<Diagnostic> problems) {
    public CompiledPage {
        Objects.requireNonNull(page, "page");
        Objects.requireNonNull(bodyHtml, "bodyHtml");
        Objects.requireNonNull(part, "part");
        Objects.requireNonNull(cited, "cited");
        headings = List.copyOf(headings);
        tables = List.copyOf(tables);
        notices = List.copyOf(notices);
        terms = List.copyOf(terms);
        problems = List.copyOf(problems);
    }
}
