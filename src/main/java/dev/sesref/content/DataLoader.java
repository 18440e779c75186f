package dev.sesref.content;

import dev.sesref.config.UrlPolicy;
import dev.sesref.diag.BuildFailedException;
import dev.sesref.diag.Diagnostic;
import dev.sesref.diag.SourceFile;
import dev.sesref.diag.SourceReader;
import dev.sesref.yaml.YamlFields;
import dev.sesref.yaml.YamlNode;
import dev.sesref.yaml.YamlReader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * Reads the YAML data files of {@code content/data/}: sources, FAQs, glossary and comparison
 * tables.
 */
final class DataLoader {
    static final String SOURCES = "sources.yml";
    static final String FAQS = "faqs.yml";
    static final String GLOSSARY = "glossary.yml";
    static final String COMPARISONS = "comparisons.yml";

    /** Data files that a later stage reads; listed so that unknown files can be reported. */
    static final String AUTHORITIES = "authorities.yml";

    static final String ALIASES = "citation-aliases.yml";
    static final String CHANGES = "changes.yml";
    static final String LEXICON = "lexicon.yml";
    static final Set<String> KNOWN =
            Set.of(SOURCES, FAQS, GLOSSARY, COMPARISONS, AUTHORITIES, ALIASES, CHANGES, LEXICON);
    private static final Set<String> LEXICON_KEYS = Set.of("words", "means");

    /**
     * A reader's word (lower-case letters, digits, apostrophes and inner hyphens or dots), or a
     * phrase of two or three such words ("let go").
     */
    private static final java.util.regex.Pattern WORD =
            java.util.regex.Pattern.compile(
                    "[\\p{Ll}\\p{N}]+(?:['.-][\\p{Ll}\\p{N}]+)*(?: [\\p{Ll}\\p{N}]+(?:['.-][\\p{Ll}\\p{N}]+)*){0,2}");

    private static final Set<String> CHANGE_KEYS =
            Set.of("id", "date", "title", "summary", "sources", "affects", "pages");
    private static final Set<String> AUTHORITY_KEYS = Set.of("id", "heading", "verified");
    private static final Set<String> ALIAS_KEYS = Set.of("name", "targets");

    private static final Set<String> SOURCE_KEYS =
            Set.of("id", "title", "publisher", "url", "date", "note", "offline", "archive");
    private static final Set<String> CATEGORY_KEYS = Set.of("id", "title", "questions");
    private static final Set<String> FAQ_KEYS = Set.of("id", "question", "answer", "sources");
    private static final Set<String> TERM_KEYS =
            Set.of("id", "term", "expansion", "definition", "see", "sources", "link");
    private static final Set<String> TABLE_KEYS =
            Set.of("id", "caption", "lead", "columns", "rows", "notes", "sources");
    private static final Set<String> ROW_KEYS = Set.of("header", "cells");

    private final Map<String, byte[]> files;
    private final Path shownDataDir;
    private final List<Diagnostic> sink;

    /**
     * Files that could not be read as a whole (a syntax error): references into them are not
     * checked.
     */
    private final Set<String> broken = new java.util.TreeSet<>();

    /** The lines of the file being read, to place the Markdown its values hold. */
    private List<String> currentLines = List.of();

    /**
     * @param files the bytes of each data file there is, by name
     */
    DataLoader(Map<String, byte[]> files, Path shownDataDir, List<Diagnostic> sink) {
        this.files = files;
        this.shownDataDir = shownDataDir;
        this.sink = sink;
    }

    List<Source> sources() {
        return read(SOURCES, "sources", "a source", SOURCE_KEYS, this::source);
    }

