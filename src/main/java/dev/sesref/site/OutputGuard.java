package dev.sesref.site;

import dev.sesref.diag.BuildFailedException;
import dev.sesref.diag.Diagnostic;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Decides whether a build may replace its output folder or a bundle its zip. sesref replaces only
 * what is missing, empty, or was written by sesref (its marker inside); {@code --force} lifts that
 * rule, but never for the file system root, the user's home, the current folder, a folder that
 * holds content, themes, sources or a repository, or a parent of any of these.
 */
public final class OutputGuard {
    /** The file every build writes at the top of its output folder. */
    public static final String MARKER = ".sesref-output";

    /** The marker's text: the same in every build, so that outputs stay byte-identical. */
    static final String MARKER_TEXT =
            "This folder was written by sesref build. The next build replaces all of it:\n"
                    + "keep nothing else here.\n";

    /**
     * Entries that mark a folder as a project, never an output (an output may have pages of these
     * names, not .git).
     */
    private static final List<String> PROJECT_ENTRIES = List.of("content", "themes", "src", ".git");

    private OutputGuard() {}

    /** Refuses, with the reason and what to do, an output folder the build must not replace. */
    static void checkFolder(Path out, Path content, Path themes, boolean force)
            throws BuildFailedException {
        Path abs = absolute(out);
        String never = never(abs, List.of(absolute(content), absolute(themes)));
        if (never == null && Files.exists(abs) && !Files.isDirectory(abs)) {
            never = "it is a file, not a folder";
        }
        if (never != null) {
            throw refuse(
                    out,
                    "refusing to write the site into "
                            + out
                            + ": "
                            + never
                            + "; choose another --out (a new or empty folder, or an earlier output)");
        }
        if (!force
                && Files.isDirectory(abs)
                && !isEmpty(abs)
                && !Files.isRegularFile(abs.resolve(MARKER))) {
            throw refuse(
                    out,
                    "refusing to replace "
                            + out
                            + ": it is not empty and no sesref build wrote it (it has no "
                            + MARKER
                            + " file); choose a new or empty folder, or pass --force to delete it and everything in it");
        }
    }

    /**
     * Refuses, with the reason and what to do, a bundle path whose file the bundle must not
     * replace.
     */
    static void checkFile(Path zip, boolean force, boolean ours) throws BuildFailedException {
        Path abs = absolute(zip);
        String never = never(abs, List.of());
        if (never == null && Files.isDirectory(abs)) {
            never = "it is a folder, not a file";
        }
        if (never != null) {
            throw refuse(
                    zip,
                    "refusing to write the bundle to "
                            + zip
                            + ": "
                            + never
                            + "; choose another --out");
        }
        if (!force && Files.exists(abs, LinkOption.NOFOLLOW_LINKS) && !ours && !isEmptyFile(abs)) {
            throw refuse(
                    zip,
                    "refusing to replace "
                            + zip
                            + ": sesref did not write it (it is not a sesref bundle); "
                            + "choose another --out, or pass --force to replace it");
        }
    }

    /** Why a path may never be replaced, even with --force; null when it may be. */
    private static String never(Path path, List<Path> sources) {
        List<Path> forms = new ArrayList<>(List.of(path));
        real(path).ifPresent(forms::add);
        Path cwd = absolute(Path.of(""));
        for (Path p : forms) {
            if (p.getParent() == null) {
                return "it is the root of the file system";
            }
            for (Path home : homes()) {
                if (home.startsWith(p)) {
                    return home.equals(p) ? "it is your home folder" : "it holds your home folder";
                }
            }
            if (cwd.startsWith(p)) {
                return "it is the current folder or one of its parents";
            }
            for (Path source : sources) {
                if (source.startsWith(p) || p.startsWith(source)) {
                    return "it overlaps the content or themes folder " + source;
                }
            }
            // An earlier output may hold pages named content/ or src/; never a repository.
            boolean output = Files.isRegularFile(p.resolve(MARKER));
            for (String entry : PROJECT_ENTRIES) {
                if ((!output || entry.equals(".git"))
                        && Files.exists(p.resolve(entry), LinkOption.NOFOLLOW_LINKS)) {
                    return "it holds '" + entry + "', so it looks like a project folder";
                }
            }
        }
        return null;
    }

    /**
     * The user's home as the environment and as the JVM name it (they differ when HOME is set by
     * hand).
     */
    private static List<Path> homes() {
        List<Path> homes = new ArrayList<>();
        for (String h : new String[] {System.getenv("HOME"), System.getProperty("user.home")}) {
            if (h != null && !h.isBlank()) {
                Path home = absolute(Path.of(h));
                homes.add(home);
                real(home).ifPresent(homes::add);
            }
        }
        return homes;
    }

    static Path absolute(Path p) {
        return p.toAbsolutePath().normalize();
    }

    private static Optional<Path> real(Path p) {
        try {
            return Optional.of(p.toRealPath());
        } catch (IOException | SecurityException e) {
            return Optional.empty();
        }
    }

    /** Whether {@code dir} is a folder with nothing in it (false when it cannot be listed). */
    static boolean isEmpty(Path dir) {
        try (Stream<Path> entries = Files.list(dir)) {
            return entries.findAny().isEmpty();
        } catch (IOException e) {
            return false;
        }
    }

    private static boolean isEmptyFile(Path file) {
        try {
            return Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS) && Files.size(file) == 0;
        } catch (IOException e) {
            return false;
        }
    }

    private static BuildFailedException refuse(Path shown, String message) {
        return new BuildFailedException(List.of(Diagnostic.error(shown, 0, 0, message)));
    }
}
