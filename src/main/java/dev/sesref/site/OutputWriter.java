package dev.sesref.site;

import dev.sesref.diag.BuildFailedException;
import dev.sesref.diag.Diagnostic;
import java.io.IOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.List;
import java.util.stream.Stream;

/**
 * Writes a build into a temporary folder beside the output folder, then swaps it in, so a failed
 * write never leaves a half-written site and the last good one stays until the new one is complete.
 */
public final class OutputWriter {
    private OutputWriter() {
    }

    /** A new, empty folder beside the output folder, for a build to write into before {@link #swapIn}. */
    static Path prepare(Path outDir) throws BuildFailedException {
        Path out = outDir.toAbsolutePath().normalize();
        try {
            Files.createDirectories(out.getParent());
            return Files.createTempDirectory(out.getParent(), "." + out.getFileName() + ".new-");
        } catch (IOException e) {
            throw new BuildFailedException(List.of(Diagnostic.error(outDir, 0, 0,
                    "cannot write the site: " + e + "; the previous site is left as it was")));
        }
    }

    /** The last build: the output folder when it exists (a new build links the files it would write unchanged). */
    static Path lastBuild(Path outDir) {
        Path out = outDir.toAbsolutePath().normalize();
        return Files.isDirectory(out) ? out : null;
    }

    /** Replaces the output folder by a complete build written into {@code fresh}. */
    static void swapIn(Path fresh, Path outDir) throws BuildFailedException {
        try {
            swap(fresh, outDir.toAbsolutePath().normalize());
        } catch (IOException e) {
            throw new BuildFailedException(List.of(Diagnostic.error(outDir, 0, 0,
                    "cannot write the site: " + e + "; the previous site is left as it was")));
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

    /**
     * Deletes a folder tree, ignoring failures (used for temporary folders only). Its top-level entries
     * go from both cores: a replaced site of thousands of files otherwise takes a second of one core
     * at the end of every rebuild.
     */
    public static void deleteQuietly(Path dir) {
        // A link to a folder (an output folder may be one) goes as a link: its target is not ours.
        if (Files.isDirectory(dir, LinkOption.NOFOLLOW_LINKS)) {
            try (Stream<Path> entries = Files.list(dir)) {
                entries.toList().parallelStream().forEach(OutputWriter::deleteTree);
            } catch (IOException e) {
                // gone, or not readable: the walk below deletes what it can
            }
        }
        deleteTree(dir);
    }

    /** Deletes a file, a symbolic link (not what it points to) or a folder tree, ignoring failures. */
    private static void deleteTree(Path dir) {
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
