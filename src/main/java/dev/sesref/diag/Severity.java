package dev.sesref.diag;

/** How serious a diagnostic is; errors fail the run, warnings do not. */
public enum Severity {
    ERROR,
    WARNING;

    /** The lower-case word printed after the position, as compilers do. */
    public String label() {
        return this == ERROR ? "error" : "warning";
    }
}
