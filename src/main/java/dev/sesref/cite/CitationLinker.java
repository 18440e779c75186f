package dev.sesref.cite;

import com.vladsch.flexmark.ast.Heading;
import com.vladsch.flexmark.ast.HtmlInline;
import com.vladsch.flexmark.ast.SoftLineBreak;
import com.vladsch.flexmark.ast.Text;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.ast.TextCollectingVisitor;
import com.vladsch.flexmark.util.sequence.BasedSequence;
import dev.sesref.content.MarkdownSource;
import dev.sesref.diag.Diagnostic;
import dev.sesref.markdown.ParsedMarkdown;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;

/**
 * Finds citations in a parsed Markdown text (never in code, links or HTML) and replaces each by a
 * link to the official text, recording every use for the page's list and the citations index.
 */
public final class CitationLinker {

    private final CitationCatalog catalog;
    private final Set<String> warned = ConcurrentHashMap.newKeySet();

    public CitationLinker(CitationCatalog catalog) {
        this.catalog = catalog;
    }

    public CitationCatalog catalog() {
        return catalog;
    }

    /**
     * Links every citation of {@code md} in place, each written by {@code markup} (the theme's
     * citation template); problems (malformed, uncatalogued) go to {@code sink}.
     */
    public void link(
            ParsedMarkdown md,
            PageCitations page,
            CitationMarkup markup,
            Consumer<Diagnostic> sink) {
        for (List<Node> run : textRuns(md.document())) {
            TextRun text = TextRun.of(run);
            ScanResult result = catalog.scan(text.text());
            if (result.isEmpty()) {
                continue;
            }
            report(md.source(), text, result, sink);
            if (!result.matches().isEmpty()) {
                page.under(headingAbove(run.get(0)));
                replace(run, text, result.matches(), page, markup);
            }
        }
        page.under(null);
    }

    /**
     * The text of the nearest heading before the block holding {@code node} (the heading itself
     * when the node is in one), or null.
     */
    private static String headingAbove(Node node) {
        Node block = node;
        while (block.getParent() != null && !(block.getParent() instanceof Document)) {
            block = block.getParent();
        }
        for (Node n = block; n != null; n = n.getPrevious()) {
            if (n instanceof Heading h) {
                return new TextCollectingVisitor().collectAndGetText(h).strip();
            }
        }
        return null;
    }

    /** Scans a parsed text without changing it: for {@code sesref cite}. */
    public List<Found> find(ParsedMarkdown md, Consumer<Diagnostic> sink) {
        List<Found> found = new ArrayList<>();
        for (List<Node> run : textRuns(md.document())) {
            TextRun text = TextRun.of(run);
            ScanResult result = catalog.scan(text.text());
            report(md.source(), text, result, sink);
            for (CitationMatch m : result.matches()) {
                int offset = text.sourceOffset(m.start());
                found.add(new Found(m, md.source().lineOf(offset), md.source().columnOf(offset)));
            }
        }
        return found;
    }

    /** A citation found by {@link #find} and its 1-based file position. */
    public record Found(CitationMatch match, int line, int column) {}

    private void report(
            MarkdownSource src, TextRun text, ScanResult result, Consumer<Diagnostic> sink) {
        for (Malformed m : result.malformed()) {
            int at = text.sourceOffset(m.start());
            sink.accept(
                    Diagnostic.error(src.path(), src.lineOf(at), src.columnOf(at), m.message()));
        }
        for (CitationMatch m : result.matches()) {
            for (CitationRef r : m.refs()) {
                if (catalog.info(r.authority()).isEmpty()
                        && warned.add(src.path() + "|" + r.authority().section().id())) {
                    int at = text.sourceOffset(r.start());
                    sink.accept(
                            Diagnostic.warning(
                                    src.path(),
                                    src.lineOf(at),
                                    src.columnOf(at),
                                    r.authority().label()
                                            + " is not in data/authorities.yml; add '- {id: "
                                            + r.authority().section().id()
                                            + ", heading: \"...\", verified: false}' with its official heading"));
                }
            }
        }
    }

    private void replace(
            List<Node> run,
            TextRun text,
            List<CitationMatch> matches,
            PageCitations page,
            CitationMarkup markup) {
        Node first = run.get(0);
        int pos = 0;
        for (CitationMatch m : matches) {
            if (m.start() > pos) {
                first.insertBefore(
                        new Text(BasedSequence.of(text.text().substring(pos, m.start()))));
            }
            String html = markup.write(CitationParts.view(m, catalog, page));
            first.insertBefore(new HtmlInline(BasedSequence.of(html)));
            pos = m.end();
        }
        if (pos < text.text().length()) {
            first.insertBefore(new Text(BasedSequence.of(text.text().substring(pos))));
        }
        run.forEach(Node::unlink);
    }

    /**
     * Runs of adjacent text and soft line breaks outside links, code and HTML: a citation may wrap
     * a line.
     */
    private static List<List<Node>> textRuns(Node root) {
        List<List<Node>> runs = new ArrayList<>();
        List<Node> current = new ArrayList<>();
        collect(root, runs, current);
        flush(runs, current);
        return runs;
    }

    private static void collect(Node node, List<List<Node>> runs, List<Node> current) {
        for (Node child = node.getFirstChild(); child != null; child = child.getNext()) {
            if (child instanceof Text || (child instanceof SoftLineBreak && !current.isEmpty())) {
                current.add(child);
            } else {
                flush(runs, current);
                if (!dev.sesref.markdown.NotProse.NODES.contains(child.getClass())) {
                    collect(child, runs, current);
                    flush(runs, current);
                }
            }
        }
    }

    private static void flush(List<List<Node>> runs, List<Node> current) {
        while (!current.isEmpty() && current.get(current.size() - 1) instanceof SoftLineBreak) {
            current.remove(current.size() - 1);
        }
        for (Node n : current) {
            if (n instanceof Text) {
                runs.add(new ArrayList<>(current));
                break;
            }
        }
        current.clear();
    }
}
