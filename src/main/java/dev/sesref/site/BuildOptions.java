package dev.sesref.site;

import dev.sesref.content.LinkStyle;
import java.nio.file.Path;
import java.util.Objects;

/**
 * What to build from where: the command-line settings of one run.
 *
 * @param baseUrl overrides {@code baseUrl} of site.yml when not null
 * @param write   false for {@code check}: do everything but write the output
 */
public record BuildOptions(Path contentDir, Path themesDir, Path outDir, String baseUrl, LinkStyle linkStyle,
                           boolean write) {
    public BuildOptions {
        Objects.requireNonNull(contentDir, "contentDir");
        Objects.requireNonNull(themesDir, "themesDir");
        Objects.requireNonNull(outDir, "outDir");
        Objects.requireNonNull(linkStyle, "linkStyle");
    }

    /** The defaults of {@code ./sesref build}: content, themes and site below the current folder. */
    public static BuildOptions defaults() {
        return new BuildOptions(Path.of("content"), Path.of("themes"), Path.of("site"), null, LinkStyle.DIRECTORY, true);
    }

    public BuildOptions withOut(Path out) {
        return new BuildOptions(contentDir, themesDir, out, baseUrl, linkStyle, write);
    }

    public BuildOptions withWrite(boolean w) {
        return new BuildOptions(contentDir, themesDir, outDir, baseUrl, linkStyle, w);
    }
}
