package dev.sesref.site;

import dev.sesref.diag.BuildFailedException;
import dev.sesref.diag.Diagnostic;
import java.io.IOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.List;
import java.util.Map;

/**
 * Writes a build into a temporary folder beside the output folder, then swaps it in, so a failed
 * write never leaves a half-written site and the last good one stays until the new one is complete.
 */
public final class OutputWriter {
    private OutputWriter() {
    }

    public static void write(SiteOutput output, Path outDir) throws BuildFailedException {
        Path out = outDir.toAbsolutePath().normalize();
        Path parent = out.getParent();
        Path tmp = null;
        try {
            Files.createDirectories(parent);
            tmp = Files.createTempDirectory(parent, "." + out.getFileName() + ".new-");
            writeAll(output, tmp);
            swap(tmp, out);
            tmp = null;
        } catch (IOException e) {
            throw new BuildFailedException(List.of(Diagnostic.error(outDir, 0, 0,
                    "cannot write the site: " + e + "; the previous site is left as it was")));
        } finally {
            if (tmp != null) {
                deleteQuietly(tmp);
            }
        }
    }

    /** Creates the folders first, then writes the files from several threads (the disk is not the only cost). */
    private static void writeAll(SiteOutput output, Path root) throws IOException {
        java.util.TreeSet<Path> dirs = new java.util.TreeSet<>();
        output.generated().keySet().forEach(k -> dirs.add(root.resolve(k).getParent()));
        output.copied().keySet().forEach(k -> dirs.add(root.resolve(k).getParent()));
        for (Path d : dirs) {
            Files.createDirectories(d);
        }
        try {
            output.generated().entrySet().parallelStream().forEach(e -> io(() ->
                    Files.write(root.resolve(e.getKey()), e.getValue())));
            output.copied().entrySet().parallelStream().forEach(e -> io(() ->
                    Files.copy(e.getValue(), root.resolve(e.getKey()), StandardCopyOption.REPLACE_EXISTING)));
        } catch (java.io.UncheckedIOException e) {
            throw e.getCause();
        }
    }

    private interface IoAction {
        Object run() throws IOException;
    }

    private static void io(IoAction action) {
        try {
            action.run();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static void swap(Path fresh, Path out) throws IOException {
        if (!Files.exists(out)) {
            Files.move(fresh, out, StandardCopyOption.ATOMIC_MOVE);
            return;
        }
        Path old = Files.createTempDirectory(out.getParent(), "." + out.getFileName() + ".old-");
        Files.delete(old);
        Files.move(out, old, StandardCopyOption.ATOMIC_MOVE);
        try {
            Files.move(fresh, out, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            Files.move(old, out, StandardCopyOption.ATOMIC_MOVE);
            throw e;
        }
        deleteQuietly(old);
    }

    /** Deletes a folder tree, ignoring failures (used for temporary folders only). */
    public static void deleteQuietly(Path dir) {
        try {
            Files.walkFileTree(dir, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
                    Files.delete(file);
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult postVisitDirectory(Path d, IOException exc) throws IOException {
                    Files.delete(d);
                    return FileVisitResult.CONTINUE;
                }
            });
        } catch (IOException e) {
            // best effort: a leftover temporary folder is harmless and named as such
        }
    }
}
