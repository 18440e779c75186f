package dev.sesref.cli;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;
import picocli.CommandLine.Command;

/** The top-level {@code sesref} command, which only holds the subcommands. */
@Command(
        name = "sesref",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        description = "Builds the SES reference site from Markdown and YAML content.",
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:success", "1:content, theme or build errors", "2:usage error"})
final class SesrefCommand implements Runnable {
    /**
     * The subcommands, in the order help lists them. Main registers only the one named on the
     * command line when there is one: picocli reads every registered command's annotations at
     * start-up, which cost a build about a tenth of its time on this site.
     */
    static final Map<String, Supplier<Object>> SUBCOMMANDS = subcommands();

    private static Map<String, Supplier<Object>> subcommands() {
        Map<String, Supplier<Object>> m = new LinkedHashMap<>();
        m.put("build", BuildCommand::new);
        m.put("check", CheckCommand::new);
        m.put("cite", CiteCommand::new);
        m.put("search", SearchCommand::new);
        m.put("bundle", BundleCommand::new);
        m.put("new", NewCommand::new);
        m.put("serve", ServeCommand::new);
        return Collections.unmodifiableMap(m);
    }

    @picocli.CommandLine.Spec picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw new picocli.CommandLine.ParameterException(
                spec.commandLine(), "missing command: try 'sesref build'");
    }
}
