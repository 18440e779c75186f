package dev.sesref.diag;

import java.util.ArrayList;
import java.util.List;

/** Thread-safe collector of every diagnostic of one run; reported once at the end. */
public final class Diagnostics {
    private final List<Diagnostic> items = new ArrayList<>();

    public synchronized void add(Diagnostic d) {
        items.add(d);
    }

    public synchronized void addAll(List<Diagnostic> ds) {
        items.addAll(ds);
    }

    public synchronized boolean hasErrors() {
        return items.stream().anyMatch(Diagnostic::isError);
    }

    public synchronized int errorCount() {
        return (int) items.stream().filter(Diagnostic::isError).count();
    }

    /** All diagnostics, de-duplicated and sorted by file and position. */
    public synchronized List<Diagnostic> sorted() {
        return items.stream().distinct().sorted(Diagnostic.ORDER).toList();
    }
}
