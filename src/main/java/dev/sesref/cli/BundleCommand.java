package dev.sesref.cli;

import dev.sesref.content.LinkStyle;
import dev.sesref.diag.BuildFailedException;
import dev.sesref.site.BuildOptions;
import dev.sesref.site.BundleWriter;
import dev.sesref.site.SiteBuilder;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code sesref bundle}: the whole site as a zip that works opened from disk ({@code file://}),
 * search included.
 */
@Command(
        name = "bundle",
        mixinStandardHelpOptions = true,
        description =
                "Write the offline bundle: the site for file:// (links to index.html, search by script tags) as a zip.")
final class BundleCommand implements Callable<Integer> {
    @Mixin SiteOptions site;

    @Option(
            names = "--out",
            paramLabel = "FILE",
            defaultValue = "target/sesref-offline.zip",
            description = "the zip to write (default: ${DEFAULT-VALUE})")
    Path out;

    @Option(
            names = "--force",
            description = "replace the file at --out even when it is not a sesref bundle")
    boolean force;

    @Spec CommandSpec spec;

    @Override
    public Integer call() {
        var err = spec.commandLine().getErr();
        try {
            BuildOptions options =
                    new BuildOptions(
                            site.content,
                            site.themes,
                            Path.of("site"),
                            site.baseUrl,
                            LinkStyle.INDEX_FILE,
                            false);
            BundleWriter.check(out, force);
            SiteBuilder.Rendered rendered = new SiteBuilder(options).render();
            BundleWriter.write(
                    rendered.output(),
                    readme(rendered.report()),
                    rendered.report().newest(),
                    out,
                    force);
            Reporter.report(rendered.report().warnings(), err);
            spec.commandLine()
                    .getOut()
                    .printf(
                            "bundled %d pages, %d files into %s%n",
                            rendered.report().pages(), rendered.report().files() + 1, out);
            return ExitCodes.OK;
        } catch (BuildFailedException e) {
            Reporter.report(e.diagnostics(), err);
            err.println("bundle failed; " + out + " was not changed");
            return ExitCodes.ERRORS;
        }
    }

    private static String readme(SiteBuilder.BuildReport report) {
        return String.join(
                "\r\n",
                "SES Reference: offline copy",
                "",
                "An unofficial, plain-language reference on the U.S. Senior Executive Service.",
                "It is not a government website and not legal advice.",
                "",
                "To read it: unzip this folder anywhere and open index.html in a web browser.",
                "Everything works without a network connection, search included.",
                "Each page's footer gives the address of its online version, which may be newer.",
                "",
                "Content dated " + report.newest() + "; " + report.pages() + " pages.",
                "");
    }
}
