package dev.sesref.testing;

import dev.sesref.cli.Main;
import java.io.PrintWriter;
import java.io.StringWriter;

/** Runs the sesref command line in this JVM and captures what it prints. */
public final class Cli {
    /** Exit code and output of one run. */
    public record Result(int exit, String out, String err) {
    }

    private Cli() {
    }

    public static Result run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Main.run(args, new PrintWriter(out), new PrintWriter(err));
        return new Result(code, out.toString(), err.toString());
    }
}
