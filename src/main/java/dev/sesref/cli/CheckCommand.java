package dev.sesref.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import dev.sesref.check.SiteChecker;
import dev.sesref.diag.BuildFailedException;
import dev.sesref.diag.Diagnostic;
import dev.sesref.site.SiteBuilder;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code sesref check}: runs the whole build without writing, adds editorial checks, reports every
 * problem.
 */
@Command(
        name = "check",
        mixinStandardHelpOptions = true,
        description =
                "Check content and theme as a build would, plus headings, alt text, dates, duplicate ids "
                        + "and unreachable pages, without writing anything.")
final class CheckCommand implements Callable<Integer> {
    /** The output formats. */
    enum Format {
        text,
        json
    }

    @Mixin SiteOptions site;

    @Option(
            names = "--format",
            paramLabel = "FORMAT",
            defaultValue = "text",
            description = "text or json (default: ${DEFAULT-VALUE})")
    Format format;

    @Option(
            names = "--today",
            paramLabel = "YYYY-MM-DD",
            description = "the date to check 'updated' against (default: today)")
    LocalDate today;

    @Spec CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        List<Diagnostic> all = new ArrayList<>();
        int pages = 0;
        try {
            SiteBuilder.Rendered r =
                    new SiteBuilder(site.toBuildOptions(Path.of("site"), false)).render();
            all.addAll(r.report().warnings());
            all.addAll(
                    SiteChecker.check(
                            r.content(),
                            r.output(),
                            today == null ? LocalDate.now() : today,
                            r.config().reviewMonths()));
            pages = r.report().pages();
        } catch (BuildFailedException e) {
            all.addAll(e.diagnostics());
        }
        List<Diagnostic> sorted = all.stream().distinct().sorted(Diagnostic.ORDER).toList();
        boolean errors = sorted.stream().anyMatch(Diagnostic::isError);
        if (format == Format.json) {
            printJson(sorted, spec.commandLine().getOut());
        } else {
            Reporter.report(sorted, spec.commandLine().getErr());
            if (!errors) {
                spec.commandLine().getOut().printf("checked %d pages: no errors%n", pages);
            }
        }
        return errors ? ExitCodes.ERRORS : ExitCodes.OK;
    }

    private static void printJson(List<Diagnostic> diagnostics, PrintWriter out)
            throws IOException {
        List<Map<String, Object>> rows = new ArrayList<>();
        for (Diagnostic d : diagnostics) {
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("path", d.path() == null ? null : d.path().toString().replace('\\', '/'));
            row.put("line", d.line());
            row.put("column", d.column());
            row.put("severity", d.severity().label());
            row.put("message", d.message());
            rows.add(row);
        }
        Map<String, Object> doc = new LinkedHashMap<>();
        doc.put("errors", diagnostics.stream().filter(Diagnostic::isError).count());
        doc.put("warnings", diagnostics.stream().filter(d -> !d.isError()).count());
        doc.put("diagnostics", rows);
        new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValue(out, doc);
        out.println();
        out.flush();
    }
}
