package dev.sesref.cli;

import dev.sesref.diag.BuildFailedException;
import dev.sesref.site.SiteBuilder;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code sesref check}: runs the whole build without writing and reports every problem. */
@Command(name = "check", mixinStandardHelpOptions = true,
        description = "Check content and theme as a build would, without writing anything.")
final class CheckCommand implements Callable<Integer> {
    @Mixin
    SiteOptions site;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        var err = spec.commandLine().getErr();
        try {
            SiteBuilder.BuildReport report = new SiteBuilder(site.toBuildOptions(Path.of("site"), false)).build();
            Reporter.report(report.warnings(), err);
            spec.commandLine().getOut().printf("checked %d pages: no errors%n", report.pages());
            return ExitCodes.OK;
        } catch (BuildFailedException e) {
            Reporter.report(e.diagnostics(), err);
            return ExitCodes.ERRORS;
        }
    }
}
