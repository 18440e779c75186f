package dev.sesref.markdown;

import com.vladsch.flexmark.ast.Paragraph;
import com.vladsch.flexmark.ext.tables.TablesExtension;
import com.vladsch.flexmark.ext.tables.internal.TableParagraphPreProcessor;
import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.parser.block.ParagraphPreProcessor;
import com.vladsch.flexmark.parser.block.ParagraphPreProcessorFactory;
import com.vladsch.flexmark.parser.block.ParserState;
import com.vladsch.flexmark.util.data.MutableDataHolder;
import com.vladsch.flexmark.util.sequence.BasedSequence;
import java.util.Set;

/**
 * flexmark's tables extension, with its paragraph pre-processor asked only about paragraphs that
 * contain a {@code |}. The pre-processor gives up on a paragraph whose first line has no pipe
 * before touching anything, but it compiles its separator regex for every document and scans each
 * paragraph through flexmark's character sequences; most paragraphs and most pages have no pipe at
 * all. Output is the same as with {@link TablesExtension} (checked by {@code PipeGatedTablesTest}).
 */
final class PipeGatedTables implements Parser.ParserExtension, HtmlRenderer.HtmlRendererExtension {
    private final TablesExtension tables = TablesExtension.create();

    static PipeGatedTables create() {
        return new PipeGatedTables();
    }

    @Override
    public void parserOptions(MutableDataHolder options) {
        tables.parserOptions(options);
    }

    @Override
    public void rendererOptions(MutableDataHolder options) {
        tables.rendererOptions(options);
    }

    @Override
    public void extend(Parser.Builder builder) {
        builder.paragraphPreProcessorFactory(new Factory(TableParagraphPreProcessor.Factory()));
    }

    @Override
    public void extend(HtmlRenderer.Builder builder, String rendererType) {
        tables.extend(builder, rendererType);
    }

    /**
     * Whether a paragraph holds a pipe. Paragraphs come in document order, so the next pipe found
     * in the document string is remembered and a document is read about once in all.
     */
    static final class PipeFinder {
        private int searchedFrom = Integer.MAX_VALUE;
        private int next;

        boolean hasPipe(Paragraph block) {
            BasedSequence chars = block.getChars();
            if (!(chars.getBase() instanceof String base)) {
                return chars.indexOf('|') >= 0;
            }
            int start = chars.getStartOffset();
            if (start < searchedFrom || (next >= 0 && next < start)) {
                next = base.indexOf('|', start);
                searchedFrom = start;
            }
            return next >= 0 && next < chars.getEndOffset();
        }
    }

    /** Makes the real pre-processor for a document only when one of its paragraphs has a pipe. */
    private record Factory(ParagraphPreProcessorFactory real)
            implements ParagraphPreProcessorFactory {
        @Override
        public ParagraphPreProcessor apply(ParserState state) {
            ParagraphPreProcessor[] made = new ParagraphPreProcessor[1];
            PipeFinder pipes = new PipeFinder();
            return (block, st) -> {
                if (!pipes.hasPipe(block)) {
                    return 0;
                }
                if (made[0] == null) {
                    made[0] = real.apply(state);
                }
                return made[0].preProcessBlock(block, st);
            };
        }

        @Override
        public Set<Class<?>> getAfterDependents() {
            return real.getAfterDependents();
        }

        @Override
        public Set<Class<?>> getBeforeDependents() {
            return real.getBeforeDependents();
        }

        @Override
        public boolean affectsGlobalScope() {
            return real.affectsGlobalScope();
        }
    }
}
