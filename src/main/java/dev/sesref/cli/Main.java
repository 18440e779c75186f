package dev.sesref.cli;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import picocli.CommandLine;

/** Entry point of the {@code sesref} command; the only place that calls {@code System.exit}. */
public final class Main {
    private Main() {}

    public static void main(String[] args) {
        Preload preload = Preload.start(args);
        PrintWriter out =
                new PrintWriter(
                        new java.io.OutputStreamWriter(System.out, StandardCharsets.UTF_8), true);
        PrintWriter err =
                new PrintWriter(
                        new java.io.OutputStreamWriter(System.err, StandardCharsets.UTF_8), true);
        System.exit(run(args, out, err, preload::await));
    }

    /**
     * Runs the command line and returns its exit code: 0 ok, 1 content or build errors, 2 usage
     * errors.
     */
    public static int run(String[] args, PrintWriter out, PrintWriter err) {
        return run(args, out, err, () -> {});
    }

    /**
     * As {@link #run(String[], PrintWriter, PrintWriter)}, calling {@code beforeCommand} once the
     * line is parsed.
     */
    private static int run(
            String[] args, PrintWriter out, PrintWriter err, Runnable beforeCommand) {
        CommandLine cl = new CommandLine(new SesrefCommand());
        cl.setExecutionStrategy(
                parsed -> {
                    beforeCommand.run();
                    return new CommandLine.RunLast().execute(parsed);
                });
        String named =
                args.length > 0 && SesrefCommand.SUBCOMMANDS.containsKey(args[0]) ? args[0] : null;
        SesrefCommand.SUBCOMMANDS.forEach(
                (name, command) -> {
                    if (named == null || named.equals(name)) {
                        cl.addSubcommand(name, command.get());
                    }
                });
        cl.setOut(out);
        cl.setErr(err);
        cl.setExecutionExceptionHandler(
                (ex, commandLine, parseResult) -> {
                    err.println(
                            "sesref: internal error (a bug in sesref, please report it): " + ex);
                    if (parseResult.hasMatchedOption("--verbose")
                            || parseResult.subcommands().stream()
                                    .anyMatch(p -> p.hasMatchedOption("--verbose"))) {
                        ex.printStackTrace(err);
                    } else {
                        err.println("run again with --verbose for the stack trace");
                    }
                    err.flush();
                    return ExitCodes.ERRORS;
                });
        int code = cl.execute(args);
        out.flush();
        err.flush();
        return code;
    }
}