    private Optional<Source> source(YamlFields s) {
        String id = id(s);
        String title = s.requiredString("title");
        var date = s.date("date").orElse(null);
        String url = s.string("url").orElse("");
        String archive = s.string("archive").orElse("");
        boolean safe = true;
        for (String key : List.of("url", "archive")) {
            String problem = UrlPolicy.problem(key.equals("url") ? url : archive);
            if (problem != null) {
                s.error(key, problem);
                safe = false;
            }
        }
        boolean offline = s.bool("offline", false);
        if (offline && url.isEmpty()) {
            s.error(
                    "offline",
                    "'offline: true' says the 'url' no longer serves the document, but there is no 'url'");
        }
        return !safe || id == null || title == null
                ? Optional.empty()
                : Optional.of(
                        new Source(
                                id,
                                title,
                                s.string("publisher").orElse(""),
                                url,
                                date,
                                s.string("note").orElse(""),
                                offline,
                                archive));
    }

    List<FaqCategory> faqs() {
        return read(FAQS, "categories", "a FAQ category", CATEGORY_KEYS, this::category);
    }

    private Optional<FaqCategory> category(YamlFields c) {
        String id = id(c);
        String title = c.requiredString("title");
        List<Faq> questions =
                c.list(
                        "questions",
                        q ->
                                YamlFields.of(c.path(), q, "a FAQ entry", FAQ_KEYS, sink)
                                        .flatMap(this::faq));
        if (c.node("questions").isEmpty()) {
            c.error(
                    "questions",
                    "FAQ category '" + id + "' has no questions; add a 'questions:' list");
        }
        return id == null || title == null
                ? Optional.empty()
                : Optional.of(new FaqCategory(id, title, questions));
    }

    private Optional<Faq> faq(YamlFields q) {
        String id = id(q);
        String question = q.requiredString("question");
        Optional<MarkdownSource> answer = markdown(q, "answer", true);
        return id == null || question == null || answer.isEmpty()
                ? Optional.empty()
                : Optional.of(
                        new Faq(
                                id,
                                question,
                                answer.get(),
                                PageLoader.refs(q, "sources"),
                                q.mapping().line()));
    }

    List<GlossaryTerm> glossary() {
        return read(GLOSSARY, "terms", "a glossary term", TERM_KEYS, this::term);
    }

    private Optional<GlossaryTerm> term(YamlFields t) {
        String id = id(t);
        String term = t.requiredString("term");
        Optional<MarkdownSource> definition = markdown(t, "definition", true);
        return id == null || term == null || definition.isEmpty()
                ? Optional.empty()
                : Optional.of(
                        new GlossaryTerm(
                                id,
                                term,
                                t.string("expansion").orElse(""),
                                definition.get(),
                                PageLoader.refs(t, "see"),
                                PageLoader.refs(t, "sources"),
                                t.bool("link", true)));
    }

    List<ComparisonTable> comparisons() {
        return read(COMPARISONS, "tables", "a comparison table", TABLE_KEYS, this::table);
    }

    private Optional<ComparisonTable> table(YamlFields t) {
        String id = id(t);
        String caption = t.requiredString("caption");
        List<String> columns = t.stringList("columns").stream().map(YamlNode.Scalar::text).toList();
        if (columns.size() < 2) {
            t.error(
                    "columns",
                    "a table needs at least two columns: the row-header column and one more");
            return Optional.empty();
        }
        int before = sink.size();
        List<TableRow> rows =
                t.list(
                        "rows",
                        r ->
                                YamlFields.of(t.path(), r, "a table row", ROW_KEYS, sink)
                                        .flatMap(row -> row(row, columns)));
        MarkdownSource lead = markdown(t, "lead", false).orElse(MarkdownSource.empty(t.path()));
        MarkdownSource notes = markdown(t, "notes", false).orElse(MarkdownSource.empty(t.path()));
        if (id == null || caption == null || sink.size() > before) {
            return Optional.empty();
        }
        return Optional.of(
                new ComparisonTable(
                        id, caption, lead, columns, rows, notes, PageLoader.refs(t, "sources")));
    }

