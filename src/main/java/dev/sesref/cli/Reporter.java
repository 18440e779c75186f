package dev.sesref.cli;

import dev.sesref.diag.Diagnostic;
import dev.sesref.diag.DiagnosticPrinter;
import java.io.PrintWriter;
import java.util.List;

/** Prints a run's diagnostics once, in the one format, to standard error. */
final class Reporter {
    private Reporter() {}

    static void report(List<Diagnostic> diagnostics, PrintWriter err) {
        if (!diagnostics.isEmpty()) {
            new DiagnosticPrinter().print(diagnostics, err);
        }
    }
}
