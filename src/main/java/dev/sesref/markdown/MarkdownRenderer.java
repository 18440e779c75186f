package dev.sesref.markdown;

import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.html.renderer.HeaderIdGenerator;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.data.DataHolder;
import com.vladsch.flexmark.util.data.DataKey;
import com.vladsch.flexmark.util.sequence.BasedSequence;
import dev.sesref.content.MarkdownSource;
import dev.sesref.diag.Diagnostic;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/** Parses and renders Markdown with flexmark; thread-safe, one instance per build. */
public final class MarkdownRenderer {
    /** What a render call needs to know about the page it renders for. */
    record RenderContext(
            String fromUrl,
            String fromFile,
            LinkTargets links,
            TableMarkup tables,
            MarkdownSource source,
            Consumer<Diagnostic> sink) {}

    static final DataKey<RenderContext> CONTEXT =
            new DataKey<>("SESREF_RENDER_CONTEXT", (RenderContext) null);
    static final DataKey<DeferredText> DEFERRED =
            new DataKey<>("SESREF_DEFERRED_TEXT", (DeferredText) null);

    private final DataHolder options = MarkdownOptions.options();
    private final Parser parser = Parser.builder(options).build();
    private final HtmlRenderer renderer =
            HtmlRenderer.builder(options)
                    .nodeRendererFactory(new PlainTextRenderer.Factory())
                    .nodeRendererFactory(new ThemedTables.Factory())
                    .linkResolverFactory(new SiteLinkResolver.Factory())
                    .attributeProviderFactory(new TableAttributes.Factory())
                    .attributeProviderFactory(new ParagraphIds.Factory())
                    .build();
    private final boolean deferText;

    public MarkdownRenderer() {
        this(true);
    }

    /**
     * @param deferText keep plain text out of flexmark's writer ({@link DeferredText}); the output
     *     is the same
     */
    MarkdownRenderer(boolean deferText) {
        this.deferText = deferText;
    }

    /**
     * Longest a text may take to parse (see {@link TimedText}); seconds for the largest real page
     * take milliseconds.
     */
    static final long PARSE_SECONDS = 10;

    /**
     * Parses a text; what is wrong with it (too deep, too long, too slow, raw HTML, link schemes)
     * is kept with the result and reported when it is rendered. A text that could not be parsed has
     * an empty result.
     */
    public ParsedMarkdown parse(MarkdownSource source) {
        Diagnostic tooBig = MarkdownLimits.check(source);
        if (tooBig != null) {
            return unparsed(source, tooBig);
        }
        TimedText.Deadline deadline =
                new TimedText.Deadline(
                        java.util.concurrent.TimeUnit.SECONDS.toNanos(PARSE_SECONDS));
        try {
            Document doc = parser.parse(BasedSequence.of(new TimedText(source.text(), deadline)));
            new HeaderIdGenerator.Factory().create().generateIds(doc);
            List<Diagnostic> problems = new ArrayList<>();
            ContentPolicy.check(doc, source, problems::add);
            return new ParsedMarkdown(source, doc, headings(doc, source), problems, true);
        } catch (TimedText.TooSlow e) {
            return unparsed(
                    source,
                    problem(
                            source,
                            "this Markdown text took more than "
                                    + PARSE_SECONDS
                                    + " s to parse (some runs of escapes and brackets make the parser backtrack); simplify it"));
        } catch (StackOverflowError e) {
            // flexmark recursed past the thread's stack (a very long run of one punctuation
            // character can do
            // that); the stack is unwound by now.
            return unparsed(
                    source,
                    problem(
                            source,
                            "this Markdown text is too complex to process (very deep "
                                    + "nesting or a very long run of one punctuation character); simplify it"));
        } finally {
            deadline.lift();
        }
    }

    private ParsedMarkdown unparsed(MarkdownSource source, Diagnostic problem) {
        return new ParsedMarkdown(source, parser.parse(""), List.of(), List.of(problem), false);
    }

    private static Diagnostic problem(MarkdownSource source, String message) {
        return Diagnostic.error(source.path(), source.line(), source.line() > 0 ? 1 : 0, message);
    }

    /** The document's headings, with their file positions. */
    private static List<Heading> headings(Document doc, MarkdownSource source) {
        List<Heading> headings = new ArrayList<>();
        String text = source.text();
        int line = source.line();
        int counted = 0;
        for (Node n : doc.getDescendants()) {
            if (n instanceof com.vladsch.flexmark.ast.Heading h) {
                // Headings come in text order: count lines from the last one, never from the start.
                int at = h.getStartOffset();
                for (; counted < at; counted++) {
                    line += text.charAt(counted) == '\n' ? 1 : 0;
                }
                headings.add(
                        new Heading(
                                h.getLevel(),
                                h.getText().toString().strip(),
                                h.getAnchorRefId(),
                                line,
                                source.columnOf(at)));
            }
        }
        return headings;
    }

    /**
     * Renders a parsed text as HTML for the page at {@code fromUrl}, reporting broken links to
     * {@code sink}; {@code tables} writes each table's element and caption (the theme), or null for
     * flexmark's own table HTML.
     */
    public String render(
            ParsedMarkdown md,
            String fromUrl,
            String fromFile,
            LinkTargets links,
            TableMarkup tables,
            Consumer<Diagnostic> sink) {
        md.problems().forEach(sink);
        try {
            return renderChecked(md, fromUrl, fromFile, links, tables, sink);
        } catch (StackOverflowError e) {
            sink.accept(
                    problem(
                            md.source(),
                            "this Markdown text is too complex to render (very deep nesting); "
                                    + "simplify it"));
            return "";
        }
    }

    private String renderChecked(
            ParsedMarkdown md,
            String fromUrl,
            String fromFile,
            LinkTargets links,
            TableMarkup tables,
            Consumer<Diagnostic> sink) {
        Document doc = md.document();
        synchronized (doc) {
            doc.set(
                    CONTEXT,
                    new RenderContext(fromUrl, fromFile, links, tables, md.source(), sink));
            String html = null;
            if (deferText && DeferredText.usable(md.source().text())) {
                DeferredText deferred = new DeferredText();
                doc.set(DEFERRED, deferred);
                html = deferred.fill(renderer.render(doc));
                doc.set(DEFERRED, null);
                if (html == null) {
                    // Rendered again below, without markers; the first render reported its link
                    // problems already.
                    doc.set(
                            CONTEXT,
                            new RenderContext(
                                    fromUrl, fromFile, links, tables, md.source(), d -> {}));
                }
            }
            if (html == null) {
                html = renderer.render(doc);
            }
            doc.set(CONTEXT, null);
            return html;
        }
    }

    /**
     * As {@link #render}, for a page's own text: each top-level paragraph also gets an id to link
     * to ({@link ParagraphIds}).
     */
    public String renderPageBody(
            ParsedMarkdown md,
            String fromUrl,
            String fromFile,
            LinkTargets links,
            TableMarkup tables,
            Consumer<Diagnostic> sink) {
        synchronized (md.document()) {
            md.document().set(ParagraphIds.ENABLED, true);
        }
        return render(md, fromUrl, fromFile, links, tables, sink);
    }

    /** The HTML of a one-paragraph text (a table cell) without its surrounding {@code <p>}. */
    public static String unwrapParagraph(String rendered) {
        String html = rendered.strip();
        if (html.startsWith("<p>") && html.endsWith("</p>") && html.indexOf("<p>", 3) < 0) {
            return html.substring(3, html.length() - 4);
        }
        return html;
    }
}