    private Optional<TableRow> row(YamlFields row, List<String> columns) {
        String header = row.requiredString("header");
        List<MarkdownSource> cells =
                row.stringList("cells").stream()
                        .map(c -> source(row.path(), c.text(), c.line(), c.column()))
                        .toList();
        if (cells.size() != columns.size() - 1) {
            row.error(
                    "cells",
                    "this row has "
                            + cells.size()
                            + " cells but the table has "
                            + (columns.size() - 1)
                            + " columns after the header column ("
                            + String.join(", ", columns.subList(1, columns.size()))
                            + "); add or remove cells");
            return Optional.empty();
        }
        int[] at = row.position("header");
        return header == null
                ? Optional.empty()
                : Optional.of(new TableRow(source(row.path(), header, at[0], at[1]), cells));
    }

    List<AuthorityNote> authorities() {
        return read(AUTHORITIES, "authorities", "an authority", AUTHORITY_KEYS, this::authority);
    }

    private Optional<AuthorityNote> authority(YamlFields a) {
        String id = a.requiredString("id");
        // No heading (or an empty one): catalogued, but nobody has read the official heading yet.
        String heading = a.string("heading").orElse("");
        boolean verified = a.bool("verified", false);
        if (verified && heading.isBlank()) {
            a.error(
                    "verified",
                    "'verified: true' needs the official 'heading' that was read; add it, or set "
                            + "verified: false");
        }
        int[] at = a.position("id");
        return id == null || (verified && heading.isBlank())
                ? Optional.empty()
                : Optional.of(new AuthorityNote(new Ref(id, at[0], at[1]), heading, verified));
    }

    /** The lexicon; a word listed by two entries is an error at the second. */
    List<LexiconEntry> lexicon() {
        List<LexiconEntry> entries =
                read(LEXICON, "entries", "a lexicon entry", LEXICON_KEYS, this::lexiconEntry);
        Map<String, Integer> seen = new java.util.HashMap<>();
        for (LexiconEntry e : entries) {
            for (String w : e.words()) {
                Integer first = seen.putIfAbsent(w, e.line());
                if (first != null && first != e.line()) {
                    sink.add(
                            Diagnostic.error(
                                    e.file(),
                                    e.line(),
                                    e.column(),
                                    "'"
                                            + w
                                            + "' is already listed by the entry at line "
                                            + first
                                            + "; a word can mean one thing only: merge the two"
                                            + " entries or drop one"));
                }
            }
        }
        return entries;
    }

    private Optional<LexiconEntry> lexiconEntry(YamlFields e) {
        List<String> words = new ArrayList<>();
        List<YamlNode.Scalar> typed = e.stringList("words");
        for (YamlNode.Scalar w : typed) {
            if (WORD.matcher(w.text()).matches()) {
                words.add(w.text());
            } else {
                e.errorAt(
                        w,
                        "'"
                                + w.text()
                                + "' is not one lower-case word or a phrase of two or three; write"
                                + " each word or phrase readers type as its own item, in lower case");
            }
        }
        List<String> means =
                e.stringList("means").stream()
                        .map(YamlNode.Scalar::text)
                        .map(String::strip)
                        .toList();
        if (typed.isEmpty() || means.isEmpty() || means.stream().anyMatch(String::isEmpty)) {
            e.error(
                    typed.isEmpty() ? "words" : "means",
                    "a lexicon entry needs 'words: [...]' (what readers type) and 'means: [...]'"
                            + " (the site's words for it), e.g. words: [paid, salary], means: [pay]");
            return Optional.empty();
        }
        if (words.isEmpty()) {
            return Optional.empty(); // each rejected word was reported
        }
        int[] at = e.position("words");
        return Optional.of(new LexiconEntry(words, means, e.path(), at[0], at[1]));
    }

    List<AliasNote> aliases() {
        return read(ALIASES, "aliases", "a citation alias", ALIAS_KEYS, this::alias);
    }

    private Optional<AliasNote> alias(YamlFields a) {
        String name = a.requiredString("name");
        List<Ref> targets = PageLoader.refs(a, "targets");
        if (name != null && targets.isEmpty()) {
            a.error("targets", "alias '" + name + "' needs 'targets: [id, ...]', e.g. [pl/95/454]");
            return Optional.empty();
        }
        return name == null ? Optional.empty() : Optional.of(new AliasNote(name, targets));
    }

