package dev.sesref.markdown;

import com.vladsch.flexmark.html.IndependentLinkResolverFactory;
import com.vladsch.flexmark.html.LinkResolver;
import com.vladsch.flexmark.html.renderer.LinkResolverBasicContext;
import com.vladsch.flexmark.html.renderer.LinkStatus;
import com.vladsch.flexmark.html.renderer.ResolvedLink;
import com.vladsch.flexmark.util.ast.Node;
import dev.sesref.config.UrlPolicy;
import dev.sesref.diag.Diagnostic;
import java.util.function.Consumer;

/**
 * Rewrites each Markdown link through the page's {@link LinkTargets}, reporting broken ones at
 * their position.
 */
final class SiteLinkResolver implements LinkResolver {
    private final MarkdownRenderer.RenderContext ctx;

    SiteLinkResolver(MarkdownRenderer.RenderContext ctx) {
        this.ctx = ctx;
    }

    @Override
    public ResolvedLink resolveLink(
            Node node, LinkResolverBasicContext context, ResolvedLink link) {
        if (ctx == null) {
            return link;
        }
        String url = link.getUrl();
        int offset = node.getStartOffset();
        Consumer<String> problem =
                message ->
                        ctx.sink()
                                .accept(
                                        Diagnostic.error(
                                                ctx.source().path(),
                                                ctx.source().lineOf(offset),
                                                ctx.source().columnOf(offset),
                                                message));
        if (UrlPolicy.problem(url) != null) {
            return link.withStatus(LinkStatus.NOT_FOUND)
                    .withUrl(""); // reported when parsed (ContentPolicy)
        }
        var resolved = ctx.links().resolve(ctx.fromUrl(), ctx.fromFile(), url, problem);
        return resolved.map(href -> link.withStatus(LinkStatus.VALID).withUrl(href))
                .orElse(link.withStatus(LinkStatus.NOT_FOUND));
    }

    /** Creates a resolver bound to the render context stored in the document. */
    static final class Factory extends IndependentLinkResolverFactory {
        @Override
        public LinkResolver apply(LinkResolverBasicContext context) {
            return new SiteLinkResolver(MarkdownRenderer.CONTEXT.get(context.getDocument()));
        }
    }
}
