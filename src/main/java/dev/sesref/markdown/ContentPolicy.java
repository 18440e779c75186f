package dev.sesref.markdown;

import com.vladsch.flexmark.ast.AutoLink;
import com.vladsch.flexmark.ast.HtmlBlock;
import com.vladsch.flexmark.ast.HtmlInline;
import com.vladsch.flexmark.ast.LinkNodeBase;
import com.vladsch.flexmark.ast.Reference;
import com.vladsch.flexmark.util.ast.Node;
import dev.sesref.config.UrlPolicy;
import dev.sesref.content.MarkdownSource;
import dev.sesref.diag.Diagnostic;
import java.util.function.Consumer;
import java.util.regex.Pattern;

/**
 * What Markdown may put into the site, checked on the parsed text. Raw HTML: a few inert inline
 * tags without attributes ({@link #ALLOWED}) and HTML comments (left out of the output); any other
 * HTML, in a page, an FAQ answer, a definition or a table cell, is an error at its position, so no
 * content can bring script, styles, frames, objects, event handlers or its own links into the site.
 * Links and images: the URL, as a browser would read it, must pass {@link UrlPolicy}.
 */
final class ContentPolicy {
    /** The tags allowed, opening and closing, in any case, with no attributes. */
    static final String ALLOWED = "abbr, br, kbd, small, sub, sup, wbr";

    private static final Pattern INERT =
            Pattern.compile(
                    "</?(?:abbr|br|kbd|small|sub|sup|wbr)\\s*/?>", Pattern.CASE_INSENSITIVE);

    private ContentPolicy() {}

    /** Reports every HTML block, inline tag and link URL the policy does not allow. */
    static void check(Node document, MarkdownSource source, Consumer<Diagnostic> sink) {
        for (Node n : document.getDescendants()) {
            String url =
                    n instanceof LinkNodeBase l
                            ? l.getUrl().unescape()
                            : n instanceof Reference r
                                    ? r.getUrl().unescape()
                                    : n instanceof AutoLink a ? a.getUrl().toString() : null;
            String refused = url == null ? null : UrlPolicy.problem(url);
            if (refused != null) {
                report(n, source, sink, refused);
            } else if (n instanceof HtmlBlock) {
                report(
                        n,
                        source,
                        sink,
                        "an HTML block is not allowed in content; write Markdown instead (inline, "
                                + "within text, only these tags without attributes: "
                                + ALLOWED
                                + ")");
            } else if (n instanceof HtmlInline && !INERT.matcher(n.getChars()).matches()) {
                report(
                        n,
                        source,
                        sink,
                        "HTML tag '"
                                + clip(n.getChars().toString())
                                + "' is not allowed in content; "
                                + "only these tags without attributes: "
                                + ALLOWED
                                + " (write links and emphasis in Markdown)");
            }
        }
    }

    private static void report(
            Node n, MarkdownSource source, Consumer<Diagnostic> sink, String message) {
        int offset = n.getStartOffset();
        sink.accept(
                Diagnostic.error(
                        source.path(), source.lineOf(offset), source.columnOf(offset), message));
    }

    private static String clip(String tag) {
        String oneLine = tag.replaceAll("\\s+", " ");
        return oneLine.length() <= 40 ? oneLine : oneLine.substring(0, 37) + "...";
    }
}