    List<LegalChange> legalChanges() {
        return read(CHANGES, "changes", "a change", CHANGE_KEYS, this::change);
    }

    private Optional<LegalChange> change(YamlFields c) {
        String id = id(c);
        java.time.LocalDate date = c.requiredDate("date");
        String title = c.requiredString("title");
        Optional<MarkdownSource> summary = markdown(c, "summary", true);
        List<Ref> affects = PageLoader.refs(c, "affects");
        if (title != null && affects.isEmpty() && c.node("affects").isEmpty()) {
            c.error(
                    "affects",
                    "change '"
                            + id
                            + "' names no citation it affects; add 'affects: [cfr/5/430, ...]'");
        }
        return id == null || date == null || title == null || summary.isEmpty()
                ? Optional.empty()
                : Optional.of(
                        new LegalChange(
                                id,
                                date,
                                title,
                                summary.get(),
                                PageLoader.refs(c, "sources"),
                                affects,
                                PageLoader.refs(c, "pages"),
                                c.mapping().line()));
    }

    private String id(YamlFields f) {
        String id = f.requiredString("id");
        if (id != null && !Ids.valid(id)) {
            f.error(
                    "id",
                    "id '"
                            + id
                            + "' must be lower-case letters, digits and hyphens; try '"
                            + Ids.slug(id)
                            + "'");
            return null;
        }
        return id;
    }

    private Optional<MarkdownSource> markdown(YamlFields f, String key, boolean required) {
        Optional<String> text =
                required ? Optional.ofNullable(f.requiredString(key)) : f.string(key);
        return text.map(
                s -> {
                    int[] at = f.position(key);
                    return source(f.path(), s, at[0], at[1]);
                });
    }

    /**
     * Markdown held by the YAML value at {@code line:column} of the file being read, placed so that
     * its positions map back to the file: a block scalar ({@code |} or {@code >}) starts on the
     * next line, indented as its first line; a quoted value starts after its quote.
     */
    private MarkdownSource source(Path path, String text, int line, int column) {
        String first = lineOf(line);
        char c = column >= 1 && column <= first.length() ? first.charAt(column - 1) : ' ';
        if (c == '|' || c == '>') {
            String content = lineOf(line + 1);
            int indent = content.length() - content.stripLeading().length();
            return new MarkdownSource(path, text, line + 1, indent);
        }
        return new MarkdownSource(
                path, text, line, Math.max(0, column - 1) + (c == '"' || c == '\'' ? 1 : 0));
    }

    /** Line {@code n} (1-based) of the file being read, "" past its end. */
    private String lineOf(int n) {
        return n >= 1 && n <= currentLines.size() ? currentLines.get(n - 1) : "";
    }

    /**
     * Each entry of the list {@code listKey} of data file {@code name}, read by {@code item} from
     * its checked keys.
     */
    private <T> List<T> read(
            String name,
            String listKey,
            String what,
            Set<String> keys,
            Function<YamlFields, Optional<T>> item) {
        byte[] bytes = files.get(name);
        if (bytes == null) {
            return List.of();
        }
        try {
            SourceFile src = SourceReader.of(bytes, shownDataDir.resolve(name));
            currentLines = src.text().lines().toList();
            YamlNode root = YamlReader.parse(src.path(), src.text(), 0);
            return YamlFields.of(src.path(), root, name, Set.of(listKey), sink)
                    .map(
                            f ->
                                    f.list(
                                            listKey,
                                            n ->
                                                    YamlFields.of(src.path(), n, what, keys, sink)
                                                            .flatMap(item)))
                    .orElse(List.of());
        } catch (BuildFailedException e) {
            sink.addAll(e.diagnostics());
            broken.add(name);
            return List.of();
        }
    }

    /** The data files that could not be read as a whole, after every list was read. */
    Set<String> broken() {
        return Set.copyOf(broken);
    }
}
