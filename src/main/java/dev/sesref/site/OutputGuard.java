package dev.sesref.site;

import dev.sesref.diag.BuildFailedException;
import dev.sesref.diag.Diagnostic;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** Refuses output folders whose replacement would destroy sources: the content, themes, or a repository. */
final class OutputGuard {
    private OutputGuard() {
    }

    static void check(BuildOptions options) throws BuildFailedException {
        if (!options.write()) {
            return;
        }
        Path out = options.outDir().toAbsolutePath().normalize();
        Path content = options.contentDir().toAbsolutePath().normalize();
        Path themes = options.themesDir().toAbsolutePath().normalize();
        Path cwd = Path.of("").toAbsolutePath().normalize();
        String why = null;
        if (out.getParent() == null || out.equals(cwd) || cwd.startsWith(out)) {
            why = "it is the current folder or one of its parents";
        } else if (content.startsWith(out) || out.startsWith(content)) {
            why = "it overlaps the content folder";
        } else if (themes.startsWith(out) || out.startsWith(themes)) {
            why = "it overlaps the themes folder";
        } else if (Files.exists(out.resolve(".git"))) {
            why = "it holds a git repository";
        }
        if (why != null) {
            throw new BuildFailedException(List.of(Diagnostic.error(options.outDir(), 0, 0,
                    "refusing to replace output folder: " + why + "; choose another --out")));
        }
    }
}
