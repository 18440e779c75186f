package dev.sesref.serve;

import dev.sesref.diag.Diagnostic;
import dev.sesref.site.SiteOutput;
import java.util.List;
import java.util.Objects;

/**
 * What the preview serves: the last good build, the problems of the latest attempt (empty when it
 * succeeded), and how long that attempt took.
 */
public record Snapshot(SiteOutput site, List<Diagnostic> problems, long version, long millis) {
    public Snapshot {
        Objects.requireNonNull(site, "site");
        problems = List.copyOf(problems);
    }
}
