package dev.sesref.content;

import dev.sesref.diag.Diagnostic;
import dev.sesref.diag.Suggest;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.function.ToIntFunction;
import java.util.stream.Collectors;

/**
 * Cross-checks loaded content: unique URLs and ids, and every reference pointing at something real.
 */
final class ContentValidator {
    /** Site paths the generator writes itself; a page may not take them. */
    static final Set<String> RESERVED =
            Set.of("/assets/", "/citations/", "/search/", "/whats-new/");

    private final Content content;
    private final Set<String> dataFiles;
    private final Set<String> broken;
    private final Path shownDataDir;
    private final List<Diagnostic> sink;

    /**
     * References into a data file that does not exist, by file name: how many, and the first one.
     */
    private final Map<String, Missing> missing = new java.util.TreeMap<>();

    private record Missing(int count, Path file, Ref first) {}

    /**
     * @param dataFiles the names of the data files there are (e.g. sources.yml)
     * @param broken those that could not be read as a whole (their own error says why)
     * @param shownDataDir how the data folder is named in diagnostics
     */
    ContentValidator(
            Content content,
            Set<String> dataFiles,
            Set<String> broken,
            Path shownDataDir,
            List<Diagnostic> sink) {
        this.content = content;
        this.dataFiles = dataFiles;
        this.broken = broken;
        this.shownDataDir = shownDataDir;
        this.sink = sink;
    }

    void validate() {
        uniqueUrls();
        Set<String> sourceIds = unique(content.sources(), Source::id, s -> null, s -> 0, "source");
        Set<String> urls = content.pages().stream().map(Page::url).collect(Collectors.toSet());
        Set<String> tableIds =
                unique(
                        content.tables(),
                        ComparisonTable::id,
                        t -> t.lead().path(),
                        t -> t.lead().line(),
                        "table");
        Set<String> termIds =
                unique(
                        content.glossary(),
                        GlossaryTerm::id,
                        t -> t.definition().path(),
                        t -> t.definition().line(),
                        "glossary term");
        unique(content.faqs(), Faq::id, f -> f.answer().path(), Faq::line, "FAQ");
        Set<String> categoryIds =
                unique(content.faqCategories(), FaqCategory::id, c -> null, c -> 0, "FAQ category");
        faqPages(categoryIds);
        for (Page p : content.pages()) {
            refs(p.file(), p.meta().sources(), sourceIds, "source", "data/sources.yml");
            refs(p.file(), p.meta().tables(), tableIds, "comparison table", "data/comparisons.yml");
            List<Ref> related =
                    p.meta().related().stream()
                            .map(
                                    r ->
                                            new Ref(
                                                    SitePaths.normalizePage(r.value()),
                                                    r.line(),
                                                    r.column()))
                            .toList();
            refs(p.file(), related, urls, "page", "the content folder");
        }
        for (Faq f : content.faqs()) {
            refs(f.answer().path(), f.sources(), sourceIds, "source", "data/sources.yml");
        }
        for (GlossaryTerm t : content.glossary()) {
            refs(t.definition().path(), t.sources(), sourceIds, "source", "data/sources.yml");
            refs(t.definition().path(), t.see(), termIds, "glossary term", "data/glossary.yml");
        }
        for (ComparisonTable t : content.tables()) {
            refs(t.lead().path(), t.sources(), sourceIds, "source", "data/sources.yml");
        }
        unique(
                content.legalChanges(),
                LegalChange::id,
                c -> c.summary().path(),
                LegalChange::line,
                "change");
        for (LegalChange c : content.legalChanges()) {
            refs(c.summary().path(), c.sources(), sourceIds, "source", "data/sources.yml");
            List<Ref> pages =
                    c.pages().stream()
                            .map(
                                    r ->
                                            new Ref(
                                                    SitePaths.normalizePage(r.value()),
                                                    r.line(),
                                                    r.column()))
                            .toList();
            refs(c.summary().path(), pages, urls, "page", "the content folder");
        }
        missing.forEach(
                (name, m) ->
                        sink.add(
                                Diagnostic.error(
                                        shownDataDir.resolve(name),
                                        0,
                                        0,
                                        "file not found, but "
                                                + m.count()
                                                + " reference(s) need it, the first at "
                                                + slash(m.file())
                                                + ":"
                                                + m.first().line()
                                                + ":"
                                                + m.first().column()
                                                + " ('"
                                                + m.first().value()
                                                + "'); create it (see README, Content format)")));
    }

