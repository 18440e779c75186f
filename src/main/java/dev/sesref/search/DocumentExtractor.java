package dev.sesref.search;

import com.vladsch.flexmark.ast.Code;
import com.vladsch.flexmark.ast.HardLineBreak;
import com.vladsch.flexmark.ast.Heading;
import com.vladsch.flexmark.ast.Paragraph;
import com.vladsch.flexmark.ast.SoftLineBreak;
import com.vladsch.flexmark.ast.Text;
import com.vladsch.flexmark.ext.tables.TableBlock;
import com.vladsch.flexmark.ext.tables.TableCaption;
import com.vladsch.flexmark.ext.tables.TableCell;
import com.vladsch.flexmark.ext.tables.TableHead;
import com.vladsch.flexmark.ext.tables.TableRow;
import com.vladsch.flexmark.ext.tables.TableSeparator;
import com.vladsch.flexmark.ext.typographic.TypographicSmarts;
import com.vladsch.flexmark.util.ast.Block;
import com.vladsch.flexmark.util.ast.Node;
import dev.sesref.content.ComparisonTable;
import dev.sesref.content.Content;
import dev.sesref.content.Faq;
import dev.sesref.content.GlossaryTerm;
import dev.sesref.content.MarkdownSource;
import dev.sesref.content.Page;
import dev.sesref.markdown.Chars;
import dev.sesref.markdown.MarkdownRenderer;
import dev.sesref.markdown.ParsedMarkdown;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * Cuts the content into search documents: page leads, heading sections, FAQs, glossary terms,
 * tables.
 */
public final class DocumentExtractor {
    private final MarkdownRenderer markdown;

    /** A document before it has its place (id) in the index. */
    private record Draft(String url, String title, String heading, String context, String body) {}

    public DocumentExtractor(MarkdownRenderer markdown) {
        this.markdown = markdown;
    }

    /**
     * Every document of the site in a fixed order (pages by URL, sections in page order).
     *
     * @param bodies each page's body sections ({@link #sections(ParsedMarkdown)}), by URL
     */
    public List<SearchDocument> extract(Content content, Map<String, List<BodySection>> bodies) {
        List<List<Draft>> pages =
                content.pages().stream()
                        .sorted(Comparator.comparing(Page::url))
                        .toList()
                        .parallelStream()
                        .map(p -> page(content, p, bodies.get(p.url())))
                        .toList();
        List<SearchDocument> docs = new ArrayList<>();
        for (List<Draft> page : pages) {
            for (Draft d : page) {
                docs.add(
                        new SearchDocument(
                                docs.size(),
                                d.url(),
                                d.title(),
                                d.heading(),
                                d.context(),
                                d.body()));
            }
        }
        return List.copyOf(docs);
    }

    private List<Draft> page(Content content, Page p, List<BodySection> body) {
        List<Draft> docs = new ArrayList<>();
        String base = p.url().substring(1);
        for (BodySection b : body) {
            add(
                    docs,
                    base,
                    b.anchor(),
                    p.title(),
                    b.heading(),
                    b.parent(),
                    b.text(),
                    b.heading().isEmpty());
        }
        switch (p.kind()) {
            case FAQ ->
                    content.faqCategoriesOn(p)
                            .forEach(c -> c.questions().forEach(f -> faq(docs, p, base, f)));
            case GLOSSARY -> content.glossary().forEach(t -> term(docs, p, base, t));
            case CHANGES ->
                    content.legalChanges()
                            .forEach(
                                    c ->
                                            add(
                                                    docs,
                                                    base,
                                                    c.id(),
                                                    p.title(),
                                                    c.title() + " (" + c.date() + ")",
                                                    "",
                                                    plain(c.summary()),
                                                    false));
            case ARTICLE, HOME, COMPARISON, SOURCES -> {}
        }
        p.meta()
                .tables()
                .forEach(r -> content.table(r.value()).ifPresent(t -> table(docs, p, base, t)));
        return docs;
    }

    /**
     * A parsed body's sections, split at its headings of levels 2 and 3; read before citations are
     * linked into the tree, once per parse.
     */
    public List<BodySection> sections(ParsedMarkdown body) {
        List<BodySection> out = new ArrayList<>();
        String heading = "";
        String anchor = "";
        String h2 = "";
        String parent = "";
        StringBuilder text = new StringBuilder();
        for (Node n = body.document().getFirstChild(); n != null; n = n.getNext()) {
            if (n instanceof Heading h && h.getLevel() <= 3) {
                out.add(new BodySection(anchor, parent, heading, text.toString()));
                heading = h.getText().toString().strip();
                anchor = h.getAnchorRefId();
                parent = h.getLevel() == 3 ? h2 : "";
                h2 = h.getLevel() == 2 ? heading : h2;
                text.setLength(0);
            } else {
                text.append(plain(n)).append('\n');
            }
        }
        out.add(new BodySection(anchor, parent, heading, text.toString()));
        return List.copyOf(out);
    }

    private void faq(List<Draft> docs, Page p, String base, Faq f) {
        add(docs, base, f.id(), p.title(), f.question(), "", plain(f.answer()), false);
    }

    private void term(List<Draft> docs, Page p, String base, GlossaryTerm t) {
        String name = t.expansion().isEmpty() ? t.term() : t.term() + " (" + t.expansion() + ")";
        add(docs, base, t.id(), p.title(), name, "", plain(t.definition()), false);
    }

