package dev.sesref.markdown;

import com.vladsch.flexmark.ast.Heading;
import com.vladsch.flexmark.ast.Paragraph;
import com.vladsch.flexmark.html.AttributeProvider;
import com.vladsch.flexmark.html.IndependentAttributeProviderFactory;
import com.vladsch.flexmark.html.renderer.AttributablePart;
import com.vladsch.flexmark.html.renderer.LinkResolverContext;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.data.DataKey;
import com.vladsch.flexmark.util.html.MutableAttributes;

/**
 * Gives each top-level paragraph of a page body an id, so that it can be linked to: {@code
 * p-<heading id>-<n>} for the n-th paragraph under a heading, {@code p-<n>} before the first one.
 * Counting within a section keeps the ids of other sections stable when one is edited.
 */
final class ParagraphIds implements AttributeProvider {
    /** Set on a page body's document; data blocks (FAQ answers, definitions) get no ids. */
    static final DataKey<Boolean> ENABLED = new DataKey<>("SESREF_PARAGRAPH_IDS", false);

    @Override
    public void setAttributes(Node node, AttributablePart part, MutableAttributes attributes) {
        if (!(node instanceof Paragraph) || !(node.getParent() instanceof Document doc)) {
            return;
        }
        if (!ENABLED.get(doc) || part != AttributablePart.NODE) {
            return;
        }
        int n = 1;
        for (Node prev = node.getPrevious(); prev != null; prev = prev.getPrevious()) {
            if (prev instanceof Heading h) {
                attributes.replaceValue("id", "p-" + h.getAnchorRefId() + "-" + n);
                return;
            }
            if (prev instanceof Paragraph) {
                n++;
            }
        }
        attributes.replaceValue("id", "p-" + n);
    }

    /** Creates the provider for each render. */
    static final class Factory extends IndependentAttributeProviderFactory {
        @Override
        public AttributeProvider apply(LinkResolverContext context) {
            return new ParagraphIds();
        }
    }
}
