package dev.sesref.cli;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import dev.sesref.cite.Authority;
import dev.sesref.cite.CitationCatalog;
import dev.sesref.cite.CitationLinker;
import dev.sesref.cite.CitationRef;
import dev.sesref.config.ConfigLoader;
import dev.sesref.config.SiteConfig;
import dev.sesref.content.Content;
import dev.sesref.content.ContentLoader;
import dev.sesref.content.FrontMatterSplitter;
import dev.sesref.content.MarkdownSource;
import dev.sesref.diag.BuildFailedException;
import dev.sesref.diag.Diagnostic;
import dev.sesref.diag.SourceFile;
import dev.sesref.diag.SourceReader;
import dev.sesref.diag.SourceTree;
import dev.sesref.markdown.MarkdownRenderer;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code sesref cite}: lists every citation in a file, standard input, or the whole content. */
@Command(
        name = "cite",
        mixinStandardHelpOptions = true,
        description =
                "List the citations found in FILE ('-' for standard input; default: every content file), "
                        + "with canonical id, position and link.")
final class CiteCommand implements Callable<Integer> {
    /** One citation as printed: where it is, what it says, what it links to. */
    record Row(String file, int line, int column, String text, List<Target> citations) {}

    /** One target of a citation. */
    record Target(String id, String label, String heading, String url) {}

    @Mixin SiteOptions site;

    @Option(names = "--json", description = "print JSON instead of text")
    boolean json;

    @Parameters(
            arity = "0..1",
            paramLabel = "FILE",
            description = "a Markdown or YAML file, or '-'")
    String file;

    @Spec CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        List<Diagnostic> problems = new ArrayList<>();
        try {
            SiteConfig config = ConfigLoader.load(site.content, site.content, null);
            Content content = new ContentLoader(site.content, site.content).load();
            CitationLinker linker =
                    new CitationLinker(
                            CitationCatalog.load(
                                    content, config.citations(), site.content, problems));
            List<Row> rows = new ArrayList<>();
            for (MarkdownSource src : sources()) {
                rows.addAll(scan(linker, src, problems));
            }
            print(rows, out);
        } catch (BuildFailedException e) {
            problems.addAll(e.diagnostics());
        }
        Reporter.report(problems.stream().sorted(Diagnostic.ORDER).toList(), err);
        return problems.stream().anyMatch(Diagnostic::isError) ? ExitCodes.ERRORS : ExitCodes.OK;
    }

    private List<Row> scan(CitationLinker linker, MarkdownSource src, List<Diagnostic> problems) {
        MarkdownRenderer markdown = new MarkdownRenderer();
        List<Row> rows = new ArrayList<>();
        for (CitationLinker.Found f : linker.find(markdown.parse(src), problems::add)) {
            List<Target> targets =
                    f.match().refs().stream()
                            .map(CitationRef::authority)
                            .distinct()
                            .map(a -> target(linker.catalog(), a))
                            .toList();
            rows.add(
                    new Row(
                            src.path().toString().replace('\\', '/'),
                            f.line(),
                            f.column(),
                            f.match().text(),
                            targets));
        }
        return rows;
    }

    private static Target target(CitationCatalog catalog, Authority a) {
        return new Target(
                a.id(),
                a.label(),
                catalog.info(a).map(i -> i.heading()).orElse(""),
                catalog.url(a).orElse(""));
    }

    private List<MarkdownSource> sources() throws BuildFailedException, IOException {
        if ("-".equals(file)) {
            byte[] bytes = System.in.readNBytes((int) SourceTree.MAX_TEXT_BYTES + 1);
            if (bytes.length > SourceTree.MAX_TEXT_BYTES) {
                throw new BuildFailedException(
                        List.of(
                                Diagnostic.error(
                                        Path.of("<stdin>"),
                                        0,
                                        0,
                                        "input is larger than the limit of "
                                                + (SourceTree.MAX_TEXT_BYTES >> 20)
                                                + " MiB")));
            }
            return List.of(markdownOf(SourceReader.of(bytes, Path.of("<stdin>"))));
        }
        if (file != null) {
            return List.of(markdownOf(SourceReader.read(Path.of(file), Path.of(file))));
        }
        SourceTree tree =
                SourceTree.open(
                        site.content, site.content, "content folder not found; pass --content DIR");
        List<Diagnostic> problems = new ArrayList<>();
        List<MarkdownSource> out = new ArrayList<>();
        for (String rel : tree.list("", problems)) {
            if (rel.endsWith(".md") || rel.endsWith(".yml")) {
                out.add(markdownOf(tree.readText(rel)));
            }
        }
        if (!problems.isEmpty()) {
            throw new BuildFailedException(problems);
        }
        return out;
    }

    /** A page's body (front matter skipped), or a whole YAML or text file. */
    private static MarkdownSource markdownOf(SourceFile f) throws BuildFailedException {
        if (f.text().startsWith("---\n")) {
            FrontMatterSplitter.Parts parts = FrontMatterSplitter.split(f);
            return new MarkdownSource(f.path(), parts.body(), parts.bodyLine(), 0);
        }
        return new MarkdownSource(f.path(), f.text(), 1, 0);
    }

    private void print(List<Row> rows, PrintWriter out) throws IOException {
        if (json) {
            ObjectMapper mapper =
                    new ObjectMapper()
                            .enable(SerializationFeature.INDENT_OUTPUT)
                            .disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
            mapper.writeValue(out, rows);
            out.println();
        } else {
            for (Row r : rows) {
                out.printf(
                        "%s:%d:%d: %s -> %s%n",
                        r.file(),
                        r.line(),
                        r.column(),
                        r.text(),
                        String.join(
                                ", ",
                                r.citations().stream()
                                        .map(t -> t.id() + (t.url().isEmpty() ? "" : " " + t.url()))
                                        .toList()));
            }
            out.printf("%d citation(s)%n", rows.size());
        }
        out.flush();
    }
}
