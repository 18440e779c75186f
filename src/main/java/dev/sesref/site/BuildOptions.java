package dev.sesref.site;

import dev.sesref.content.LinkStyle;
import java.nio.file.Path;
import java.util.Objects;

/**
 * What to build from where: the command-line settings of one run.
 *
 * @param baseUrl overrides {@code baseUrl} of site.yml when not null
 * @param write false for {@code check}: do everything but write the output
 * @param force replace an output folder that no sesref build wrote ({@code --force}; see {@link
 *     OutputGuard})
 */
public record BuildOptions(
        Path contentDir,
        Path themesDir,
        Path outDir,
        String baseUrl,
        LinkStyle linkStyle,
        boolean write,
        boolean force) {
    public BuildOptions {
        Objects.requireNonNull(contentDir, "contentDir");
        Objects.requireNonNull(themesDir, "themesDir");
        Objects.requireNonNull(outDir, "outDir");
        Objects.requireNonNull(linkStyle, "linkStyle");
    }

    /** Options that never replace a folder sesref did not write. */
    public BuildOptions(
            Path contentDir,
            Path themesDir,
            Path outDir,
            String baseUrl,
            LinkStyle linkStyle,
            boolean write) {
        this(contentDir, themesDir, outDir, baseUrl, linkStyle, write, false);
    }
}
