package dev.sesref.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.sesref.diag.BuildFailedException;
import dev.sesref.testing.Cli;
import dev.sesref.testing.Trees;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 21, item 1: sesref replaces only what it wrote. Every test works inside its own temporary
 * folder, with HOME pointed into it; nothing here is ever aimed at a real home, the file system
 * root or the repository (the root is only given to the guard, which reads and refuses).
 */
class OutputSafetyTest {
    @TempDir Path tmp;
    private Path work;
    private Path home;

    @BeforeEach
    void project() throws IOException {
        work = tmp.resolve("work");
        home = tmp.resolve("home");
        Trees.copyFixture("basic", work);
        Files.createDirectories(home.resolve("documents"));
        Files.writeString(home.resolve("documents/letter.txt"), "mine\n");
    }

    @Test
    void theHomeFolderIsNeverReplacedEvenWithForce() throws Exception {
        Map<String, byte[]> before = Trees.snapshot(home);
        for (List<String> extra : List.of(List.<String>of(), List.of("--force"))) {
            Run r = sesref(work, concat(List.of("build", "--out", home.toString()), extra));
            assertEquals(1, r.exit(), r.err());
            assertTrue(r.err().contains("it is your home folder"), r.err());
            Run parent = sesref(work, concat(List.of("build", "--out", tmp.toString()), extra));
            assertEquals(1, parent.exit(), parent.err());
            assertTrue(parent.err().contains("it holds your home folder"), parent.err());
        }
        assertEquals("", Trees.diff(before, Trees.snapshot(home)));
    }

    @Test
    void theCurrentFolderIsNeverReplacedEvenWithForce() throws Exception {
        Map<String, byte[]> before = Trees.snapshot(work);
        Run r = sesref(work, List.of("build", "--out", ".", "--force"));
        assertEquals(1, r.exit(), r.err());
        assertTrue(
                r.err()
                        .contains(
                                "refusing to write the site into .: it is the current folder or one of its parents"),
                r.err());
        assertEquals("", Trees.diff(before, Trees.snapshot(work)));
    }

    @Test
    void foldersNoBuildWroteAreRefusedWithoutForce() throws IOException {
        Path src = work.resolve("src");
        Files.createDirectories(src.resolve("main"));
        Files.writeString(src.resolve("main/App.java"), "class App {}\n");
        Map<String, byte[]> before = Trees.snapshot(src);
        Cli.Result r = build(src);
        assertEquals(1, r.exit(), r.err());
        assertTrue(
                r.err()
                        .contains(
                                "refusing to replace "
                                        + src
                                        + ": it is not empty and no sesref build wrote it"
                                        + " (it has no .sesref-output file); choose a new or empty folder, or pass --force"),
                r.err());
        assertEquals("", Trees.diff(before, Trees.snapshot(src)));

        Cli.Result forced = build(src, "--force");
        assertEquals(0, forced.exit(), forced.err());
        assertFalse(Files.exists(src.resolve("main/App.java")));
        assertTrue(Files.isRegularFile(src.resolve(OutputGuard.MARKER)));
    }

    @Test
    void filesAndProjectFoldersAreNeverReplaced() throws IOException {
        Path readme = work.resolve("README.md");
        Files.writeString(readme, "# read me\n");
        Cli.Result file = build(readme, "--force");
        assertEquals(1, file.exit(), file.err());
        assertTrue(file.err().contains("it is a file, not a folder"), file.err());
        assertEquals("# read me\n", Files.readString(readme));

        for (String entry : List.of(".git", "content", "themes", "src")) {
            Path project = tmp.resolve("project-with-" + entry);
            Files.createDirectories(project.resolve(entry));
            Files.writeString(project.resolve("notes.txt"), "keep\n");
            Cli.Result r = build(project, "--force");
            assertEquals(1, r.exit(), r.err());
            assertTrue(
                    r.err().contains("it holds '" + entry + "', so it looks like a project folder"),
                    r.err());
            assertTrue(Files.exists(project.resolve("notes.txt")));
        }
        Cli.Result content = build(work.resolve("content"), "--force");
        assertTrue(
                content.err().contains("it overlaps the content or themes folder"), content.err());
        Cli.Result inside = build(work.resolve("themes/mini/out"), "--force");
        assertTrue(inside.err().contains("it overlaps the content or themes folder"), inside.err());
    }

    @Test
    void theRootIsRefusedWithoutBeingTouched() {
        // Only the guard sees the root: it reads and refuses, and no build is started.
        BuildFailedException e =
                assertThrows(
                        BuildFailedException.class,
                        () ->
                                OutputGuard.checkFolder(
                                        Path.of("/"),
                                        work.resolve("content"),
                                        work.resolve("themes"),
                                        true));
        assertTrue(
                e.diagnostics().get(0).message().contains("it is the root of the file system"),
                e.diagnostics().toString());
    }

    @Test
    void newEmptyAndEarlierOutputsAreWritten() throws IOException {
        Path empty = tmp.resolve("empty");
        Files.createDirectories(empty);
        assertEquals(0, build(empty).exit());
        assertEquals(0, build(empty).exit(), "an earlier output is replaced");
        assertEquals(0, build(tmp.resolve("new/nested/site")).exit());
        assertEquals(OutputGuard.MARKER_TEXT, Files.readString(empty.resolve(OutputGuard.MARKER)));
    }

