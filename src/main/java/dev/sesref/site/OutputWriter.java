package dev.sesref.site;

import dev.sesref.diag.BuildFailedException;
import dev.sesref.diag.Diagnostic;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;

/**
 * Writes a build into a temporary folder beside the output folder, then swaps it in, so a failed
 * write never leaves a half-written site and the last good one stays until the new one is complete.
 * Temporary folders are named {@code .NAME.new-PID-N} (the build being written) and {@code
 * .NAME.old-PID-N} (the output being replaced); the next build removes those of processes that are
 * gone, and puts an old one back when a crash came between the two moves of a swap.
 */
public final class OutputWriter {
    private static final long PID = ProcessHandle.current().pid();

    /**
     * This process's temporary folders still in use: a leftover of this process is one not listed
     * here.
     */
    private static final Set<Path> ACTIVE = ConcurrentHashMap.newKeySet();

    private OutputWriter() {}

    /**
     * A new folder beside the output folder, holding only the output marker, for a build to write
     * into before {@link #swapIn}; leftovers of interrupted builds go first.
     */
    static Path prepare(Path outDir) throws BuildFailedException {
        Path out = OutputGuard.absolute(outDir);
        try {
            Files.createDirectories(out.getParent());
            removeLeftovers(out);
            Path fresh = Files.createTempDirectory(out.getParent(), prefix(out, "new"));
            ACTIVE.add(fresh);
            writeMarker(fresh, out);
            return fresh;
        } catch (IOException e) {
            throw cannotWrite(outDir, e);
        }
    }

    /**
     * The marker, linked to the last build's when that one is the same (so it keeps its time stamp,
     * as other files do).
     */
    private static void writeMarker(Path fresh, Path out) throws IOException {
        Path marker = fresh.resolve(OutputGuard.MARKER);
        Path last = out.resolve(OutputGuard.MARKER);
        byte[] text = OutputGuard.MARKER_TEXT.getBytes(StandardCharsets.UTF_8);
        try {
            if (Files.isRegularFile(last, LinkOption.NOFOLLOW_LINKS)
                    && Files.size(last) == text.length
                    && java.util.Arrays.equals(Files.readAllBytes(last), text)) {
                Files.createLink(marker, last);
                return;
            }
        } catch (IOException | UnsupportedOperationException e) {
            // no link: written below
        }
        Files.write(marker, text);
    }

    /** Deletes a folder {@link #prepare} made, unless it was swapped in already. */
    static void discard(Path fresh) {
        if (Files.isDirectory(fresh, LinkOption.NOFOLLOW_LINKS)) {
            deleteQuietly(fresh);
        }
        ACTIVE.remove(fresh);
    }

    /**
     * The last build: the output folder when it exists (a new build links the files it would write
     * unchanged).
     */
    static Path lastBuild(Path outDir) {
        Path out = OutputGuard.absolute(outDir);
        return Files.isDirectory(out) ? out : null;
    }

    /** Replaces the output folder by a complete build written into {@code fresh}. */
    static void swapIn(Path fresh, Path outDir) throws BuildFailedException {
        try {
            swap(fresh, OutputGuard.absolute(outDir));
        } catch (IOException e) {
            throw cannotWrite(outDir, e);
        }
    }

    private static void swap(Path fresh, Path out) throws IOException {
        if (!Files.exists(out, LinkOption.NOFOLLOW_LINKS)) {
            Files.move(fresh, out, StandardCopyOption.ATOMIC_MOVE);
            return;
        }
        Path old = Files.createTempDirectory(out.getParent(), prefix(out, "old"));
        ACTIVE.add(old);
        try {
            Files.delete(old);
            Files.move(out, old, StandardCopyOption.ATOMIC_MOVE);
            try {
                Files.move(fresh, out, StandardCopyOption.ATOMIC_MOVE);
            } catch (IOException e) {
                Files.move(old, out, StandardCopyOption.ATOMIC_MOVE);
                throw e;
            }
            deleteQuietly(old);
        } finally {
            ACTIVE.remove(old);
        }
    }

