package dev.sesref.cli;

import picocli.CommandLine.Command;

/** The top-level {@code sesref} command, which only holds the subcommands. */
@Command(name = "sesref", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = "Builds the SES reference site from Markdown and YAML content.",
        subcommands = {BuildCommand.class, CheckCommand.class, CiteCommand.class, SearchCommand.class, BundleCommand.class, NewCommand.class, ServeCommand.class},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:success", "1:content, theme or build errors", "2:usage error"})
final class SesrefCommand implements Runnable {
    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw new picocli.CommandLine.ParameterException(spec.commandLine(), "missing command: try 'sesref build'");
    }
}
