package dev.sesref.content;

import dev.sesref.diag.BuildFailedException;
import dev.sesref.diag.Diagnostic;
import dev.sesref.diag.SourceFile;
import dev.sesref.yaml.YamlFields;
import dev.sesref.yaml.YamlNode;
import dev.sesref.yaml.YamlReader;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** Turns one Markdown file into a {@link Page}, reporting every front-matter problem it finds. */
final class PageLoader {
    private static final Set<String> FIGURE_KEYS = Set.of("value", "label");
    private static final Set<String> CHANGE_KEYS = Set.of("date", "note");
    private static final int MAX_ORDER = 1_000_000;

    private PageLoader() {}

    static Optional<Page> load(SourceFile file, String relPath, List<Diagnostic> sink) {
        String url = SitePaths.urlOf(relPath);
        if (url == null) {
            sink.add(
                    Diagnostic.error(
                            file.path(),
                            0,
                            0,
                            "file name '"
                                    + relPath
                                    + "' cannot become a clean URL; "
                                    + "use lower-case letters, digits and hyphens (e.g. pay-and-performance.md)"));
            return Optional.empty();
        }
        try {
            FrontMatterSplitter.Parts parts = FrontMatterSplitter.split(file);
            YamlNode root = YamlReader.parse(file.path(), parts.yaml(), parts.yamlLine() - 1);
            return YamlFields.of(file.path(), root, "front matter", FrontMatter.KEYS, sink)
                    .flatMap(f -> frontMatter(f, sink))
                    .map(
                            fm ->
                                    new Page(
                                            file.path(),
                                            relPath,
                                            url,
                                            fm,
                                            new MarkdownSource(
                                                    file.path(),
                                                    parts.body(),
                                                    parts.bodyLine(),
                                                    0)));
        } catch (BuildFailedException e) {
            sink.addAll(e.diagnostics());
            return Optional.empty();
        }
    }

    private static Optional<FrontMatter> frontMatter(YamlFields f, List<Diagnostic> sink) {
        int before = sink.size();
        String title = f.requiredString("title");
        String description = f.requiredString("description");
        LocalDate updated = f.requiredDate("updated");
        int[] reviewedAt = f.position("reviewed");
        DateRef reviewed =
                f.date("reviewed")
                        .map(d -> new DateRef(d, reviewedAt[0], reviewedAt[1]))
                        .orElse(null);
        Ref layout =
                f.node("layout")
                        .map(n -> ref(f, "layout", n))
                        .orElse(
                                new Ref(
                                        FrontMatter.DEFAULT_LAYOUT,
                                        f.mapping().line(),
                                        f.mapping().column()));
        int order = f.integer("order", -MAX_ORDER, MAX_ORDER).orElse(0);
        List<Figure> figures =
                f.list(
                        "figures",
                        n ->
                                YamlFields.of(f.path(), n, "a figure", FIGURE_KEYS, sink)
                                        .flatMap(
                                                g ->
                                                        both(
                                                                        g.requiredString("value"),
                                                                        g.requiredString("label"))
                                                                .map(v -> new Figure(v[0], v[1]))));
        List<Change> changes =
                f.list(
                        "changes",
                        n ->
                                YamlFields.of(f.path(), n, "a change entry", CHANGE_KEYS, sink)
                                        .flatMap(
                                                g -> {
                                                    LocalDate date = g.requiredDate("date");
                                                    String note = g.requiredString("note");
                                                    return date == null || note == null
                                                            ? Optional.empty()
                                                            : Optional.of(new Change(date, note));
                                                }));
        List<Ref> sources = refs(f, "sources");
        List<Ref> related = refs(f, "related");
        List<Ref> tables = refs(f, "tables");
        if (sink.size() > before || title == null || description == null || updated == null) {
            return Optional.empty();
        }
        return Optional.of(
                new FrontMatter(
                        title,
                        description,
                        updated,
                        reviewed,
                        sources,
                        related,
                        layout,
                        order,
                        tables,
                        figures,
                        changes,
                        f.bool("glossaryLinks", true),
                        f.node("category")
                                .flatMap(
                                        n ->
                                                f.string("category")
                                                        .map(v -> new Ref(v, n.line(), n.column())))
                                .orElse(null)));
    }

    private static Ref ref(YamlFields f, String key, YamlNode n) {
        String value = f.string(key).orElse(FrontMatter.DEFAULT_LAYOUT);
        return new Ref(value, n.line(), n.column());
    }

    static List<Ref> refs(YamlFields f, String key) {
        return f.stringList(key).stream()
                .map(s -> new Ref(s.text(), s.line(), s.column()))
                .toList();
    }

    private static Optional<String[]> both(String a, String b) {
        return a == null || b == null ? Optional.empty() : Optional.of(new String[] {a, b});
    }
}
