package dev.sesref.serve;

import dev.sesref.diag.Diagnostic;
import dev.sesref.site.SiteOutput;
import java.util.List;
import java.util.Objects;

/** What the preview serves: the last good build, and the problems of the latest attempt (empty when it succeeded). */
public record Snapshot(SiteOutput site, List<Diagnostic> problems, long version) {
    public Snapshot {
        Objects.requireNonNull(site, "site");
        problems = List.copyOf(problems);
    }
}
