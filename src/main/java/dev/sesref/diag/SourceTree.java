package dev.sesref.diag;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * A folder sesref reads from (the content, or a theme), confined: a file is read only when it is a
 * regular file whose real location, after every symbolic link on its way, lies inside the folder,
 * and when it is no larger than the limits. Anything else is a diagnostic at the file as named,
 * never followed, read or quoted.
 */
public final class SourceTree {
    /** Largest Markdown, YAML or template file read. */
    public static final long MAX_TEXT_BYTES = 1L << 20;

    /** Largest other file (image, PDF...) published. */
    public static final long MAX_FILE_BYTES = 100L << 20;

    private final Path dir;
    private final Path shown;
    private final Path real;

    private SourceTree(Path dir, Path shown, Path real) {
        this.dir = dir;
        this.shown = shown;
        this.real = real;
    }

    /**
     * Opens {@code dir}, named {@code shown} in diagnostics; {@code missing} says what to do when
     * it is not a folder.
     */
    public static SourceTree open(Path dir, Path shown, String missing)
            throws BuildFailedException {
        try {
            Path real = dir.toRealPath();
            if (Files.isDirectory(real)) {
                return new SourceTree(dir, shown, real);
            }
        } catch (IOException e) {
            // reported below
        }
        throw new BuildFailedException(List.of(Diagnostic.error(shown, 0, 0, missing)));
    }

    /** The folder as given. */
    public Path dir() {
        return dir;
    }

    /** How a file of the tree is named in diagnostics. */
    public Path shown(String rel) {
        return shown.resolve(rel);
    }

    /** Whether {@code rel} names something (a file, folder or link, even a broken one). */
    public boolean exists(String rel) {
        return Files.exists(dir.resolve(rel), LinkOption.NOFOLLOW_LINKS);
    }

