package dev.sesref.search;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.sesref.testing.Cli;
import dev.sesref.testing.Trees;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Builds the real site once per JVM for the search tests and reads the reader-query table. */
final class SearchTestSite {
    /** One row of queries.tsv. */
    record Query(String text, String expected, String provenance) {}

    private static Path site;

    private SearchTestSite() {}

    static synchronized Path site() throws IOException {
        if (site == null) {
            Path dir = Files.createTempDirectory("sesref-search-");
            site = dir.resolve("site");
            Cli.buildRealSite(site);
        }
        return site;
    }

    static QueryEngine engine() throws IOException {
        Path dir = site().resolve("search");
        ObjectMapper mapper = new ObjectMapper();
        return new QueryEngine(
                name -> {
                    try {
                        return mapper.readTree(dir.resolve(name + ".json").toFile());
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                });
    }

    static List<Query> queries() throws IOException {
        List<Query> out = new ArrayList<>();
        for (String line :
                Files.readAllLines(
                        Trees.testResources().resolve("search/queries.tsv"),
                        StandardCharsets.UTF_8)) {
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] f = line.split("\t");
            out.add(new Query(f[0], f[1], f[2]));
        }
        return out;
    }
}
