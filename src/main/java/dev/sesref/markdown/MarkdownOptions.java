package dev.sesref.markdown;

import com.vladsch.flexmark.ext.definition.DefinitionExtension;
import com.vladsch.flexmark.ext.footnotes.FootnoteExtension;
import com.vladsch.flexmark.ext.gfm.strikethrough.StrikethroughExtension;
import com.vladsch.flexmark.ext.tables.TablesExtension;
import com.vladsch.flexmark.ext.typographic.TypographicExtension;
import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.data.DataHolder;
import com.vladsch.flexmark.util.data.MutableDataSet;
import java.util.List;

/** Every flexmark option sesref uses, in one place. */
public final class MarkdownOptions {
    private MarkdownOptions() {}

    public static DataHolder options() {
        MutableDataSet o = new MutableDataSet();
        o.set(
                Parser.EXTENSIONS,
                List.of(
                        TablesExtension.create(),
                        FootnoteExtension.create(),
                        DefinitionExtension.create(),
                        TypographicExtension.create(),
                        StrikethroughExtension.create()));
        // GFM tables: `|-|-|` is a
        // valid separator, a `[caption]` line under the table becomes <caption>.
        o.set(TablesExtension.MIN_SEPARATOR_DASHES, 1);
        o.set(TablesExtension.WITH_CAPTION, true);
        o.set(TablesExtension.COLUMN_SPANS, false);
        o.set(TablesExtension.APPEND_MISSING_COLUMNS, true);
        o.set(TablesExtension.DISCARD_EXTRA_COLUMNS, true);
        o.set(TablesExtension.HEADER_SEPARATOR_COLUMN_MATCH, true);
        // Heading ids: generated, rendered once, duplicates made unique with a numeric suffix.
        o.set(HtmlRenderer.GENERATE_HEADER_ID, true);
        o.set(HtmlRenderer.RENDER_HEADER_ID, true);
        o.set(HtmlRenderer.HEADER_ID_GENERATOR_RESOLVE_DUPES, true);
        o.set(HtmlRenderer.HEADER_ID_GENERATOR_TO_DASH_CHARS, " -_");
        o.set(HtmlRenderer.HEADER_ID_GENERATOR_NO_DUPED_DASHES, true);
        o.set(HtmlRenderer.SOFT_BREAK, "\n");
        // Editors' HTML comments stay in the source; other raw HTML is refused (ContentPolicy).
        o.set(HtmlRenderer.SUPPRESS_HTML_COMMENT_BLOCKS, true);
        o.set(HtmlRenderer.SUPPRESS_INLINE_HTML_COMMENTS, true);
        o.set(FootnoteExtension.FOOTNOTE_BACK_LINK_REF_CLASS, "footnote-backref");
        return o.toImmutable();
    }
}