    /**
     * Every regular file below {@code sub} (a folder of the tree, "" for all), as paths relative to
     * the tree with '/' separators, sorted; names starting with '.' are skipped. What cannot be
     * published (links leading outside, links to folders, FIFOs, devices...) is reported to {@code
     * sink}.
     */
    public List<String> list(String sub, List<Diagnostic> sink) throws BuildFailedException {
        Path start = real.resolve(sub);
        if (Files.isSymbolicLink(start)) {
            throw fail(
                    sub,
                    "symbolic link to a folder; sesref does not follow those (move the files in instead)");
        }
        if (!Files.isDirectory(start, LinkOption.NOFOLLOW_LINKS)) {
            return List.of();
        }
        List<String> out = new ArrayList<>();
        try (Stream<Path> walk = Files.walk(start)) {
            for (Path p : walk.sorted().toList()) {
                String rel = real.relativize(p).toString().replace('\\', '/');
                if (rel.isEmpty() || rel.startsWith(".") || rel.contains("/.")) {
                    continue;
                }
                BasicFileAttributes a =
                        Files.readAttributes(
                                p, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
                if (a.isDirectory()) {
                    continue;
                }
                try {
                    check(rel, Long.MAX_VALUE); // sizes are checked as files are read or copied
                    out.add(rel);
                } catch (BuildFailedException e) {
                    sink.addAll(e.diagnostics());
                }
            }
        } catch (IOException | java.io.UncheckedIOException e) {
            throw new BuildFailedException(
                    List.of(
                            Diagnostic.error(
                                    shown.resolve(sub),
                                    0,
                                    0,
                                    "cannot list files: "
                                            + SourceReader.describe(
                                                    e instanceof IOException io
                                                            ? io
                                                            : ((java.io.UncheckedIOException) e)
                                                                    .getCause()))));
        }
        return out;
    }

    /**
     * The real path of a file of the tree, checked: a regular file inside the tree, at most {@link
     * #MAX_FILE_BYTES} long.
     */
    public Path check(String rel) throws BuildFailedException {
        return check(rel, MAX_FILE_BYTES);
    }

    /** As {@link #check(String)}, for a text file: at most {@link #MAX_TEXT_BYTES} long. */
    public Path checkText(String rel) throws BuildFailedException {
        return check(rel, MAX_TEXT_BYTES);
    }

    private Path check(String rel, long limit) throws BuildFailedException {
        Path path = dir.resolve(rel);
        Path target;
        try {
            target = path.toRealPath();
        } catch (NoSuchFileException e) {
            throw fail(
                    rel,
                    Files.isSymbolicLink(path)
                            ? "symbolic link to a file that does not exist; "
                                    + "fix or remove the link"
                            : "no such file");
        } catch (FileSystemException e) {
            String why = String.valueOf(e.getReason()).toLowerCase(Locale.ROOT);
            throw fail(
                    rel,
                    why.contains("levels of symbolic links")
                            ? "symbolic link loop; fix or remove the link"
                            : "cannot read file: " + SourceReader.describe(e));
        } catch (IOException e) {
            throw fail(rel, "cannot read file: " + SourceReader.describe(e));
        }
        if (!target.startsWith(real)) {
            throw fail(
                    rel,
                    "a symbolic link leads outside "
                            + shown
                            + "/; sesref reads only files inside it "
                            + "(copy the file in instead)");
        }
        BasicFileAttributes a;
        try {
            a = Files.readAttributes(target, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
        } catch (IOException e) {
            throw fail(rel, "cannot read file: " + SourceReader.describe(e));
        }
        if (a.isDirectory()) {
            throw fail(
                    rel,
                    "symbolic link to a folder; sesref does not follow those (move the files in instead)");
        }
        if (!a.isRegularFile()) {
            throw fail(rel, "not a regular file (a FIFO, socket or device); remove it");
        }
        if (a.size() > limit) {
            throw fail(
                    rel,
                    String.format(
                            Locale.ROOT,
                            "file is %,d bytes; the limit is %,d bytes (%d MiB)",
                            a.size(),
                            limit,
                            limit >> 20));
        }
        return target;
    }

    /**
     * Where to write the file {@code rel} of the tree (a scaffold): its checked real path when it
     * exists, else a path below the nearest existing folder on its way, which must lie inside the
     * tree.
     */
    public Path writable(String rel) throws BuildFailedException {
        if (exists(rel)) {
            return checkText(rel);
        }
        Path base = dir.toAbsolutePath().normalize();
        Path target = base.resolve(rel).normalize();
        Path folder = target.getParent();
        while (folder != null && !Files.exists(folder, LinkOption.NOFOLLOW_LINKS)) {
            folder = folder.getParent();
        }
        try {
            Path at = folder == null ? null : folder.toRealPath();
            if (target.startsWith(base) && at != null && at.startsWith(real)) {
                return at.resolve(folder.relativize(target));
            }
        } catch (IOException e) {
            throw fail(rel, "cannot write file: " + SourceReader.describe(e));
        }
        throw fail(
                rel,
                "the file would land outside "
                        + shown
                        + "/ (a symbolic link on the way leads out); "
                        + "sesref writes only inside it");
    }

    /** A text file of the tree, read as UTF-8 (at most {@link #MAX_TEXT_BYTES}). */
    public SourceFile readText(String rel) throws BuildFailedException {
        return SourceReader.of(read(rel), shown(rel));
    }

    /** The bytes of a text file of the tree (at most {@link #MAX_TEXT_BYTES}). */
    public byte[] read(String rel) throws BuildFailedException {
        return read(checkText(rel), rel);
    }

    /** The bytes of {@code target}, which {@link #checkText} returned for {@code rel}. */
    public byte[] read(Path target, String rel) throws BuildFailedException {
        // Read no more than the limit allows even if the file grew since it was checked.
        try (InputStream in = Files.newInputStream(target, LinkOption.NOFOLLOW_LINKS)) {
            byte[] bytes = in.readNBytes((int) MAX_TEXT_BYTES + 1);
            if (bytes.length > MAX_TEXT_BYTES) {
                throw fail(
                        rel,
                        "file grew past the limit of "
                                + (MAX_TEXT_BYTES >> 20)
                                + " MiB while it was read");
            }
            return bytes;
        } catch (IOException e) {
            throw fail(rel, "cannot read file: " + SourceReader.describe(e));
        }
    }

    private BuildFailedException fail(String rel, String message) {
        return new BuildFailedException(List.of(Diagnostic.error(shown(rel), 0, 0, message)));
    }
}
