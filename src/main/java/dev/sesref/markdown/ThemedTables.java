package dev.sesref.markdown;

import com.vladsch.flexmark.ext.tables.TableBlock;
import com.vladsch.flexmark.ext.tables.TableCaption;
import com.vladsch.flexmark.html.HtmlWriter;
import com.vladsch.flexmark.html.renderer.NodeRenderer;
import com.vladsch.flexmark.html.renderer.NodeRendererContext;
import com.vladsch.flexmark.html.renderer.NodeRendererFactory;
import com.vladsch.flexmark.html.renderer.NodeRenderingHandler;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.data.DataHolder;
import java.util.Set;

/**
 * Hands each Markdown table to the theme ({@link TableMarkup}): flexmark renders its rows and its
 * caption's text, the theme writes the table element, the caption and any wrapper around them.
 */
final class ThemedTables implements NodeRenderer {

    /** Registered before the tables extension's renderer, so its TableBlock handler wins. */
    static final class Factory implements NodeRendererFactory {
        @Override
        public NodeRenderer apply(DataHolder options) {
            return new ThemedTables();
        }
    }

    @Override
    public Set<NodeRenderingHandler<?>> getNodeRenderingHandlers() {
        return Set.of(new NodeRenderingHandler<>(TableBlock.class, this::render));
    }

    private void render(TableBlock table, NodeRendererContext context, HtmlWriter html) {
        MarkdownRenderer.RenderContext render = table.getDocument().get(MarkdownRenderer.CONTEXT);
        if (render == null || render.tables() == null) {
            context.delegateRender();
            return;
        }
        String caption = "";
        for (Node child = table.getFirstChild(); child != null; child = child.getNext()) {
            if (child instanceof TableCaption) {
                NodeRendererContext text = context.getSubContext(false);
                text.renderChildren(child);
                caption = text.getHtmlWriter().toString(0, 0).strip();
            }
        }
        // The theme opens the table (and its caption), flexmark writes the rows, the theme closes
        // it.
        html.line();
        html.raw(render.tables().write(new TableMarkup.TableView(caption, true)));
        html.line();
        for (Node child = table.getFirstChild(); child != null; child = child.getNext()) {
            if (!(child instanceof TableCaption)) {
                context.render(child);
            }
        }
        html.raw(render.tables().write(new TableMarkup.TableView(caption, false)));
        html.line();
    }
}
