package dev.sesref.content;

import dev.sesref.diag.BuildFailedException;
import dev.sesref.diag.Diagnostic;
import dev.sesref.diag.SourceReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/** Loads every page and data file below a content directory, then cross-checks the references. */
public final class ContentLoader {
    public static final String DATA_DIR = "data";

    private final Path contentDir;
    private final Path shownDir;
    private final ContentCache cache;

    /**
     * @param contentDir where to read
     * @param shownDir   how that directory is named in diagnostics (usually as given on the command line)
     */
    public ContentLoader(Path contentDir, Path shownDir) {
        this(contentDir, shownDir, new ContentCache());
    }

    /** A loader that reuses (and fills) {@code cache}: files whose bytes did not change are not parsed again. */
    public ContentLoader(Path contentDir, Path shownDir, ContentCache cache) {
        this.contentDir = contentDir;
        this.shownDir = shownDir;
        this.cache = cache;
    }

    /** Loads and validates; every problem of every file is reported together. */
    public Content load() throws BuildFailedException {
        List<Diagnostic> sink = Collections.synchronizedList(new ArrayList<>());
        Listing listing = list(sink);
        // A set: retainAll asks the argument about every cached key (a list made this N² in serve).
        cache.pages.keySet().retainAll(new HashSet<>(listing.markdown()));
        List<Page> pages = listing.markdown().parallelStream()
                .map(rel -> cachedPage(rel, sink))
                .flatMap(Optional::stream)
                .toList();
        ContentCache.Data data = data(sink);
        Content content = new Content(pages, data.sources(), data.faqs(), data.glossary(), data.tables(),
                data.authorities(), data.aliases(), listing.assets());
        new ContentValidator(content, sink).validate();
        if (sink.stream().anyMatch(Diagnostic::isError)) {
            throw new BuildFailedException(sink);
        }
        return content;
    }

    /** The page of a file, parsed again only when its bytes differ from the cached ones. */
    private Optional<Page> cachedPage(String rel, List<Diagnostic> sink) {
        Path path = contentDir.resolve(rel);
        ContentCache.PageEntry entry = cache.pages.get(rel);
        try {
            var attrs = Files.readAttributes(path, java.nio.file.attribute.BasicFileAttributes.class);
            if (entry == null || !entry.modified().equals(attrs.lastModifiedTime()) || entry.size() != attrs.size()) {
                byte[] bytes = Files.readAllBytes(path);
                if (entry == null || !java.util.Arrays.equals(entry.bytes(), bytes)) {
                    List<Diagnostic> own = new ArrayList<>();
                    Optional<Page> page = loadPage(rel, bytes, own);
                    entry = new ContentCache.PageEntry(attrs.lastModifiedTime(), attrs.size(), bytes, page,
                            List.copyOf(own));
                } else {
                    entry = new ContentCache.PageEntry(attrs.lastModifiedTime(), attrs.size(), bytes, entry.page(),
                            entry.diagnostics());
                }
                cache.pages.put(rel, entry);
            }
        } catch (IOException e) {
            cache.pages.remove(rel);
            return loadPage(rel, null, sink);
        }
        sink.addAll(entry.diagnostics());
        return entry.page();
    }

    /** The data files' content, read again only when one of their bytes changed. */
    private ContentCache.Data data(List<Diagnostic> sink) {
        Path dir = contentDir.resolve(DATA_DIR);
        java.util.Map<String, byte[]> files = new java.util.TreeMap<>();
        for (String name : DataLoader.KNOWN) {
            try {
                if (Files.isRegularFile(dir.resolve(name))) {
                    files.put(name, Files.readAllBytes(dir.resolve(name)));
                }
            } catch (IOException e) {
                files.put(name, new byte[] {-1});
            }
        }
        ContentCache.DataEntry entry = cache.data;
        if (entry == null || !sameBytes(entry.files(), files)) {
            List<Diagnostic> own = new ArrayList<>();
            DataLoader d = new DataLoader(dir, shownDir.resolve(DATA_DIR), own);
            ContentCache.Data data = new ContentCache.Data(d.sources(), d.faqs(), d.glossary(), d.comparisons(),
                    d.authorities(), d.aliases());
            entry = new ContentCache.DataEntry(files, data, List.copyOf(own));
            cache.data = entry;
        }
        sink.addAll(entry.diagnostics());
        return entry.data();
    }

    private static boolean sameBytes(java.util.Map<String, byte[]> a, java.util.Map<String, byte[]> b) {
        return a.keySet().equals(b.keySet())
                && a.entrySet().stream().allMatch(e -> java.util.Arrays.equals(e.getValue(), b.get(e.getKey())));
    }

    /**
     * The page of a file: of its bytes when the caller read them already (null: read here, which turns
     * a file that cannot be read into its diagnostic).
     */
    private Optional<Page> loadPage(String rel, byte[] bytes, List<Diagnostic> sink) {
        Path shown = shownDir.resolve(rel);
        try {
            return PageLoader.load(bytes != null ? SourceReader.of(bytes, shown)
                    : SourceReader.read(contentDir.resolve(rel), shown), rel, sink);
        } catch (BuildFailedException e) {
            sink.addAll(e.diagnostics());
            return Optional.empty();
        }
    }

    private record Listing(List<String> markdown, List<String> assets) {
    }

    private Listing list(List<Diagnostic> sink) throws BuildFailedException {
        if (!Files.isDirectory(contentDir)) {
            throw new BuildFailedException(List.of(Diagnostic.error(shownDir, 0, 0,
                    "content directory not found; pass --content DIR or run from the project folder")));
        }
        List<String> markdown = new ArrayList<>();
        List<String> assets = new ArrayList<>();
        // Files.find hands over the attributes the walk read anyway (Files.isRegularFile would read them again).
        try (Stream<Path> walk = Files.find(contentDir, Integer.MAX_VALUE,
                (f, attrs) -> attrs.isRegularFile() || attrs.isSymbolicLink())) {
            for (Path p : walk.sorted().toList()) {
                String rel = contentDir.relativize(p).toString().replace('\\', '/');
                if (rel.startsWith(".") || rel.contains("/.") || rel.equals("site.yml")) {
                    continue;
                }
                if (rel.startsWith(DATA_DIR + "/")) {
                    String name = rel.substring(DATA_DIR.length() + 1);
                    if (!DataLoader.KNOWN.contains(name)) {
                        sink.add(Diagnostic.warning(shownDir.resolve(rel), 0, 0, "data file '" + name
                                + "' is not used; known data files: " + String.join(", ", DataLoader.KNOWN.stream().sorted().toList())));
                    }
                } else if (rel.endsWith(".md")) {
                    markdown.add(rel);
                } else {
                    assets.add(rel);
                }
            }
        } catch (IOException | UncheckedIOException e) {
            throw new BuildFailedException(List.of(Diagnostic.error(shownDir, 0, 0, "cannot list content: " + e.getMessage())));
        }
        return new Listing(markdown, assets);
    }
}
