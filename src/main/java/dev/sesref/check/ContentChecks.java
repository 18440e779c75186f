package dev.sesref.check;

import com.vladsch.flexmark.ast.Heading;
import com.vladsch.flexmark.ast.Image;
import com.vladsch.flexmark.util.ast.Node;
import dev.sesref.content.Content;
import dev.sesref.content.DateRef;
import dev.sesref.content.MarkdownSource;
import dev.sesref.content.Page;
import dev.sesref.diag.Diagnostic;
import dev.sesref.markdown.MarkdownRenderer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Consumer;

/**
 * Editorial checks on the Markdown of each page: heading levels, images without alt text, page
 * dates.
 */
final class ContentChecks {
    private final MarkdownRenderer markdown = new MarkdownRenderer();

    void check(Content content, LocalDate today, int reviewMonths, Consumer<Diagnostic> sink) {
        for (Page p : content.pages()) {
            Node doc = markdown.parse(p.body()).document();
            headings(p.body(), doc, sink);
            images(p.body(), doc, sink);
            dates(p, today, reviewMonths, sink);
        }
    }

    /** The title is the page's h1; sections start at ## and go down one level at a time. */
    private static void headings(MarkdownSource src, Node doc, Consumer<Diagnostic> sink) {
        int previous = 1;
        for (Node n : doc.getDescendants()) {
            if (!(n instanceof Heading h)) {
                continue;
            }
            int at = h.getStartOffset();
            if (h.getLevel() == 1) {
                sink.accept(
                        Diagnostic.warning(
                                src.path(),
                                src.lineOf(at),
                                src.columnOf(at),
                                "a '#' heading repeats the page's title level; the title is the only h1, start sections at '##'"));
            } else if (h.getLevel() > previous + 1) {
                sink.accept(
                        Diagnostic.warning(
                                src.path(),
                                src.lineOf(at),
                                src.columnOf(at),
                                "heading level skipped: h"
                                        + h.getLevel()
                                        + " after h"
                                        + previous
                                        + "; use "
                                        + "#".repeat(previous + 1)
                                        + " here"));
            }
            previous = h.getLevel();
        }
    }

    private static void images(MarkdownSource src, Node doc, Consumer<Diagnostic> sink) {
        for (Node n : doc.getDescendants()) {
            if (n instanceof Image img && img.getText().isBlank()) {
                int at = img.getStartOffset();
                sink.accept(
                        Diagnostic.error(
                                src.path(),
                                src.lineOf(at),
                                src.columnOf(at),
                                "image without alt text; describe it between the brackets: ![what it shows]("
                                        + img.getUrl()
                                        + ")"));
            }
        }
    }

    private static void dates(
            Page p, LocalDate today, int reviewMonths, Consumer<Diagnostic> sink) {
        LocalDate updated = p.meta().updated();
        int line = updatedLine(p);
        if (updated.isAfter(today)) {
            sink.accept(
                    Diagnostic.error(
                            p.file(),
                            line,
                            0,
                            "'updated' ("
                                    + updated
                                    + ") is in the future (today is "
                                    + today
                                    + "); give the date the page was last revised"));
        }
        DateRef reviewed = p.meta().reviewed();
        if (reviewed != null && reviewed.date().isAfter(today)) {
            sink.accept(
                    Diagnostic.error(
                            p.file(),
                            reviewed.line(),
                            reviewed.column(),
                            "'reviewed' ("
                                    + reviewed.date()
                                    + ") is in the future (today is "
                                    + today
                                    + "); give the day the page was checked against the law"));
        } else if (reviewed != null && reviewed.date().plusMonths(reviewMonths).isBefore(today)) {
            sink.accept(
                    Diagnostic.warning(
                            p.file(),
                            reviewed.line(),
                            reviewed.column(),
                            "'reviewed' ("
                                    + reviewed.date()
                                    + ") is more than "
                                    + reviewMonths
                                    + " months old; check the page against the law and official "
                                    + "guidance in force today, then set 'reviewed:' to today"));
        } else if (reviewed == null
                && !updated.isAfter(today)
                && updated.plusMonths(reviewMonths).isBefore(today)) {
            sink.accept(
                    Diagnostic.warning(
                            p.file(),
                            line,
                            0,
                            "'updated' ("
                                    + updated
                                    + ") is more than "
                                    + reviewMonths
                                    + " months old; review the page against its sources and update the date"));
        }
    }

    /**
     * The line of the 'updated' key in the file's front matter (the page keeps only the value); 0
     * if unreadable.
     */
    private static int updatedLine(Page p) {
        try {
            List<String> lines = Files.readAllLines(p.file(), StandardCharsets.UTF_8);
            for (int i = 0; i < Math.min(lines.size(), p.body().line()); i++) {
                if (lines.get(i).startsWith("updated:")) {
                    return i + 1;
                }
            }
        } catch (IOException | UncheckedIOException e) {
            // the position is a courtesy; the message stands without it
        }
        return 0;
    }
}
