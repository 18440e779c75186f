package dev.sesref.markdown;

import com.vladsch.flexmark.ast.HtmlInline;
import com.vladsch.flexmark.ast.Text;
import com.vladsch.flexmark.html.HtmlWriter;
import com.vladsch.flexmark.html.renderer.NodeRenderer;
import com.vladsch.flexmark.html.renderer.NodeRendererContext;
import com.vladsch.flexmark.html.renderer.NodeRendererFactory;
import com.vladsch.flexmark.html.renderer.NodeRenderingHandler;
import com.vladsch.flexmark.util.data.DataHolder;
import com.vladsch.flexmark.util.sequence.BasedSequence;
import com.vladsch.flexmark.util.sequence.Escaping;
import java.util.Set;

/**
 * Writes a text node that has nothing to unescape (no backslash, entity, carriage return or NUL)
 * straight from its characters, escaping only {@code < > "}; flexmark's own path, which runs three
 * regular-expression passes on every text node, still writes the rest, so the HTML is the same.
 * While a render defers texts ({@link DeferredText}), the writer gets a marker for each such text,
 * and for each inline HTML span on one line without edge spaces (the citation links sesref puts
 * in).
 */
// Kept with DeferredText, which needs its markers (issue 23: without both, the 5,000-page build
// took
// 9.6% longer; without DeferredText alone, 7.9%).
final class PlainTextRenderer implements NodeRenderer {

    /** Registered before flexmark's core renderer, so its Text handler wins. */
    static final class Factory implements NodeRendererFactory {
        @Override
        public NodeRenderer apply(DataHolder options) {
            return new PlainTextRenderer();
        }
    }

    @Override
    public Set<NodeRenderingHandler<?>> getNodeRenderingHandlers() {
        return Set.of(
                new NodeRenderingHandler<>(Text.class, PlainTextRenderer::render),
                new NodeRenderingHandler<>(HtmlInline.class, PlainTextRenderer::renderInlineHtml));
    }

    /**
     * flexmark writes inline HTML with {@code rawPre}, one character at a time; a span the writer
     * would not change (no line break, carriage return or tab, no space at either end) is deferred.
     */
    private static void renderInlineHtml(
            HtmlInline node, NodeRendererContext context, HtmlWriter html) {
        DeferredText deferred = MarkdownRenderer.DEFERRED.get(context.getDocument());
        String raw =
                deferred == null
                                || context.getHtmlOptions().suppressInlineHtml
                                || context.getHtmlOptions().escapeInlineHtml
                        ? null
                        : Chars.of(node.getChars());
        if (raw == null
                || raw.isEmpty()
                || raw.charAt(0) == ' '
                || raw.charAt(raw.length() - 1) == ' '
                || raw.indexOf('\n') >= 0
                || raw.indexOf('\r') >= 0
                || raw.indexOf('\t') >= 0) {
            context.delegateRender();
            return;
        }
        html.rawPre(deferred.marker(raw));
    }

    private static void render(Text node, NodeRendererContext context, HtmlWriter html) {
        BasedSequence chars = node.getChars();
        String text = Chars.of(chars);
        boolean lineOrTab = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\\' || c == '&' || c == '\r' || c == 0) {
                html.text(Escaping.normalizeEOL(chars.unescape()));
                return;
            }
            lineOrTab |= c == '\n' || c == '\t';
        }
        String escaped = HtmlText.escape(text);
        DeferredText deferred = MarkdownRenderer.DEFERRED.get(context.getDocument());
        if (deferred == null || lineOrTab) {
            html.raw(escaped);
            return;
        }
        // Edge spaces stay with the writer, which trims them at the start of a line. (The parser
        // already strips them there in every case tried; this keeps the HTML right if not.)
        int start = 0;
        int end = escaped.length();
        while (start < end && escaped.charAt(start) == ' ') {
            start++;
        }
        while (end > start && escaped.charAt(end - 1) == ' ') {
            end--;
        }
        if (start == end) {
            html.raw(escaped);
            return;
        }
        html.raw(escaped.substring(0, start));
        html.raw(deferred.marker(escaped.substring(start, end)));
        html.raw(escaped.substring(end));
    }
}
