package dev.sesref.markdown;

import com.vladsch.flexmark.ext.tables.TableCell;
import com.vladsch.flexmark.html.AttributeProvider;
import com.vladsch.flexmark.html.IndependentAttributeProviderFactory;
import com.vladsch.flexmark.html.renderer.AttributablePart;
import com.vladsch.flexmark.html.renderer.LinkResolverContext;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.html.MutableAttributes;

/**
 * Gives header cells of Markdown tables {@code scope="col"}, so screen readers announce them, and
 * turns the obsolete {@code align} attribute into an {@code align-*} class the theme styles.
 */
final class TableAttributes implements AttributeProvider {

    @Override
    public void setAttributes(Node node, AttributablePart part, MutableAttributes attributes) {
        if (!(node instanceof TableCell cell)) {
            return;
        }
        if (cell.isHeader()) {
            attributes.replaceValue("scope", "col");
        }
        var align = attributes.get("align");
        if (align != null) {
            attributes.remove("align");
            attributes.addValue("class", "align-" + align.getValue());
        }
    }

    /** Creates the provider for each render. */
    static final class Factory extends IndependentAttributeProviderFactory {
        @Override
        public AttributeProvider apply(LinkResolverContext context) {
            return new TableAttributes();
        }
    }
}
