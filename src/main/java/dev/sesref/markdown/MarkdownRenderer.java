package dev.sesref.markdown;

import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.html.renderer.HeaderIdGenerator;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.data.DataHolder;
import com.vladsch.flexmark.util.data.DataKey;
import dev.sesref.content.MarkdownSource;
import dev.sesref.diag.Diagnostic;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/** Parses and renders Markdown with flexmark; thread-safe, one instance per build. */
public final class MarkdownRenderer {
    /** What a render call needs to know about the page it renders for. */
    record RenderContext(String fromUrl, String fromFile, LinkTargets links, MarkdownSource source,
                         Consumer<Diagnostic> sink) {
    }

    static final DataKey<RenderContext> CONTEXT = new DataKey<>("SESREF_RENDER_CONTEXT", (RenderContext) null);
    static final DataKey<DeferredText> DEFERRED = new DataKey<>("SESREF_DEFERRED_TEXT", (DeferredText) null);
    private static final String TABLE = "<table>";
    private static final String TABLE_END = "</table>";
    private static final String CAPTION = "<caption>";
    private static final String CAPTION_END = "</caption>";

    private final DataHolder options = MarkdownOptions.options();
    private final Parser parser = Parser.builder(options).build();
    private final HtmlRenderer renderer = HtmlRenderer.builder(options)
            .nodeRendererFactory(new PlainTextRenderer.Factory())
            .linkResolverFactory(new SiteLinkResolver.Factory())
            .attributeProviderFactory(new TableAttributes.Factory())
            .build();
    private final boolean deferText;

    public MarkdownRenderer() {
        this(true);
    }

    /** @param deferText keep plain text out of flexmark's writer ({@link DeferredText}); the output is the same */
    MarkdownRenderer(boolean deferText) {
        this.deferText = deferText;
    }

    public ParsedMarkdown parse(MarkdownSource source) {
        Document doc = parser.parse(source.text());
        HeaderIdGenerator ids = new HeaderIdGenerator.Factory().create();
        ids.generateIds(doc);
        List<Heading> headings = new ArrayList<>();
        for (Node n : doc.getDescendants()) {
            if (n instanceof com.vladsch.flexmark.ast.Heading h) {
                headings.add(new Heading(h.getLevel(), h.getText().toString().strip(), h.getAnchorRefId()));
            }
        }
        return new ParsedMarkdown(source, doc, headings);
    }

    /** Renders a parsed text as HTML for the page at {@code fromUrl}, reporting broken links to {@code sink}. */
    public String render(ParsedMarkdown md, String fromUrl, String fromFile, LinkTargets links,
                         Consumer<Diagnostic> sink) {
        Document doc = md.document();
        synchronized (doc) {
            doc.set(CONTEXT, new RenderContext(fromUrl, fromFile, links, md.source(), sink));
            String html = null;
            if (deferText && DeferredText.usable(md.source().text())) {
                DeferredText deferred = new DeferredText();
                doc.set(DEFERRED, deferred);
                html = deferred.fill(renderer.render(doc));
                doc.set(DEFERRED, null);
                if (html == null) {
                    // Rendered again below, without markers; the first render reported its link problems already.
                    doc.set(CONTEXT, new RenderContext(fromUrl, fromFile, links, md.source(), d -> { }));
                }
            }
            if (html == null) {
                html = renderer.render(doc);
            }
            doc.set(CONTEXT, null);
            return fixTables(html);
        }
    }

    /** The HTML of a one-paragraph text (a table cell) without its surrounding {@code <p>}. */
    public static String unwrapParagraph(String rendered) {
        String html = rendered.strip();
        if (html.startsWith("<p>") && html.endsWith("</p>") && html.indexOf("<p>", 3) < 0) {
            return html.substring(3, html.length() - 4);
        }
        return html;
    }

    /**
     * HTML wants {@code <caption>} first in {@code <table>}; flexmark writes it last. Tables also get a
     * focusable scrolling wrapper so a wide table scrolls on a phone instead of widening the page.
     */
    static String fixTables(String html) {
        if (!html.contains(TABLE)) {
            return html;
        }
        return captionsFirst(html)
                .replace(TABLE, "<div class=\"table-scroll\" role=\"region\" aria-label=\"Table\" tabindex=\"0\">" + TABLE)
                .replace(TABLE_END, TABLE_END + "</div>");
    }

    /**
     * Moves each table's closing {@code <caption>...</caption>} to the table's start, looking only
     * inside that table (a caption never moves into an earlier table without one).
     */
    private static String captionsFirst(String html) {
        if (!html.contains(CAPTION_END)) {
            return html;
        }
        StringBuilder out = new StringBuilder(html.length());
        int done = 0;
        for (int open = html.indexOf(TABLE); open >= 0; ) {
            int body = open + TABLE.length();
            int close = html.indexOf(TABLE_END, body);
            if (close < 0) {
                break;
            }
            int captionEnd = html.startsWith(CAPTION_END, close - CAPTION_END.length()) ? close
                    : html.startsWith(CAPTION_END + "\n", close - CAPTION_END.length() - 1) ? close - 1 : -1;
            int caption = captionEnd < 0 ? -1 : html.indexOf(CAPTION, body);
            if (caption >= 0 && caption <= captionEnd - CAPTION_END.length() - CAPTION.length()) {
                out.append(html, done, body).append('\n').append(html, caption, captionEnd).append(html, body, caption);
                done = close;
            }
            open = html.indexOf(TABLE, close);
        }
        return done == 0 ? html : out.append(html, done, html.length()).toString();
    }
}