    private void uniqueUrls() {
        Map<String, Page> seen = new HashMap<>();
        for (Page p : content.pages()) {
            Page first = seen.putIfAbsent(p.url(), p);
            if (first != null) {
                sink.add(
                        Diagnostic.error(
                                p.file(),
                                1,
                                1,
                                "URL path "
                                        + p.url()
                                        + " is also produced by "
                                        + slash(first.file())
                                        + "; rename or remove one of the two files"));
            }
            if (RESERVED.contains(p.url())) {
                sink.add(
                        Diagnostic.error(
                                p.file(),
                                1,
                                1,
                                "URL path "
                                        + p.url()
                                        + " is reserved for the generator's own files; rename this file"));
            }
        }
    }

    private <T> Set<String> unique(
            List<T> items,
            Function<T, String> id,
            Function<T, Path> where,
            ToIntFunction<T> line,
            String what) {
        Map<String, T> seen = new HashMap<>();
        for (T item : items) {
            T first = seen.putIfAbsent(id.apply(item), item);
            if (first != null) {
                int firstLine = line.applyAsInt(first);
                sink.add(
                        Diagnostic.error(
                                where.apply(item),
                                line.applyAsInt(item),
                                0,
                                "duplicate "
                                        + what
                                        + " id '"
                                        + id.apply(item)
                                        + "'"
                                        + (firstLine > 0
                                                ? " (first used near line " + firstLine + ")"
                                                : "")
                                        + "; ids must be unique because they are link anchors"));
            }
        }
        return seen.keySet();
    }

    /** A page's {@code category}: on a {@code faq} page only, a known category, named once. */
    private void faqPages(Set<String> categoryIds) {
        Map<String, Page> byCategory = new java.util.HashMap<>();
        for (Page p : content.pages()) {
            Ref c = p.meta().category();
            if (c == null) {
                continue;
            }
            if (p.kind() != Layout.FAQ) {
                sink.add(
                        Diagnostic.error(
                                p.file(),
                                c.line(),
                                c.column(),
                                "'category' names the FAQ category a page with 'layout: faq' shows;"
                                        + " this page's layout is '"
                                        + p.layout()
                                        + "': remove 'category' or set 'layout: faq'"));
                continue;
            }
            refs(p.file(), List.of(c), categoryIds, "FAQ category", "data/faqs.yml");
            Page other = byCategory.putIfAbsent(c.value(), p);
            if (other != null) {
                sink.add(
                        Diagnostic.error(
                                p.file(),
                                c.line(),
                                c.column(),
                                "FAQ category '"
                                        + c.value()
                                        + "' is already shown by "
                                        + other.relPath()
                                        + "; a category has one page: remove 'category' from one"));
            }
        }
    }

    private void refs(Path file, List<Ref> refs, Set<String> known, String what, String where) {
        String dataFile = where.startsWith("data/") ? where.substring("data/".length()) : null;
        for (Ref r : refs) {
            if (dataFile != null && broken.contains(dataFile)) {
                continue; // the file's own error is reported; a list of what it would have defined
                // is noise
            }
            if (dataFile != null && !dataFiles.contains(dataFile)) {
                // One error for the missing file, not one for each reference into it.
                missing.merge(
                        dataFile,
                        new Missing(1, file, r),
                        (a, b) -> new Missing(a.count() + 1, a.file(), a.first()));
            } else if (!known.contains(r.value())) {
                sink.add(
                        Diagnostic.error(
                                file,
                                r.line(),
                                r.column(),
                                "unknown "
                                        + what
                                        + " '"
                                        + r.value()
                                        + "'"
                                        + Suggest.didYouMean(r.value(), known)
                                        + "; it must be defined in "
                                        + where));
            }
        }
    }

    private static String slash(Path p) {
        return p.toString().replace('\\', '/');
    }
}
