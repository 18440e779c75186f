package dev.sesref.markdown;

import com.vladsch.flexmark.ast.AutoLink;
import com.vladsch.flexmark.ast.Code;
import com.vladsch.flexmark.ast.FencedCodeBlock;
import com.vladsch.flexmark.ast.HtmlBlock;
import com.vladsch.flexmark.ast.HtmlInline;
import com.vladsch.flexmark.ast.Image;
import com.vladsch.flexmark.ast.ImageRef;
import com.vladsch.flexmark.ast.IndentedCodeBlock;
import com.vladsch.flexmark.ast.Link;
import com.vladsch.flexmark.ast.LinkRef;
import com.vladsch.flexmark.ast.MailLink;
import java.util.Set;

/**
 * The Markdown nodes whose text is not prose to link in: links, images, code and raw HTML (which
 * citations are once linked). Citation and glossary linking skip them and their children.
 */
public final class NotProse {
    private NotProse() {}

    public static final Set<Class<?>> NODES =
            Set.of(
                    Link.class,
                    LinkRef.class,
                    Image.class,
                    ImageRef.class,
                    AutoLink.class,
                    MailLink.class,
                    Code.class,
                    FencedCodeBlock.class,
                    IndentedCodeBlock.class,
                    HtmlBlock.class,
                    HtmlInline.class);
}
