package dev.sesref.content;

import dev.sesref.diag.Diagnostic;
import dev.sesref.yaml.Suggest;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.function.ToIntFunction;
import java.util.stream.Collectors;

/** Cross-checks loaded content: unique URLs and ids, and every reference pointing at something real. */
final class ContentValidator {
    /** Site paths the generator writes itself; a page may not take them. */
    static final Set<String> RESERVED = Set.of("/assets/", "/citations/", "/search/", "/whats-new/");

    private final Content content;
    private final List<Diagnostic> sink;

    ContentValidator(Content content, List<Diagnostic> sink) {
        this.content = content;
        this.sink = sink;
    }

    void validate() {
        uniqueUrls();
        Set<String> sourceIds = unique(content.sources(), Source::id, s -> null, s -> 0, "source");
        Set<String> urls = content.pages().stream().map(Page::url).collect(Collectors.toSet());
        Set<String> tableIds = unique(content.tables(), ComparisonTable::id, t -> t.lead().path(),
                t -> t.lead().line(), "table");
        Set<String> termIds = unique(content.glossary(), GlossaryTerm::id, t -> t.definition().path(),
                t -> t.definition().line(), "glossary term");
        unique(content.faqs(), Faq::id, f -> f.answer().path(), Faq::line, "FAQ");
        unique(content.faqCategories(), FaqCategory::id, c -> null, c -> 0, "FAQ category");
        for (Page p : content.pages()) {
            refs(p.file(), p.meta().sources(), sourceIds, "source", "data/sources.yml");
            refs(p.file(), p.meta().tables(), tableIds, "comparison table", "data/comparisons.yml");
            List<Ref> related = p.meta().related().stream()
                    .map(r -> new Ref(SitePaths.normalizePage(r.value()), r.line(), r.column())).toList();
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
    }

    private void uniqueUrls() {
        Map<String, Page> seen = new HashMap<>();
        for (Page p : content.pages()) {
            Page first = seen.putIfAbsent(p.url(), p);
            if (first != null) {
                sink.add(Diagnostic.error(p.file(), 1, 1, "URL path " + p.url() + " is also produced by "
                        + slash(first.file()) + "; rename or remove one of the two files"));
            }
            if (RESERVED.contains(p.url())) {
                sink.add(Diagnostic.error(p.file(), 1, 1, "URL path " + p.url()
                        + " is reserved for the generator's own files; rename this file"));
            }
        }
    }

    private <T> Set<String> unique(List<T> items, Function<T, String> id, Function<T, Path> where,
                                   ToIntFunction<T> line, String what) {
        Map<String, T> seen = new HashMap<>();
        for (T item : items) {
            T first = seen.putIfAbsent(id.apply(item), item);
            if (first != null) {
                int firstLine = line.applyAsInt(first);
                sink.add(Diagnostic.error(where.apply(item), line.applyAsInt(item), 0, "duplicate " + what + " id '"
                        + id.apply(item) + "'" + (firstLine > 0 ? " (first used near line " + firstLine + ")" : "")
                        + "; ids must be unique because they are link anchors"));
            }
        }
        return seen.keySet();
    }

    private void refs(Path file, List<Ref> refs, Set<String> known, String what, String where) {
        for (Ref r : refs) {
            if (!known.contains(r.value())) {
                sink.add(Diagnostic.error(file, r.line(), r.column(), "unknown " + what + " '" + r.value() + "'"
                        + Suggest.didYouMean(r.value(), known) + "; it must be defined in " + where));
            }
        }
    }

    private static String slash(Path p) {
        return p.toString().replace('\\', '/');
    }
}
