package dev.sesref.markdown;

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
 */
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
        return Set.of(new NodeRenderingHandler<>(Text.class, PlainTextRenderer::render));
    }

    private static void render(Text node, NodeRendererContext context, HtmlWriter html) {
        BasedSequence chars = node.getChars();
        String text = Chars.of(chars);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\\' || c == '&' || c == '\r' || c == 0) {
                html.text(Escaping.normalizeEOL(chars.unescape()));
                return;
            }
        }
        html.raw(HtmlText.escape(text));
    }
}
