package dev.sesref.content;

import dev.sesref.diag.BuildFailedException;
import dev.sesref.diag.Diagnostic;
import dev.sesref.diag.SourceFile;
import dev.sesref.diag.SourceReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/** Loads every page and data file below a content directory, then cross-checks the references. */
public final class ContentLoader {
    public static final String DATA_DIR = "data";

    private final Path contentDir;
    private final Path shownDir;

    /**
     * @param contentDir where to read
     * @param shownDir   how that directory is named in diagnostics (usually as given on the command line)
     */
    public ContentLoader(Path contentDir, Path shownDir) {
        this.contentDir = contentDir;
        this.shownDir = shownDir;
    }

    /** Loads and validates; every problem of every file is reported together. */
    public Content load() throws BuildFailedException {
        List<Diagnostic> sink = Collections.synchronizedList(new ArrayList<>());
        Listing listing = list(sink);
        List<Page> pages = listing.markdown().parallelStream()
                .map(rel -> loadPage(rel, sink))
                .flatMap(Optional::stream)
                .toList();
        DataLoader data = new DataLoader(contentDir.resolve(DATA_DIR), shownDir.resolve(DATA_DIR), sink);
        Content content = new Content(pages, data.sources(), data.faqs(), data.glossary(), data.comparisons(),
                data.authorities(), data.aliases(), listing.assets());
        new ContentValidator(content, sink).validate();
        if (sink.stream().anyMatch(Diagnostic::isError)) {
            throw new BuildFailedException(sink);
        }
        return content;
    }

    private Optional<Page> loadPage(String rel, List<Diagnostic> sink) {
        try {
            SourceFile file = SourceReader.read(contentDir.resolve(rel), shownDir.resolve(rel));
            return PageLoader.load(file, rel, sink);
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
        try (Stream<Path> walk = Files.walk(contentDir)) {
            for (Path p : walk.filter(f -> Files.isRegularFile(f) || Files.isSymbolicLink(f)).sorted().toList()) {
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
