package dev.sesref.cli;

import dev.sesref.content.LinkStyle;
import dev.sesref.site.BuildOptions;
import java.nio.file.Path;
import picocli.CommandLine.Option;

/** The options shared by commands that read the content: where content, themes and output live. */
final class SiteOptions {
    @Option(
            names = "--content",
            paramLabel = "DIR",
            description = "content folder (default: ${DEFAULT-VALUE})",
            defaultValue = "content")
    Path content;

    @Option(
            names = "--themes",
            paramLabel = "DIR",
            description = "themes folder (default: ${DEFAULT-VALUE})",
            defaultValue = "themes")
    Path themes;

    @Option(
            names = "--base-url",
            paramLabel = "URL",
            description =
                    "absolute URL the site is served from; " + "overrides baseUrl of site.yml")
    String baseUrl;

    @Option(names = "--verbose", description = "show stack traces of internal errors")
    boolean verbose;

    BuildOptions toBuildOptions(Path out, boolean write) {
        return toBuildOptions(out, write, false);
    }

    BuildOptions toBuildOptions(Path out, boolean write, boolean force) {
        return new BuildOptions(content, themes, out, baseUrl, LinkStyle.DIRECTORY, write, force);
    }
}
