package dev.sesref.cli;

import dev.sesref.diag.BuildFailedException;
import dev.sesref.site.SiteBuilder;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code sesref build}: renders the site into the output folder, replacing it only on success. */
@Command(
        name = "build",
        mixinStandardHelpOptions = true,
        description = "Build the site into the output folder (written whole, or not at all).")
final class BuildCommand implements Callable<Integer> {
    @Mixin SiteOptions site;

    @Option(
            names = "--out",
            paramLabel = "DIR",
            description = "output folder (default: ${DEFAULT-VALUE})",
            defaultValue = "site")
    Path out;

    @Option(
            names = "--force",
            description =
                    "replace the output folder even when no sesref build wrote it "
                            + "(never the file system root, your home, the current folder or a project folder)")
    boolean force;

    @Option(names = "--timings", description = "print how long each build step took")
    boolean timings;

    @Spec CommandSpec spec;

    @Override
    public Integer call() {
        var err = spec.commandLine().getErr();
        long start = System.nanoTime();
        try {
            SiteBuilder builder = new SiteBuilder(site.toBuildOptions(out, true, force));
            if (timings) {
                builder.times().measureCpu();
            }
            SiteBuilder.BuildReport report = builder.build();
            Reporter.report(report.warnings(), err);
            if (timings) {
                builder.times()
                        .steps()
                        .forEach(
                                s ->
                                        err.printf(
                                                java.util.Locale.ROOT,
                                                "%-26s %8.1f ms wall %8.1f ms cpu%n",
                                                s.name(),
                                                s.millis(),
                                                s.cpuMillis()));
            }
            long ms = (System.nanoTime() - start) / 1_000_000;
            spec.commandLine()
                    .getOut()
                    .printf(
                            "built %d pages, %d files into %s in %d ms%n",
                            report.pages(), report.files(), out, ms);
            return ExitCodes.OK;
        } catch (BuildFailedException e) {
            Reporter.report(e.diagnostics(), err);
            err.println("build failed; " + out + " was not changed");
            return ExitCodes.ERRORS;
        }
    }
}