    /**
     * A comparison table as its caption with lead and notes, then one document per row (headed by
     * the row's name; the caption, then each cell as "column: value"): a row answers a question,
     * the whole table does not.
     */
    private void table(List<Draft> docs, Page p, String base, ComparisonTable t) {
        String aside = plain(t.lead()) + "\n" + plain(t.notes());
        add(docs, base, t.id(), p.title(), t.caption(), "", aside, false);
        List<String> ids = t.rowIds();
        for (int i = 0; i < t.rows().size(); i++) {
            dev.sesref.content.TableRow r = t.rows().get(i);
            List<String> cells = new ArrayList<>();
            cells.add(plain(r.header()));
            r.cells().forEach(c -> cells.add(plain(c)));
            String row = rowText(t.columns(), cells);
            int dash = row.indexOf(" \u2014 ");
            add(
                    docs,
                    base,
                    ids.get(i),
                    p.title(),
                    cells.get(0),
                    "",
                    t.caption() + ": " + (dash < 0 ? "" : row.substring(dash + 3)),
                    false);
        }
    }

    /**
     * Adds a document; a page lead is kept even when empty, so every page can be found by title.
     */
    private static void add(
            List<Draft> docs,
            String base,
            String anchor,
            String title,
            String heading,
            String context,
            String body,
            boolean lead) {
        if (!lead && heading.isEmpty() && body.isBlank()) {
            return;
        }
        String url = anchor.isEmpty() ? base : base + "#" + anchor;
        docs.add(new Draft(url, title, heading, context, body.strip()));
    }

    private String plain(MarkdownSource src) {
        return src.isBlank() ? "" : plain(markdown.parse(src).document());
    }

    /**
     * A Markdown table as one line per row, "row — column: value; column: value", so that a snippet
     * reads as the table does rather than as its cells run together.
     */
    private static void tableText(TableBlock t, StringBuilder sb) {
        List<String> columns = new ArrayList<>();
        List<List<String>> rows = new ArrayList<>();
        for (Node part = t.getFirstChild(); part != null; part = part.getNext()) {
            if (part instanceof TableSeparator) {
                continue;
            }
            if (part instanceof TableCaption) {
                sb.append(childrenText(part)).append('\n');
                continue;
            }
            for (Node row = part.getFirstChild(); row != null; row = row.getNext()) {
                if (!(row instanceof TableRow)) {
                    continue;
                }
                List<String> cells = new ArrayList<>();
                for (Node c = row.getFirstChild(); c != null; c = c.getNext()) {
                    if (c instanceof TableCell) {
                        cells.add(childrenText(c));
                    }
                }
                if (part instanceof TableHead && columns.isEmpty()) {
                    columns.addAll(cells);
                } else if (!(part instanceof TableHead)) {
                    rows.add(cells);
                }
            }
        }
        for (List<String> cells : rows) {
            sb.append(rowText(columns, cells)).append('\n');
        }
    }

    /** The text of a node's children (a cell, a caption), without the separator after the node. */
    private static String childrenText(Node n) {
        StringBuilder sb = new StringBuilder();
        for (Node k = n.getFirstChild(); k != null; k = k.getNext()) {
            collect(k, sb);
        }
        return collapseSpaces(sb).strip();
    }

    /** One row as "first cell — column: value; ...", empty cells left out. */
    static String rowText(List<String> columns, List<String> cells) {
        StringBuilder line = new StringBuilder(cells.isEmpty() ? "" : cells.get(0));
        String sep = " \u2014 ";
        for (int i = 1; i < cells.size(); i++) {
            if (cells.get(i).isEmpty()) {
                continue;
            }
            line.append(sep);
            sep = "; ";
            if (i < columns.size() && !columns.get(i).isEmpty()) {
                line.append(columns.get(i)).append(": ");
            }
            line.append(cells.get(i));
        }
        return line.toString();
    }

    /**
     * The text of a node, with a space between blocks, table cells and lines (flexmark's own
     * collector joins cells).
     */
    static String plain(Node n) {
        StringBuilder sb = new StringBuilder();
        collect(n, sb);
        return collapseSpaces(sb).strip();
    }

    /** Each run of spaces, tabs, vertical tabs, form feeds and carriage returns as one space. */
    private static String collapseSpaces(StringBuilder text) {
        char[] chars = new char[text.length()];
        text.getChars(0, chars.length, chars, 0);
        int w = 0;
        boolean inRun = false;
        for (char c : chars) {
            boolean space = c == ' ' || c == '\t' || c == '\u000B' || c == '\f' || c == '\r';
            if (!space || !inRun) {
                chars[w++] = space ? ' ' : c;
            }
            inRun = space;
        }
        return new String(chars, 0, w);
    }

    private static void collect(Node n, StringBuilder sb) {
        if (n instanceof TableSeparator) {
            return;
        }
        if (n instanceof TableBlock t) {
            tableText(t, sb);
            return;
        }
        if (n instanceof Text || n instanceof TypographicSmarts) {
            sb.append(Chars.of(n.getChars()));
        } else if (n instanceof Code c) {
            sb.append(c.getText());
        }
        if (n instanceof SoftLineBreak || n instanceof HardLineBreak) {
            sb.append(' ');
        }
        for (Node c = n.getFirstChild(); c != null; c = c.getNext()) {
            collect(c, sb);
        }
        if (n instanceof Block || n instanceof TableCell) {
            sb.append(n instanceof Paragraph || n instanceof Heading ? "\n" : " ");
        }
    }
}
