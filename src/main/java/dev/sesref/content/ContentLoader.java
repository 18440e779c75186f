package dev.sesref.content;

import dev.sesref.diag.BuildFailedException;
import dev.sesref.diag.Diagnostic;
import dev.sesref.diag.SourceReader;
import dev.sesref.diag.SourceTree;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** Loads every page and data file below a content directory, then cross-checks the references. */
public final class ContentLoader {
    public static final String DATA_DIR = "data";

    private final Path contentDir;
    private final Path shownDir;
    private final ContentCache cache;

    /**
     * @param contentDir where to read
     * @param shownDir how that directory is named in diagnostics (usually as given on the command
     *     line)
     */
    public ContentLoader(Path contentDir, Path shownDir) {
        this(contentDir, shownDir, new ContentCache());
    }

    /**
     * A loader that reuses (and fills) {@code cache}: files whose bytes did not change are not
     * parsed again.
     */
    public ContentLoader(Path contentDir, Path shownDir, ContentCache cache) {
        this.contentDir = contentDir;
        this.shownDir = shownDir;
        this.cache = cache;
    }

    /** Loads and validates; every problem of every file is reported together. */
    public Content load() throws BuildFailedException {
        List<Diagnostic> sink = Collections.synchronizedList(new ArrayList<>());
        SourceTree tree =
                SourceTree.open(
                        contentDir,
                        shownDir,
                        "content directory not found; pass --content DIR or run from the project folder");
        Listing listing = list(tree, sink);
        // A set: retainAll asks the argument about every cached key (a list made this N² in serve).
        cache.pages.keySet().retainAll(new HashSet<>(listing.markdown()));
        List<Page> pages =
                listing.markdown().parallelStream()
                        .map(rel -> cachedPage(tree, rel, sink))
                        .flatMap(Optional::stream)
                        .toList();
        ContentCache.Data data = data(tree, sink);
        Content content =
                new Content(
                        pages,
                        data.sources(),
                        data.faqs(),
                        data.glossary(),
                        data.tables(),
                        data.authorities(),
                        data.aliases(),
                        data.legalChanges(),
                        data.lexicon(),
                        listing.assets());
        new ContentValidator(content, data.files(), data.broken(), shownDir.resolve(DATA_DIR), sink)
                .validate();
        if (sink.stream().anyMatch(Diagnostic::isError)) {
            throw new BuildFailedException(sink);
        }
        return content;
    }

    /** The page of a file, parsed again only when its bytes differ from the cached ones. */
    private Optional<Page> cachedPage(SourceTree tree, String rel, List<Diagnostic> sink) {
        ContentCache.PageEntry entry = cache.pages.get(rel);
        try {
            Path path = tree.checkText(rel);
            var attrs =
                    Files.readAttributes(path, java.nio.file.attribute.BasicFileAttributes.class);
            if (entry == null
                    || !entry.modified().equals(attrs.lastModifiedTime())
                    || entry.size() != attrs.size()) {
                byte[] bytes = tree.read(path, rel);
                if (entry == null || !java.util.Arrays.equals(entry.bytes(), bytes)) {
                    List<Diagnostic> own = new ArrayList<>();
                    Optional<Page> page = loadPage(rel, bytes, own);
                    entry =
                            new ContentCache.PageEntry(
                                    attrs.lastModifiedTime(),
                                    attrs.size(),
                                    bytes,
                                    page,
                                    List.copyOf(own));
                } else {
                    entry =
                            new ContentCache.PageEntry(
                                    attrs.lastModifiedTime(),
                                    attrs.size(),
                                    bytes,
                                    entry.page(),
                                    entry.diagnostics());
                }
                cache.pages.put(rel, entry);
            }
        } catch (BuildFailedException e) {
            cache.pages.remove(rel);
            sink.addAll(e.diagnostics());
            return Optional.empty();
        } catch (IOException e) {
            cache.pages.remove(rel);
            sink.add(
                    Diagnostic.error(tree.shown(rel), 0, 0, "cannot read file: " + e.getMessage()));
            return Optional.empty();
        }
        sink.addAll(entry.diagnostics());
        return entry.page();
    }

    /** The data files' content, read again only when one of their bytes changed. */
    private ContentCache.Data data(SourceTree tree, List<Diagnostic> sink) {
        java.util.Map<String, byte[]> files = new java.util.TreeMap<>();
        List<Diagnostic> unreadable = new ArrayList<>();
        for (String name : DataLoader.KNOWN) {
            String rel = DATA_DIR + "/" + name;
            if (tree.exists(rel)) {
                try {
                    files.put(name, tree.read(rel));
                } catch (BuildFailedException e) {
                    unreadable.addAll(e.diagnostics());
                }
            }
        }
        ContentCache.DataEntry entry = cache.data;
        if (entry == null || !sameBytes(entry.files(), files) || !unreadable.isEmpty()) {
            List<Diagnostic> own = new ArrayList<>(unreadable);
            DataLoader d = new DataLoader(files, shownDir.resolve(DATA_DIR), own);
            ContentCache.Data data =
                    new ContentCache.Data(
                            d.sources(),
                            d.faqs(),
                            d.glossary(),
                            d.comparisons(),
                            d.authorities(),
                            d.aliases(),
                            d.legalChanges(),
                            d.lexicon(),
                            Set.copyOf(files.keySet()),
                            d.broken());
            entry = new ContentCache.DataEntry(files, data, List.copyOf(own));
            cache.data = unreadable.isEmpty() ? entry : null;
        }
        sink.addAll(entry.diagnostics());
        return entry.data();
    }

    private static boolean sameBytes(
            java.util.Map<String, byte[]> a, java.util.Map<String, byte[]> b) {
        return a.keySet().equals(b.keySet())
                && a.entrySet().stream()
                        .allMatch(e -> java.util.Arrays.equals(e.getValue(), b.get(e.getKey())));
    }

    /** The page of a file's bytes. */
    private Optional<Page> loadPage(String rel, byte[] bytes, List<Diagnostic> sink) {
        try {
            return PageLoader.load(SourceReader.of(bytes, shownDir.resolve(rel)), rel, sink);
        } catch (BuildFailedException e) {
            sink.addAll(e.diagnostics());
            return Optional.empty();
        }
    }

    private record Listing(List<String> markdown, List<String> assets) {}

    private Listing list(SourceTree tree, List<Diagnostic> sink) throws BuildFailedException {
        List<String> markdown = new ArrayList<>();
        List<String> assets = new ArrayList<>();
        for (String rel : tree.list("", sink)) {
            if (rel.equals("site.yml")) {
                continue;
            }
            if (rel.startsWith(DATA_DIR + "/")) {
                String name = rel.substring(DATA_DIR.length() + 1);
                if (!DataLoader.KNOWN.contains(name)) {
                    sink.add(
                            Diagnostic.warning(
                                    shownDir.resolve(rel),
                                    0,
                                    0,
                                    "data file '"
                                            + name
                                            + "' is not used; known data files: "
                                            + String.join(
                                                    ", ",
                                                    DataLoader.KNOWN.stream().sorted().toList())));
                }
            } else if (rel.endsWith(".md")) {
                markdown.add(rel);
            } else {
                assets.add(rel);
            }
        }
        return new Listing(markdown, assets);
    }
}
