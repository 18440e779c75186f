package dev.sesref.diag;

import java.util.List;

/** Thrown when a step found errors that make going on pointless; carries them for the report. */
public final class BuildFailedException extends Exception {
    private static final long serialVersionUID = 1L;
    private final transient List<Diagnostic> diagnostics;

    public BuildFailedException(List<Diagnostic> diagnostics) {
        super(diagnostics.size() + " problem(s)");
        this.diagnostics = List.copyOf(diagnostics);
    }

    public List<Diagnostic> diagnostics() {
        return diagnostics;
    }
}