    /**
     * {@code .NAME.KIND-PID-}: the temporary name's start, which {@link #stale} reads the writer's
     * process from.
     */
    private static String prefix(Path out, String kind) {
        return "." + out.getFileName() + "." + kind + "-" + PID + "-";
    }

    /**
     * Removes what interrupted builds into {@code out} left beside it: temporary folders that hold
     * the output marker or nothing. When the output folder itself is missing, such an old folder (a
     * complete earlier output that a crash left mid-swap) is put back instead.
     */
    static void removeLeftovers(Path out) throws IOException {
        for (Path p : stale(out)) {
            if (!Files.isDirectory(p, LinkOption.NOFOLLOW_LINKS)
                    || !(Files.isRegularFile(
                                    p.resolve(OutputGuard.MARKER), LinkOption.NOFOLLOW_LINKS)
                            || OutputGuard.isEmpty(p))) {
                continue;
            }
            if (p.getFileName().toString().startsWith("." + out.getFileName() + ".old-")
                    && !Files.exists(out, LinkOption.NOFOLLOW_LINKS)) {
                Files.move(p, out, StandardCopyOption.ATOMIC_MOVE);
            } else {
                deleteQuietly(p);
            }
        }
    }

    /**
     * The entries beside {@code out} named as this class names its temporary files and folders,
     * made by processes no longer running or by this one and no longer in use, sorted by name.
     */
    static List<Path> stale(Path out) throws IOException {
        String name = "." + out.getFileName() + ".";
        try (Stream<Path> entries = Files.list(out.getParent())) {
            return entries.filter(
                            p ->
                                    !ACTIVE.contains(p)
                                            && deadWriter(p.getFileName().toString(), name))
                    .sorted()
                    .toList();
        }
    }

    private static boolean deadWriter(String file, String name) {
        if (!file.startsWith(name + "new-") && !file.startsWith(name + "old-")) {
            return false;
        }
        String rest = file.substring(name.length() + 4);
        int dash = rest.indexOf('-');
        if (dash <= 0
                || dash > 18
                || !rest.substring(0, dash).chars().allMatch(c -> c >= '0' && c <= '9')) {
            return false;
        }
        long pid = Long.parseLong(rest.substring(0, dash));
        return pid == PID || ProcessHandle.of(pid).map(h -> !h.isAlive()).orElse(true);
    }

    /** A new temporary file beside {@code target}, for a writer to fill and then move onto it. */
    static Path temporaryFile(Path target) throws IOException {
        Path tmp = Files.createTempFile(target.getParent(), prefix(target, "new"), "");
        ACTIVE.add(tmp);
        return tmp;
    }

    /** Forgets a temporary file (moved into place or deleted). */
    static void release(Path tmp) {
        ACTIVE.remove(tmp);
    }

    private static BuildFailedException cannotWrite(Path outDir, IOException e) {
        return new BuildFailedException(
                List.of(
                        Diagnostic.error(
                                outDir,
                                0,
                                0,
                                "cannot write the site: "
                                        + e
                                        + "; the previous site is left as it was")));
    }

    /**
     * Deletes a folder tree, ignoring failures (used for temporary folders only). Its top-level
     * entries go from both cores: a replaced site of thousands of files otherwise takes a second of
     * one core at the end of every rebuild.
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

    /**
     * Deletes a file, a symbolic link (not what it points to) or a folder tree, ignoring failures.
     */
    private static void deleteTree(Path dir) {
        try {
            Files.walkFileTree(
                    dir,
                    new SimpleFileVisitor<>() {
                        @Override
                        public FileVisitResult visitFile(Path file, BasicFileAttributes attrs)
                                throws IOException {
                            Files.delete(file);
                            return FileVisitResult.CONTINUE;
                        }

                        @Override
                        public FileVisitResult postVisitDirectory(Path d, IOException exc)
                                throws IOException {
                            Files.delete(d);
                            return FileVisitResult.CONTINUE;
                        }
                    });
        } catch (IOException e) {
            // best effort: a leftover temporary folder is harmless and named as such
        }
    }
}
