package dev.sesref.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import dev.sesref.search.QueryEngine;
import dev.sesref.search.SearchIndex;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code sesref search}: runs a query on the built site's search index, ranked as the browser ranks
 * it.
 */
@Command(
        name = "search",
        mixinStandardHelpOptions = true,
        description = "Search the built site's index (the same ranking as the browser).")
final class SearchCommand implements Callable<Integer> {
    @Option(
            names = "--site",
            paramLabel = "DIR",
            defaultValue = "site",
            description = "built site (default: ${DEFAULT-VALUE})")
    Path site;

    @Option(names = "--json", description = "print JSON")
    boolean json;

    @Option(
            names = "--limit",
            paramLabel = "N",
            defaultValue = "10",
            description = "results to show (default: ${DEFAULT-VALUE})")
    int limit;

    @Parameters(
            arity = "1..*",
            paramLabel = "QUERY",
            description = "the query; quote phrases for the shell as '\"limited term\"'")
    List<String> query;

    @Spec CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        Path dir = site.resolve("search");
        if (!Files.isRegularFile(dir.resolve("manifest.json"))) {
            spec.commandLine()
                    .getErr()
                    .println(
                            dir
                                    + ": error: no search index here; run ./sesref build first (or pass --site DIR)");
            return ExitCodes.ERRORS;
        }
        ObjectMapper mapper = new ObjectMapper();
        int format = read(mapper, dir.resolve("manifest.json")).path("v").asInt();
        if (format != SearchIndex.FORMAT) {
            spec.commandLine()
                    .getErr()
                    .println(
                            dir.resolve("manifest.json")
                                    + ": error: search index format "
                                    + format
                                    + ", but this sesref reads format "
                                    + SearchIndex.FORMAT
                                    + "; rebuild the site with ./sesref build");
            return ExitCodes.ERRORS;
        }
        QueryEngine engine = new QueryEngine(name -> read(mapper, dir.resolve(name + ".json")));
        List<QueryEngine.Hit> hits = engine.search(String.join(" ", query), Math.max(1, limit));
        if (json) {
            mapper.enable(SerializationFeature.INDENT_OUTPUT).writeValue(out, hits);
            out.println();
        } else {
            for (QueryEngine.Hit h : hits) {
                out.printf(
                        "%8.4f  /%s  %s%s%n",
                        h.score(),
                        h.url(),
                        h.title(),
                        h.heading().isEmpty() ? "" : " › " + h.heading());
            }
            out.printf("%d result(s)%n", hits.size());
        }
        out.flush();
        return ExitCodes.OK;
    }

    private static JsonNode read(ObjectMapper mapper, Path file) {
        try {
            return mapper.readTree(file.toFile());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