    @Test
    void aLinkToAnEarlierOutputIsReplacedAsALink() throws IOException {
        Path real = tmp.resolve("real-site");
        assertEquals(0, build(real).exit());
        Path link = Files.createSymbolicLink(tmp.resolve("site-link"), real);
        assertEquals(0, build(link).exit());
        assertTrue(
                Files.isDirectory(link) && !Files.isSymbolicLink(link),
                "the link became the new output");
        assertTrue(
                Files.isRegularFile(real.resolve(OutputGuard.MARKER)),
                "the link's target was left alone");
    }

    @Test
    void bundlesReplaceOnlyBundles() throws IOException {
        Path foreign = tmp.resolve("photos.zip");
        Files.writeString(foreign, "not a bundle\n");
        Cli.Result refused = bundle(foreign);
        assertEquals(1, refused.exit(), refused.err());
        assertTrue(
                refused.err()
                        .contains("refusing to replace " + foreign + ": sesref did not write it"),
                refused.err());
        assertEquals("not a bundle\n", Files.readString(foreign));

        Path zip = tmp.resolve("offline.zip");
        assertEquals(0, bundle(zip).exit());
        assertEquals(0, bundle(zip).exit(), "an earlier bundle is replaced");
        assertTrue(BundleWriter.isBundle(zip));

        Cli.Result forced = bundle(foreign, "--force");
        assertEquals(0, forced.exit(), forced.err());
        assertTrue(BundleWriter.isBundle(foreign));

        Cli.Result folder = bundle(work.resolve("content"), "--force");
        assertEquals(1, folder.exit(), folder.err());
        assertTrue(folder.err().contains("it is a folder, not a file"), folder.err());
    }

    @Test
    void theNextBuildRemovesWhatInterruptedBuildsLeft() throws Exception {
        Path out = tmp.resolve("site");
        assertEquals(0, build(out).exit());
        long dead = deadPid();
        Path interrupted = leftover(".site.new-" + dead + "-11", true);
        Path replaced = leftover(".site.old-" + dead + "-12", true);
        Path foreign = leftover(".site.new-" + dead + "-13", false);
        Process running = new ProcessBuilder("sleep", "60").start();
        try {
            Path busy = leftover(".site.new-" + running.pid() + "-14", true);
            assertEquals(0, build(out).exit());
            assertFalse(Files.exists(interrupted), "an interrupted build's folder goes");
            assertFalse(Files.exists(replaced), "an interrupted swap's old output goes");
            assertTrue(
                    Files.exists(foreign.resolve("notes.txt")),
                    "a folder without the marker is not sesref's");
            assertTrue(Files.exists(busy), "a running build's folder stays");
        } finally {
            running.destroy();
            running.waitFor(10, TimeUnit.SECONDS);
        }
    }

    @Test
    void anOutputACrashLeftMidSwapIsPutBack() throws Exception {
        Path out = tmp.resolve("site");
        assertEquals(0, build(out).exit());
        // A crash between the swap's two moves: the old output is aside, the new one not yet in
        // place.
        Path aside = tmp.resolve(".site.old-" + deadPid() + "-21");
        Files.move(out, aside);
        OutputWriter.removeLeftovers(out);
        assertTrue(
                Files.isRegularFile(out.resolve("index.html")),
                "the complete earlier output is back");
        assertFalse(Files.exists(aside));
    }

    private Path leftover(String name, boolean marker) throws IOException {
        Path dir = Files.createDirectories(tmp.resolve(name));
        Files.writeString(dir.resolve(marker ? OutputGuard.MARKER : "notes.txt"), "x\n");
        Files.writeString(dir.resolve("index.html"), "half written\n");
        return dir;
    }

    /** The id of a process that has ended. */
    private static long deadPid() throws Exception {
        Process p = new ProcessBuilder("true").start();
        p.waitFor(10, TimeUnit.SECONDS);
        return p.pid();
    }

    private Cli.Result build(Path out, String... extra) {
        List<String> args =
                new ArrayList<>(
                        List.of(
                                "build",
                                "--content",
                                work.resolve("content").toString(),
                                "--themes",
                                work.resolve("themes").toString(),
                                "--out",
                                out.toString()));
        args.addAll(List.of(extra));
        return Cli.run(args.toArray(String[]::new));
    }

    private Cli.Result bundle(Path zip, String... extra) {
        List<String> args =
                new ArrayList<>(
                        List.of(
                                "bundle",
                                "--content",
                                work.resolve("content").toString(),
                                "--themes",
                                work.resolve("themes").toString(),
                                "--out",
                                zip.toString()));
        args.addAll(List.of(extra));
        return Cli.run(args.toArray(String[]::new));
    }

    private record Run(int exit, String err) {}

    /**
     * sesref in its own JVM, run in {@code cwd} with HOME (and the JVM's user.home) inside the
     * temporary folder.
     */
    private Run sesref(Path cwd, List<String> args) throws Exception {
        List<String> command =
                new ArrayList<>(
                        List.of(
                                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                                "-Duser.home=" + home,
                                "-cp",
                                System.getProperty("java.class.path"),
                                "dev.sesref.cli.Main"));
        command.addAll(args);
        ProcessBuilder pb =
                new ProcessBuilder(command)
                        .directory(cwd.toFile())
                        .redirectOutput(ProcessBuilder.Redirect.DISCARD);
        pb.environment().put("HOME", home.toString());
        Process p = pb.start();
        String err = new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(60, TimeUnit.SECONDS));
        return new Run(p.exitValue(), err);
    }

    private static List<String> concat(List<String> a, List<String> b) {
        List<String> out = new ArrayList<>(a);
        out.addAll(b);
        return out;
    }
}
