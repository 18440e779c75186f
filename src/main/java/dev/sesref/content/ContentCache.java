package dev.sesref.content;

import dev.sesref.diag.Diagnostic;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * What earlier loads read, so that a rebuild (serve) parses only the files that changed. A file
 * whose modification time and size are unchanged is not read again; otherwise its bytes are
 * compared, so a touch without a change costs a read but no parse.
 */
public final class ContentCache {
    /**
     * One page file: its time stamp, size and bytes, what they gave, and the problems found in
     * them.
     */
    record PageEntry(
            java.nio.file.attribute.FileTime modified,
            long size,
            byte[] bytes,
            Optional<Page> page,
            List<Diagnostic> diagnostics) {}

    /** The data files (name → bytes, absent files left out) and what they gave. */
    record DataEntry(Map<String, byte[]> files, Data data, List<Diagnostic> diagnostics) {}

    /**
     * Everything the data files hold, which of them there are, and which could not be read as a
     * whole.
     */
    record Data(
            List<Source> sources,
            List<FaqCategory> faqs,
            List<GlossaryTerm> glossary,
            List<ComparisonTable> tables,
            List<AuthorityNote> authorities,
            List<AliasNote> aliases,
            List<LegalChange> legalChanges,
            List<LexiconEntry> lexicon,
            java.util.Set<String> files,
            java.util.Set<String> broken) {}

    final Map<String, PageEntry> pages = new ConcurrentHashMap<>();
    volatile DataEntry data;
}
