import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import dev.sesref.content.FrontMatterSplitter;
import dev.sesref.content.MarkdownSource;
import dev.sesref.content.SitePaths;
import dev.sesref.diag.BuildFailedException;
import dev.sesref.diag.SourceFile;
import dev.sesref.markdown.LinkTargets;
import dev.sesref.markdown.MarkdownRenderer;
import freemarker.core.HTMLOutputFormat;
import freemarker.template.Configuration;
import freemarker.template.SimpleHash;
import freemarker.template.Template;
import freemarker.template.TemplateException;
import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.LongAdder;
import java.util.stream.Stream;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.standard.StandardAnalyzer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

/**
 * The least a generator built on sesref's required libraries does for each page, on both cores:
 * read the file, split it as sesref does, parse its front matter with Jackson's YAML reader, parse
 * and render the body with flexmark as sesref drives it ({@link MarkdownRenderer}: its options and
 * its faster text output; every link taken as written), put it in a one-template FreeMarker page,
 * run the title and the Markdown through Lucene's StandardAnalyzer (tokens consumed, no index kept)
 * and write the page. No link checks, citations, navigation, data pages or search index: what is
 * left of a build when everything sesref adds costs nothing. bench/build-bench.mjs runs it as the
 * tool "floor".
 *
 * <p>Usage: {@code java -cp sesref.jar:CLASSES LibraryFloor --content DIR --out DIR}
 */
public final class LibraryFloor {
    private static final String PAGE =
            """
            <!doctype html>
            <html lang="en">
            <head><meta charset="utf-8"><title>${title}</title>
            <meta name="description" content="${description}"></head>
            <body><main><h1>${title}</h1>
            <p>Updated ${updated}</p>
            ${body?no_esc}
            </main></body>
            </html>
            """;

    private static final LinkTargets AS_WRITTEN =
            (fromUrl, fromFile, href, problem) -> Optional.of(href);

    private final MarkdownRenderer markdown = new MarkdownRenderer();
    private final ObjectMapper yaml = new ObjectMapper(new YAMLFactory());
    private final Analyzer analyzer = new StandardAnalyzer();
    private final Template template;
    private final LongAdder tokens = new LongAdder();

    private LibraryFloor() throws IOException {
        Configuration config = new Configuration(Configuration.VERSION_2_3_33);
        config.setOutputFormat(HTMLOutputFormat.INSTANCE);
        template = new Template("page", new StringReader(PAGE), config);
    }

    public static void main(String[] args) throws IOException {
        if (args.length != 4 || !args[0].equals("--content") || !args[2].equals("--out")) {
            System.err.println("usage: LibraryFloor --content DIR --out DIR");
            System.exit(2);
        }
        long start = System.nanoTime();
        Path content = Path.of(args[1]);
        Path out = Path.of(args[3]);
        List<Path> pages;
        try (Stream<Path> files = Files.walk(content)) {
            pages = files.filter(p -> p.toString().endsWith(".md")).toList();
        }
        LibraryFloor floor = new LibraryFloor();
        pages.parallelStream()
                .forEach(
                        p ->
                                floor.page(
                                        p,
                                        SitePaths.urlOf(
                                                content.relativize(p)
                                                        .toString()
                                                        .replace('\\', '/')),
                                        out));
        System.out.printf(
                "wrote %d pages (%d tokens analysed) into %s in %d ms%n",
                pages.size(), floor.tokens.sum(), out, (System.nanoTime() - start) / 1_000_000);
    }

    /**
     * Writes the page at {@code url} (sesref's URL of the file) to its sesref output file under
     * {@code out}.
     */
    private void page(Path source, String url, Path out) {
        try {
            FrontMatterSplitter.Parts parts =
                    FrontMatterSplitter.split(
                            new SourceFile(
                                    source, Files.readString(source, StandardCharsets.UTF_8)));
            JsonNode meta = yaml.readTree(parts.yaml());
            String body = parts.body();
            String title = meta.path("title").asText("");
            analyse(title);
            analyse(body);
            SimpleHash model = new SimpleHash(template.getObjectWrapper());
            model.put("title", title);
            model.put("description", meta.path("description").asText(""));
            model.put("updated", meta.path("updated").asText(""));
            model.put(
                    "body",
                    markdown.render(
                            markdown.parse(new MarkdownSource(source, body, parts.bodyLine(), 0)),
                            url,
                            "",
                            AS_WRITTEN,
                            null, // flexmark's own table markup: no theme here
                            d -> {}));
            StringWriter html = new StringWriter();
            template.process(model, html);
            Path target = out.resolve(SitePaths.outputFile(url));
            Files.createDirectories(target.getParent());
            Files.writeString(target, html.toString(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(source.toString(), e);
        } catch (TemplateException | BuildFailedException e) {
            throw new IllegalStateException(source.toString(), e);
        }
    }

    private void analyse(String text) throws IOException {
        try (TokenStream ts = analyzer.tokenStream("text", text)) {
            CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
            ts.reset();
            long n = 0;
            while (ts.incrementToken()) {
                n += term.length() > 0 ? 1 : 0; // reads each term, as an indexer would
            }
            ts.end();
            tokens.add(n);
        }
    }
}
