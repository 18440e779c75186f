package dev.sesref.testing;

import dev.sesref.cli.Main;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;

/** Runs the sesref command line in this JVM and captures what it prints. */
public final class Cli {
    /** Exit code and output of one run. */
    public record Result(int exit, String out, String err) {}

    private Cli() {}

    /**
     * Builds the repository's real content with its themes into {@code out}, with any extra options
     * (e.g. {@code --base-url}); fails the calling test with the diagnostics when the build fails.
     */
    public static void buildRealSite(Path out, String... extra) {
        java.util.List<String> args =
                new java.util.ArrayList<>(
                        java.util.List.of(
                                "build",
                                "--content",
                                Trees.repo().resolve("content").toString(),
                                "--themes",
                                Trees.repo().resolve("themes").toString(),
                                "--out",
                                out.toString()));
        args.addAll(java.util.List.of(extra));
        Result r = run(args.toArray(String[]::new));
        if (r.exit() != 0) {
            throw new AssertionError(
                    "building the real site failed (exit " + r.exit() + "):\n" + r.err());
        }
    }

    public static Result run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Main.run(args, new PrintWriter(out), new PrintWriter(err));
        return new Result(code, out.toString(), err.toString());
    }
}
